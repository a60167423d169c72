import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { findMembership } from "./data";
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
  const membership = await findMembership(userId, projectId);
  if (!membership) throw new AppError("NOT_FOUND", "Project not found.");
  if (!roleAtLeast(membership.role, minimum)) {
    throw new AppError("FORBIDDEN", `This needs the ${minimum} role or higher in the project.`);
  }
  return { projectId, userId, role: membership.role } as ProjectAccess;
}
