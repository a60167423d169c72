import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors/app-error";
import { listPendingInvitations } from "@/lib/members/data";
import { createInvitation } from "@/lib/members/mutations";
import { requireProjectAccess } from "@/lib/projects/access";

export const GET = apiRoute(endpoints.listInvitations, async ({ user, params }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "viewer");
  if (access.role !== "owner")
    throw new AppError("FORBIDDEN", "Only an owner can see the project's invitations.");
  return listPendingInvitations(access);
});

export const POST = apiRoute(endpoints.createInvitation, async ({ user, params, body }) =>
  createInvitation(await requireProjectAccess(user.id, params.projectId, "viewer"), body),
);
