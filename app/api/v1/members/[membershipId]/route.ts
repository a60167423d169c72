import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { findMembershipProjectId } from "@/lib/members/data";
import { changeRole, removeMember } from "@/lib/members/mutations";
import { requireAccessThrough } from "@/lib/projects/access";

const access = (userId: string, membershipId: string) =>
  requireAccessThrough(userId, findMembershipProjectId, membershipId, "viewer", "Member");

export const PATCH = apiRoute(endpoints.changeMemberRole, async ({ user, params, body }) =>
  changeRole(await access(user.id, params.membershipId), params.membershipId, body.role),
);

export const DELETE = apiRoute(endpoints.removeMember, async ({ user, params }) =>
  removeMember(await access(user.id, params.membershipId), params.membershipId),
);
