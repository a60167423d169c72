import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

// Results of reads (a claim's evidence chain, a search, a page of claims or sources), kept per
// server process with the database snapshot they were computed after. A kept result is served
// while no transaction that wrote its project, in the kinds of data it is read from, has
// committed outside that snapshot: the triggers of migrations chain_change_log and
// search_change_log list each such transaction in "ProjectChange", so every way of writing
// (forms, API, imports, plain SQL) is seen, and a save is never followed by a stale result, even
// one kept by another server process.

/**
 * What a project's writes are listed as: `chain` for what chains (and the claim and source lists)
 * read, `search` for the rest of what search reads.
 */
export type ChangeKind = "chain" | "search";

/** ProjectChange keeps a day of transactions; a result older than this is computed again. */
const MAX_AGE_MS = 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;
let lastPrune = Date.now();

interface Entry<T> {
  snapshot: string;
  value: T;
  storedAt: number;
  weight: number;
}

/**
 * The snapshot now, and whether a transaction of those kinds not visible in `since` has written
 * the project: one statement. Below the snapshot's xmin every transaction is visible, which
 * bounds the index scan.
 */
async function snapshotAndStaleness(projectId: string, kinds: ChangeKind[], since: string | null) {
  const [row] = await prisma.$queryRaw<{ snapshot: string; stale: boolean }[]>`
    SELECT pg_current_snapshot()::text AS snapshot, ${
      since === null
        ? Prisma.sql`true`
        : Prisma.sql`EXISTS (
            SELECT 1 FROM "ProjectChange" c
            WHERE c."projectId" = ${projectId} AND c.kind = ANY(${kinds}::text[])
              AND c.txid >= pg_snapshot_xmin(${since}::pg_snapshot)::text::bigint
              AND NOT pg_visible_in_snapshot(c.txid::text::xid8, ${since}::pg_snapshot))`
    } AS stale`;
  return row!;
}

/** Frozen, because every request that reads a kept result shares the one object. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const caches: SnapshotCache<unknown>[] = [];

export class SnapshotCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private totalWeight = 0;

  /**
   * @param kinds the kinds of writes that make a kept result stale
   * @param maxWeight what a process keeps, in the units `weigh` counts; the least recently read go first
   */
  constructor(
    private readonly kinds: ChangeKind[],
    private readonly maxWeight: number,
    private readonly weigh: (value: T) => number,
  ) {
    caches.push(this as SnapshotCache<unknown>);
  }

  /** The kept result for the key when nothing it rests on has changed, else compute's, kept. */
  async get(projectId: string, key: string, compute: () => Promise<T>): Promise<T> {
    const fullKey = `${projectId}\u0000${key}`;
    const now = Date.now();
    let entry = this.entries.get(fullKey);
    if (entry && now - entry.storedAt > MAX_AGE_MS) {
      this.forget(fullKey);
      entry = undefined;
    }
    // Taken before the result is read: whatever commits after it makes the result stale, even
    // when the result's own statements already saw it.
    const { snapshot, stale } = await snapshotAndStaleness(projectId, this.kinds, entry?.snapshot ?? null);
    if (entry && !stale) {
      this.entries.delete(fullKey);
      this.entries.set(fullKey, entry);
      return entry.value;
    }
    const value = deepFreeze(await compute());
    const weight = this.weigh(value) + 1;
    this.forget(fullKey);
    this.entries.set(fullKey, { snapshot, value, storedAt: now, weight });
    this.totalWeight += weight;
    for (const oldest of this.entries.keys()) {
      if (this.totalWeight <= this.maxWeight) break;
      this.forget(oldest);
    }
    if (now - lastPrune > PRUNE_EVERY_MS) {
      lastPrune = now;
      await prisma.$executeRaw`DELETE FROM "ProjectChange" WHERE at < now() - interval '1 day'`;
    }
    return value;
  }

  private forget(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalWeight -= entry.weight;
  }

  clear(): void {
    this.entries.clear();
    this.totalWeight = 0;
  }
}

/** Forgets every kept result (tests and the benchmark, to time results computed afresh). */
export function clearSnapshotCaches(): void {
  for (const cache of caches) cache.clear();
}
