import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { requireProjectAccess } from "@/lib/projects/access";
import { getProject } from "@/lib/projects/data";
import { deleteProject, updateProject } from "@/lib/projects/mutations";

export const GET = apiRoute(endpoints.getProject, async ({ user, params }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "viewer");
  return { ...(await getProject(access)), role: access.role };
});

export const PATCH = apiRoute(endpoints.updateProject, async ({ user, params, body }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "viewer");
  return updateProject(access, body);
});

export const DELETE = apiRoute(endpoints.deleteProject, async ({ user, params }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "owner");
  await deleteProject(access);
});
