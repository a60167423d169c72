import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ProjectRole } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors/app-error";
import { recordActivity } from "@/lib/history/mutations";
import { lockProject } from "@/lib/projects/guards";
import type { ProjectAccess } from "@/lib/projects/types";
import { hashToken } from "@/lib/tokens/token-format";
import type { CreateInvitationInput } from "./schema";

function assertOwner(access: ProjectAccess) {
  if (access.role !== "owner")
    throw new AppError("FORBIDDEN", "Only an owner can manage the project's members.");
}

/** A project keeps at least one owner: refuse a change that would leave none. */
async function assertAnotherOwner(tx: Prisma.TransactionClient, projectId: string, membershipId: string) {
  const owners = await tx.membership.count({
    where: { projectId, role: "owner", id: { not: membershipId } },
  });
  if (owners === 0) {
    throw new AppError(
      "CONFLICT",
      "A project must keep at least one owner: make someone else an owner first.",
    );
  }
}

async function findMembership(tx: Prisma.TransactionClient, access: ProjectAccess, membershipId: string) {
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, projectId: access.projectId },
    include: { user: { select: { email: true, name: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND", "Member not found.");
  return membership;
}

export async function changeRole(access: ProjectAccess, membershipId: string, role: ProjectRole) {
  assertOwner(access);
  return prisma.$transaction(async (tx) => {
    await lockProject(tx, access.projectId);
    const before = await findMembership(tx, access, membershipId);
    if (before.role === "owner" && role !== "owner")
      await assertAnotherOwner(tx, access.projectId, membershipId);
    const after = await tx.membership.update({ where: { id: membershipId }, data: { role } });
    await recordActivity(tx, access, {
      action: "update",
      entityType: "member",
      entityId: membershipId,
      label: before.user.name ?? before.user.email,
      before: { role: before.role },
      after: { role: after.role },
    });
    return after;
  });
}

/** Owners remove anyone; any member may leave. */
export async function removeMember(access: ProjectAccess, membershipId: string) {
  await prisma.$transaction(async (tx) => {
    await lockProject(tx, access.projectId);
    const membership = await findMembership(tx, access, membershipId);
    if (membership.userId !== access.userId) assertOwner(access);
    if (membership.role === "owner") await assertAnotherOwner(tx, access.projectId, membershipId);
    await tx.membership.delete({ where: { id: membershipId } });
    await recordActivity(tx, access, {
      action: "delete",
      entityType: "member",
      entityId: membershipId,
      label: membership.user.name ?? membership.user.email,
      before: { role: membership.role, email: membership.user.email },
    });
  });
}

/** Creates an invitation and returns its link token in clear, this once. */
export async function createInvitation(access: ProjectAccess, input: CreateInvitationInput) {
  assertOwner(access);
  const token = randomBytes(24).toString("base64url");
  const invitation = await prisma.$transaction(async (tx) => {
    const created = await tx.invitation.create({
      data: {
        projectId: access.projectId,
        role: input.role,
        email: input.email ?? null,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000),
        createdById: access.userId,
      },
      select: { id: true, role: true, email: true, expiresAt: true },
    });
    await recordActivity(tx, access, {
      action: "create",
      entityType: "invitation",
      entityId: created.id,
      label: `Invitation as ${input.role}`,
      after: created,
    });
    return created;
  });
  return { ...invitation, token };
}

export async function revokeInvitation(access: ProjectAccess, invitationId: string) {
  assertOwner(access);
  const { count } = await prisma.invitation.deleteMany({
    where: { id: invitationId, projectId: access.projectId, acceptedAt: null },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "Invitation not found, or already used.");
}

/**
 * Joins the invitation's project with its role. An expired or used link is refused; a link
 * addressed to an email is only for that account; an existing member keeps the higher role.
 */
export async function acceptInvitation(user: { id: string; email: string }, token: string) {
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashToken(token) } });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date()) {
      throw new AppError(
        "NOT_FOUND",
        "This invitation link has expired or has already been used: ask for a new one.",
      );
    }
    if (invitation.email && invitation.email.toLowerCase() !== user.email.toLowerCase()) {
      throw new AppError(
        "FORBIDDEN",
        `This invitation is for ${invitation.email}: sign in with that account.`,
      );
    }
    const rank: Record<ProjectRole, number> = { viewer: 0, contributor: 1, editor: 2, owner: 3 };
    const existing = await tx.membership.findUnique({
      where: { projectId_userId: { projectId: invitation.projectId, userId: user.id } },
    });
    if (!existing) {
      await tx.membership.create({
        data: { projectId: invitation.projectId, userId: user.id, role: invitation.role },
      });
    } else if (rank[invitation.role] > rank[existing.role]) {
      await tx.membership.update({ where: { id: existing.id }, data: { role: invitation.role } });
    }
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
    return { projectId: invitation.projectId };
  });
}
