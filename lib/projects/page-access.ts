import "server-only";
import { forbidden, notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { requireProjectAccess } from "./access";
import { canModify } from "./permissions";
import type { ProjectRole } from "./roles";
import type { ProjectAccess } from "./types";

/**
 * For pages: the signed-in user's access to a project, a redirect to sign-in when signed out,
 * the 404 page when the user is not a member (the project's existence does not leak), and the
 * 403 page when the member's role is too low for the page.
 */
export async function projectAccessForPage(projectId: string, minimum: ProjectRole) {
  const user = await requireUser();
  try {
    return { user, access: await requireProjectAccess(user.id, projectId, minimum) };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}

/** For edit pages: the 403 page unless the member may change this item (see canModify). */
export function forbidUnlessCanModify(access: ProjectAccess, item: { createdById: string | null }): void {
  if (!canModify(access, item)) forbidden();
}
