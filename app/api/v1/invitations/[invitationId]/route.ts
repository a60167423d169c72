import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { findInvitationProjectId } from "@/lib/members/data";
import { revokeInvitation } from "@/lib/members/mutations";
import { requireAccessThrough } from "@/lib/projects/access";

export const DELETE = apiRoute(endpoints.revokeInvitation, async ({ user, params }) => {
  const access = await requireAccessThrough(
    user.id,
    findInvitationProjectId,
    params.invitationId,
    "viewer",
    "Invitation",
  );
  await revokeInvitation(access, params.invitationId);
});
