import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { Prisma } from "@/lib/db/generated/client";
import type { ProjectRole } from "./roles";

// An API call's access check, read in the statement that authenticates it: the call names its
// project (a path like /projects/{projectId}/claims, or ?projectId=) or an item of one (a path
// like /claims/{claimId}); the user's row is read with that project and the user's role in it.
// That saves the check one or two round trips (bench/RESULTS.md); requireProjectAccess and
// requireAccessThrough (./access.ts) take what was read, once.

/** Path parameters naming an item whose row names its project, with the noun the route checks it by. */
const ITEM_PARAMS = {
  claimId: { table: "Claim", noun: "Claim" },
  sourceId: { table: "Source", noun: "Source" },
  passageId: { table: "Passage", noun: "Passage" },
  evidenceId: { table: "Evidence", noun: "Evidence" },
  observerId: { table: "Observer", noun: "Observer" },
  readingId: { table: "Reading", noun: "Reading" },
  relationId: { table: "SourceRelation", noun: "Relation" },
  imageId: { table: "SourceImage", noun: "Image" },
  argumentId: { table: "Argument", noun: "Argument" },
  pointId: { table: "ArgumentPoint", noun: "Point" },
} as const;

type ItemParam = keyof typeof ITEM_PARAMS;

/** What an API call is about, as far as its address says. */
export type AccessScope =
  | { projectId: string }
  | { item: { id: string; table: (typeof ITEM_PARAMS)[ItemParam]["table"]; noun: string } };

export function accessScopeOf(
  params: Record<string, string | string[] | undefined>,
  searchParams: URLSearchParams,
): AccessScope | undefined {
  const projectId = params.projectId ?? searchParams.get("projectId");
  if (typeof projectId === "string" && projectId) return { projectId };
  for (const [param, item] of Object.entries(ITEM_PARAMS)) {
    const id = params[param];
    if (typeof id === "string" && id) return { item: { id, ...item } };
  }
  return undefined;
}

/** The scope's project id in SQL: the one named, or the item's (NULL when there is no such item). */
function scopeProjectSql(scope: AccessScope | undefined): Prisma.Sql {
  if (!scope) return Prisma.sql`NULL::text`;
  if ("projectId" in scope) return Prisma.sql`${scope.projectId}::text`;
  // The table comes from ITEM_PARAMS above, never from the request.
  const table = Prisma.raw(`"${scope.item.table}"`);
  return Prisma.sql`(SELECT i."projectId" FROM ${table} i WHERE i.id = ${scope.item.id})`;
}

/**
 * Joins to a statement that reads the user `u` the scope's project (`scope."projectId"`) and the
 * user's membership in it (`m`, whose role is null for a non-member).
 */
export function scopeJoinSql(scope: AccessScope | undefined): Prisma.Sql {
  return Prisma.sql`
    CROSS JOIN (SELECT ${scopeProjectSql(scope)} AS "projectId") scope
    LEFT JOIN "Membership" m ON m."userId" = u.id AND m."projectId" = scope."projectId"`;
}

/** What the authenticating statement read: the scope's project (null: none found) and the role in it. */
export interface ScopeRead {
  projectId: string | null;
  role: ProjectRole | null;
}

interface Prefetched {
  userId: string;
  projectId: string;
  role: ProjectRole | null;
  item?: { id: string; noun: string };
}

const prefetched = new AsyncLocalStorage<{ role: Prefetched | null; item: Prefetched | null }>();

/**
 * Runs an API handler with its scope as read. The role answers the first check of that user in
 * that project only, and the item's project the first lookup of that item by that noun: any later
 * check in the request, after a write that might change them, reads the database again.
 */
export function withPrefetchedScope<T>(
  entry: { userId: string; scope: AccessScope; read: ScopeRead },
  run: () => Promise<T>,
): Promise<T> {
  const { projectId, role } = entry.read;
  if (!projectId) return run();
  const value: Prefetched = {
    userId: entry.userId,
    projectId,
    role,
    item: "item" in entry.scope ? { id: entry.scope.item.id, noun: entry.scope.item.noun } : undefined,
  };
  const store: { role: Prefetched | null; item: Prefetched | null } = {
    role: value,
    item: value.item ? value : null,
  };
  // Work the request started that outlives it (a queue it woke) must not find them.
  return prefetched.run(store, () =>
    run().finally(() => {
      store.role = null;
      store.item = null;
    }),
  );
}

export function takePrefetchedRole(
  userId: string,
  projectId: string,
): { role: ProjectRole | null } | undefined {
  const store = prefetched.getStore();
  const entry = store?.role;
  if (!store || !entry || entry.userId !== userId || entry.projectId !== projectId) return undefined;
  store.role = null;
  return { role: entry.role };
}

export function takePrefetchedItemProject(itemId: string, noun: string): string | undefined {
  const store = prefetched.getStore();
  const entry = store?.item;
  if (!store || !entry?.item || entry.item.id !== itemId || entry.item.noun !== noun) return undefined;
  store.item = null;
  return entry.projectId;
}
