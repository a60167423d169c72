import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { ProjectAccess } from "@/lib/projects/types";
import { snapshotOf } from "./changes";
import type { EntityType } from "./types";

/** Appends one entry to the project's history, inside the transaction that made the change. */
export async function recordActivity(
  tx: Prisma.TransactionClient,
  access: ProjectAccess,
  entry: {
    action: "create" | "update" | "delete";
    entityType: EntityType;
    entityId: string;
    label: string;
    before?: object | null;
    after?: object | null;
  },
): Promise<void> {
  await tx.activity.create({
    data: {
      projectId: access.projectId,
      actorId: access.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      label: entry.label.slice(0, 200),
      before: entry.before ? (snapshotOf(entry.before) as Prisma.InputJsonValue) : undefined,
      after: entry.after ? (snapshotOf(entry.after) as Prisma.InputJsonValue) : undefined,
    },
  });
}
