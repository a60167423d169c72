import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { findMembership } from "./data";
import { canModify } from "./permissions";
import { takePrefetchedItemProject, takePrefetchedRole } from "./request-scope";
import { type ProjectRole, roleAtLeast } from "./roles";
import type { ProjectAccess } from "./types";

/**
 * The one gate into a project. A non-member learns nothing, not even that the project exists
 * (NOT_FOUND); a member whose role is too low is told so (FORBIDDEN).
 */
export async function requireProjectAccess(
  userId: string,
  projectId: string,
  minimum: ProjectRole,
): Promise<ProjectAccess> {
  const prefetched = takePrefetchedRole(userId, projectId);
  const role = prefetched ? prefetched.role : ((await findMembership(userId, projectId))?.role ?? null);
  if (!role) throw new AppError("NOT_FOUND", "Project not found.");
  if (!roleAtLeast(role, minimum)) {
    throw new AppError("FORBIDDEN", `This needs the ${minimum} role or higher in the project.`);
  }
  return { projectId, userId, role } as ProjectAccess;
}

/**
 * Editing or deleting an item: owners and editors may change anything, contributors only what
 * they added themselves, viewers nothing.
 */
export function assertCanModify(
  access: ProjectAccess,
  item: { createdById: string | null },
  noun: string,
): void {
  if (canModify(access, item)) return;
  throw new AppError(
    "FORBIDDEN",
    access.role === "contributor"
      ? `Contributors can change only what they added; this ${noun} was added by someone else.`
      : `Viewers cannot change this ${noun}.`,
  );
}

/**
 * Access through an item that names no project (a claim, a source ...): finds the item's project,
 * then checks the role. An item in a project the user cannot see is reported exactly like an item
 * that does not exist.
 */
export async function requireAccessThrough(
  userId: string,
  findProjectId: (id: string) => Promise<string | null>,
  itemId: string,
  minimum: ProjectRole,
  noun: string,
): Promise<ProjectAccess> {
  const notFound = () => new AppError("NOT_FOUND", `${noun} not found.`);
  const projectId = takePrefetchedItemProject(itemId, noun) ?? (await findProjectId(itemId));
  if (!projectId) throw notFound();
  try {
    return await requireProjectAccess(userId, projectId, minimum);
  } catch (error) {
    throw error instanceof AppError && error.code === "NOT_FOUND" ? notFound() : error;
  }
}
