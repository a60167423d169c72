import { endpoints } from "@/lib/api/endpoints";
import { exportResponse } from "@/lib/api/export-response";
import { apiRoute } from "@/lib/api/route";
import { requireProjectAccess } from "@/lib/projects/access";

export const GET = apiRoute(endpoints.exportProject, async ({ user, params, query }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "viewer");
  const { async: forceJob, sourceIds, ...options } = query;
  return exportResponse(access, { scope: { kind: "project", sourceIds }, ...options }, forceJob);
});
