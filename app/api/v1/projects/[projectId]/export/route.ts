import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { exportResponse } from "@/lib/citations/export-request";
import { requireProjectAccess } from "@/lib/projects/access";

export const GET = apiRoute(endpoints.exportProject, async ({ user, params, query }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "viewer");
  const { async: forceJob, sourceIds, ...options } = query;
  return exportResponse(access, { scope: { kind: "project", sourceIds }, ...options }, forceJob);
});
