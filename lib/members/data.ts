import "server-only";
import { prisma } from "@/lib/db/client";
import type { ProjectAccess } from "@/lib/projects/types";
import { hashToken } from "@/lib/tokens/token-format";

export function listMembers(access: ProjectAccess) {
  return prisma.membership.findMany({
    where: { projectId: access.projectId },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      role: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
}

export function listPendingInvitations(access: ProjectAccess) {
  return prisma.invitation.findMany({
    where: { projectId: access.projectId, acceptedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, role: true, email: true, expiresAt: true, createdAt: true },
  });
}

export async function findMembershipProjectId(membershipId: string) {
  return (
    (await prisma.membership.findUnique({ where: { id: membershipId }, select: { projectId: true } }))
      ?.projectId ?? null
  );
}

export async function findInvitationProjectId(invitationId: string) {
  return (
    (await prisma.invitation.findUnique({ where: { id: invitationId }, select: { projectId: true } }))
      ?.projectId ?? null
  );
}

/** An invitation link's project and role, for the page that accepts it; null when unusable. */
export async function findInvitationByToken(token: string) {
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      role: true,
      email: true,
      expiresAt: true,
      acceptedAt: true,
      project: { select: { id: true, name: true } },
    },
  });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date()) return null;
  return invitation;
}
