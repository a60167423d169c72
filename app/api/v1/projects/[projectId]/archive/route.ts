import { archiveJobAccepted } from "@/lib/api/archive-response";
import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { startArchiveExport } from "@/lib/archive/jobs";
import { requireProjectAccess } from "@/lib/projects/access";

// The whole project, for its owners: a job, since a project with its photos may be gigabytes.
export const POST = apiRoute(endpoints.createProjectArchive, async ({ user, params }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "owner");
  return archiveJobAccepted(await startArchiveExport(access));
});
