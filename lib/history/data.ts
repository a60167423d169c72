import "server-only";
import { prisma } from "@/lib/db/client";
import { newestFirstKeyset, newestFirstPage } from "@/lib/db/keyset";
import type { ProjectAccess } from "@/lib/projects/types";
import { diffSnapshots } from "./changes";
import type { HistoryCursor } from "./schema";
import type { EntityType, HistoryEntry } from "./types";

const actorSelect = { select: { id: true, name: true, email: true } } as const;

type ActivityRow = Awaited<
  ReturnType<typeof prisma.activity.findMany<{ include: { actor: typeof actorSelect } }>>
>[number];

function toEntry(row: ActivityRow): HistoryEntry {
  return {
    id: row.id,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    label: row.label,
    actor: row.actor,
    createdAt: row.createdAt.toISOString(),
    changes: row.action === "update" ? diffSnapshots(row.before, row.after) : [],
  };
}

/** Everything that happened to one item, newest first. */
export async function listEntityHistory(access: ProjectAccess, entityType: EntityType, entityId: string) {
  const rows = await prisma.activity.findMany({
    where: { projectId: access.projectId, entityType, entityId },
    orderBy: { createdAt: "desc" },
    take: 200,
    include: { actor: actorSelect },
  });
  return rows.map(toEntry);
}

/**
 * One page of a project's history, newest first: the entries older than `after`, or (going
 * back towards the newest) those newer than `before`, with the cursors of the pages around it.
 */
export async function listProjectHistory(
  access: ProjectAccess,
  page: { limit: number; after?: HistoryCursor; before?: HistoryCursor },
) {
  const keyset = newestFirstKeyset(page);
  const found = await prisma.activity.findMany({
    where: { projectId: access.projectId, ...keyset.where },
    orderBy: keyset.orderBy,
    take: page.limit + 1,
    include: { actor: actorSelect },
  });
  const { rows, nextCursor, previousCursor } = newestFirstPage(found, page);
  return { entries: rows.map(toEntry), nextCursor, previousCursor };
}

export async function listRecentActivity(access: ProjectAccess, limit = 15) {
  const rows = await prisma.activity.findMany({
    where: { projectId: access.projectId },
    orderBy: { createdAt: "desc" },
    take: limit,
    include: { actor: actorSelect },
  });
  return rows.map(toEntry);
}

/** The latest change to an item, to tell the author of a conflicting save who changed what. */
export async function latestChange(access: ProjectAccess, entityType: EntityType, entityId: string) {
  const row = await prisma.activity.findFirst({
    where: { projectId: access.projectId, entityType, entityId },
    orderBy: { createdAt: "desc" },
    include: { actor: actorSelect },
  });
  return row ? toEntry(row) : null;
}
