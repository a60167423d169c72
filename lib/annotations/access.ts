import "server-only";
import { requireAccessThrough } from "@/lib/projects/access";
import { findVisibleAnnotationProjectId } from "./data";

/** Access through a note: someone else's private note is reported exactly like a missing one. */
export function requireAnnotationAccess(userId: string, annotationId: string) {
  return requireAccessThrough(
    userId,
    (id) => findVisibleAnnotationProjectId(userId, id),
    annotationId,
    "viewer",
    "Note",
  );
}
