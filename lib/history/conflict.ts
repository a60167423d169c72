import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { ProjectAccess } from "@/lib/projects/types";
import { snapshotOf } from "./changes";
import { latestChange } from "./data";
import type { EntityType } from "./types";

/**
 * The error for a save based on an outdated version: it names who changed the item and carries
 * their change and the current state, so the editor can reconcile instead of overwriting.
 */
export async function conflictError(
  access: ProjectAccess,
  entityType: EntityType,
  current: { id: string; version: number },
  noun: string,
): Promise<AppError> {
  const change = await latestChange(access, entityType, current.id);
  const who = change?.actor ? (change.actor.name ?? change.actor.email) : "Someone";
  return new AppError(
    "CONFLICT",
    `${who} changed this ${noun} while you were editing it. Your changes were not saved: compare with theirs, then save again.`,
    undefined,
    { current: snapshotOf(current), change },
  );
}
