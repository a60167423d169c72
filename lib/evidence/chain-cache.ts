import "server-only";
import type { EvidenceChain } from "@/lib/claims/types";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ProjectAccess } from "@/lib/projects/types";
import { getEvidenceChain } from "./data";

// A claim's chain is the app's heaviest read (three statements, then the analysis: 5–25 ms of
// CPU) and is read far more often than the project it comes from is written. Chains are kept
// here, per server process, with the database snapshot they were computed after. A kept chain is
// served while no transaction that wrote its project's evidence, claims, passages, sources or
// relations has committed outside that snapshot: the triggers of migration chain_change_log list
// each such transaction, so any way of writing (forms, API, imports, plain SQL) is seen, and a
// save is never followed by a stale chain, even from another server process.

/**
 * What a process keeps, counted in evidence items, sources and relations (about 1 KB each in
 * memory): some 50 MB. The bench's largest chain, 570 sources, weighs 1,300; a typical one 60.
 * The least recently read chains go first.
 */
const MAX_WEIGHT = 50_000;
/** ProjectChange keeps a day of transactions; a chain older than this is computed again. */
const MAX_AGE_MS = 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

interface Entry {
  snapshot: string;
  chain: EvidenceChain;
  storedAt: number;
  weight: number;
}

const entries = new Map<string, Entry>();
let totalWeight = 0;
let lastPrune = Date.now();

function forget(key: string) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  totalWeight -= entry.weight;
}

/**
 * The snapshot now, and whether a transaction not visible in `since` has written the project:
 * one statement. Below the snapshot's xmin every transaction is visible, which bounds the scan.
 */
async function snapshotAndStaleness(projectId: string, since: string | null) {
  const [row] = await prisma.$queryRaw<{ snapshot: string; stale: boolean }[]>`
    SELECT pg_current_snapshot()::text AS snapshot, ${
      since === null
        ? Prisma.sql`true`
        : Prisma.sql`EXISTS (
            SELECT 1 FROM "ProjectChange" c
            WHERE c."projectId" = ${projectId}
              AND c.txid >= pg_snapshot_xmin(${since}::pg_snapshot)::text::bigint
              AND NOT pg_visible_in_snapshot(c.txid::text::xid8, ${since}::pg_snapshot))`
    } AS stale`;
  return row!;
}

/** Frozen, because every request that reads a kept chain shares the one object. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** getEvidenceChain, served from what this process kept when nothing it rests on has changed. */
export async function getCachedEvidenceChain(access: ProjectAccess, claimId: string): Promise<EvidenceChain> {
  const key = `${access.projectId}/${claimId}`;
  const now = Date.now();
  let entry = entries.get(key);
  if (entry && now - entry.storedAt > MAX_AGE_MS) {
    forget(key);
    entry = undefined;
  }
  // Taken before the chain is read: whatever commits after it makes the chain stale, even when
  // the chain's own statements already saw it.
  const { snapshot, stale } = await snapshotAndStaleness(access.projectId, entry?.snapshot ?? null);
  if (entry && !stale) {
    entries.delete(key);
    entries.set(key, entry);
    return entry.chain;
  }
  const chain = deepFreeze(await getEvidenceChain(access, claimId));
  const weight = chain.evidence.length + Object.keys(chain.sources).length + chain.relations.length + 1;
  forget(key);
  entries.set(key, { snapshot, chain, storedAt: now, weight });
  totalWeight += weight;
  for (const oldest of entries.keys()) {
    if (totalWeight <= MAX_WEIGHT) break;
    forget(oldest);
  }
  if (now - lastPrune > PRUNE_EVERY_MS) {
    lastPrune = now;
    await prisma.$executeRaw`DELETE FROM "ProjectChange" WHERE at < now() - interval '1 day'`;
  }
  return chain;
}

/** Forgets every kept chain (tests that compare a kept chain with one computed afresh). */
export function clearChainCache(): void {
  entries.clear();
  totalWeight = 0;
}
