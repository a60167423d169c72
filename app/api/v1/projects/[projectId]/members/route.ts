import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { listMembers } from "@/lib/members/data";
import { requireProjectAccess } from "@/lib/projects/access";

export const GET = apiRoute(endpoints.listMembers, async ({ user, params }) =>
  listMembers(await requireProjectAccess(user.id, params.projectId, "viewer")),
);
