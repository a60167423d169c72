import "server-only";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { conflictError } from "@/lib/history/conflict";
import { recordActivity } from "@/lib/history/mutations";
import { roleAtLeast } from "./roles";
import type { ProjectFields, UpdateProjectInput } from "./schema";
import type { ProjectAccess } from "./types";

/** Creates a project with its creator as owner. */
export async function createProject(userId: string, input: ProjectFields) {
  return prisma.$transaction(async (tx) => {
    const project = await tx.project.create({
      data: { ...input, memberships: { create: { userId, role: "owner" } } },
    });
    const access = { projectId: project.id, userId, role: "owner" } as ProjectAccess;
    await recordActivity(tx, access, {
      action: "create",
      entityType: "project",
      entityId: project.id,
      label: project.name,
      after: project,
    });
    return project;
  });
}

/** Renaming needs an editor; archiving and restoring need an owner. */
export async function updateProject(access: ProjectAccess, input: UpdateProjectInput) {
  const { version, archived, ...fields } = input;
  if (archived !== undefined && access.role !== "owner") {
    throw new AppError("FORBIDDEN", "Only an owner can archive or restore the project.");
  }
  if (!roleAtLeast(access.role, "editor"))
    throw new AppError("FORBIDDEN", "Only owners and editors can rename the project.");
  const outcome = await prisma.$transaction(async (tx) => {
    const before = await tx.project.findUniqueOrThrow({ where: { id: access.projectId } });
    if (before.version !== version) return { saved: false as const, current: before };
    const after = await tx.project.update({
      where: { id: access.projectId, version },
      data: {
        ...fields,
        ...(archived === undefined
          ? {}
          : { archivedAt: archived ? (before.archivedAt ?? new Date()) : null }),
        version: { increment: 1 },
      },
    });
    await recordActivity(tx, access, {
      action: "update",
      entityType: "project",
      entityId: access.projectId,
      label: after.name,
      before,
      after,
    });
    return { saved: true as const, project: after };
  });
  if (!outcome.saved) throw await conflictError(access, "project", outcome.current, "project");
  return outcome.project;
}

/** Deletes a project and everything in it; its history stays (Activity holds plain ids). */
export async function deleteProject(access: ProjectAccess) {
  if (access.role !== "owner") throw new AppError("FORBIDDEN", "Only an owner can delete the project.");
  await prisma.$transaction(async (tx) => {
    const before = await tx.project.findUniqueOrThrow({ where: { id: access.projectId } });
    await tx.project.delete({ where: { id: access.projectId } });
    await recordActivity(tx, access, {
      action: "delete",
      entityType: "project",
      entityId: access.projectId,
      label: before.name,
      before,
    });
  });
}
