"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { requireAccessThrough, requireProjectAccess } from "@/lib/projects/access";
import { findInvitationProjectId, findMembershipProjectId } from "./data";
import { acceptInvitation, changeRole, createInvitation, removeMember, revokeInvitation } from "./mutations";
import {
  acceptInvitationSchema,
  changeRoleActionSchema,
  createInvitationActionSchema,
  removeMemberSchema,
  revokeInvitationSchema,
} from "./schema";

export const changeRoleAction = authedAction(changeRoleActionSchema, async ({ membershipId, role }, user) => {
  const access = await requireAccessThrough(
    user.id,
    findMembershipProjectId,
    membershipId,
    "viewer",
    "Member",
  );
  await changeRole(access, membershipId, role);
  revalidatePath(`/projects/${access.projectId}/members`);
  return { membershipId, role };
});

export const removeMemberAction = authedAction(removeMemberSchema, async ({ membershipId }, user) => {
  const access = await requireAccessThrough(
    user.id,
    findMembershipProjectId,
    membershipId,
    "viewer",
    "Member",
  );
  await removeMember(access, membershipId);
  revalidatePath(`/projects/${access.projectId}/members`);
  return { removed: membershipId };
});

export const createInvitationAction = authedAction(
  createInvitationActionSchema,
  async ({ projectId, ...input }, user) => {
    const access = await requireProjectAccess(user.id, projectId, "viewer");
    const invitation = await createInvitation(access, input);
    revalidatePath(`/projects/${projectId}/members`);
    return {
      id: invitation.id,
      token: invitation.token,
      role: invitation.role,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  },
);

export const revokeInvitationAction = authedAction(revokeInvitationSchema, async ({ invitationId }, user) => {
  const access = await requireAccessThrough(
    user.id,
    findInvitationProjectId,
    invitationId,
    "viewer",
    "Invitation",
  );
  await revokeInvitation(access, invitationId);
  revalidatePath(`/projects/${access.projectId}/members`);
  return { revoked: invitationId };
});

export const acceptInvitationAction = authedAction(acceptInvitationSchema, async ({ token }, user) => {
  const { projectId } = await acceptInvitation(user, token);
  revalidatePath("/projects");
  return { projectId };
});
