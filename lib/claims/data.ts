import "server-only";
import { formatEdtf } from "@/lib/dates/edtf";
import { prisma } from "@/lib/db/client";
import { type Claim, Prisma } from "@/lib/db/generated/client";
import { toPage } from "@/lib/db/keyset";
import { keysetAfterSql } from "@/lib/db/keyset-sql";
import { likePattern } from "@/lib/db/like-pattern";
import { SnapshotCache } from "@/lib/db/snapshot-cache";
import { getCachedEvidenceChain } from "@/lib/evidence/chain-cache";
import { singleOriginClaimIdsSql } from "@/lib/evidence/data";
import type { ProjectAccess } from "@/lib/projects/types";
import { type ClaimListQuery, STANCES } from "./schema";
import type { ClaimDetail, ClaimSummary, EvidenceChain, Stance } from "./types";

/** The project a claim belongs to, for the access check of routes that name only the claim. */
export async function findClaimProjectId(claimId: string): Promise<string | null> {
  const claim = await prisma.claim.findUnique({ where: { id: claimId }, select: { projectId: true } });
  return claim?.projectId ?? null;
}

type ClaimCursor = { key: number | string; id: string };

const SORT_COLUMN = {
  number: { column: "number", direction: "asc" },
  "-number": { column: "number", direction: "desc" },
  updated: { column: "updatedAt", direction: "asc" },
  "-updated": { column: "updatedAt", direction: "desc" },
  status: { column: "status", direction: "asc" },
} as const;

const SORT_SQL = {
  number: Prisma.sql`c.number`,
  updatedAt: Prisma.sql`c."updatedAt"`,
  status: Prisma.sql`c.status`,
} as const;

/** The evidence counts of claim `c` by stance, as a JSON object (stances without evidence absent). */
const evidenceCountsSql = Prisma.sql`(
  SELECT json_object_agg(counted.stance, counted.n) FROM (
    SELECT e.stance, count(*)::int AS n FROM "Evidence" e
    WHERE e."claimId" = c.id AND e."projectId" = c."projectId" GROUP BY e.stance) counted)`;

const archivalSourceSql = (alias: Prisma.Sql) =>
  Prisma.sql`(${alias}.archive IS NOT NULL OR ${alias}."archivalScheme" IS NOT NULL)`;

type ClaimPageQuery = Pick<
  ClaimListQuery,
  "limit" | "status" | "tag" | "q" | "hasContradicting" | "hasArchival" | "singleOrigin" | "sort"
> & { after?: ClaimCursor };

/**
 * Pages kept while none of the project's claims, evidence, sources, passages or relations (what
 * the filters read) has changed, all of which write as `chain`: a page is read far more often
 * than claims are saved, and computing one costs the database a millisecond (its evidence
 * counts), more than anything else in serving it. Every subquery keeps to the page's project,
 * whose writes are the only ones that make it stale. Weighed in rows.
 */
const claimPages = new SnapshotCache<ClaimPage>(["chain"], 20_000, (page) => page.data.length);

type ClaimPage = Awaited<ReturnType<typeof readClaimPage>>;

/** One page of claims, filtered and sorted, with their evidence counts by stance. */
export function listClaims(access: ProjectAccess, query: ClaimPageQuery): Promise<ClaimPage> {
  const { limit, status, tag, q, hasContradicting, hasArchival, singleOrigin, sort, after } = query;
  const key = JSON.stringify([
    limit,
    status,
    tag,
    q,
    hasContradicting,
    hasArchival,
    singleOrigin,
    sort,
    after,
  ]);
  return claimPages.get(access.projectId, key, () => readClaimPage(access, query));
}

/**
 * One statement whatever the filters. The single-origin filter is a recursive subquery over the
 * project's evidence and provenance, which no list of ids passed back and forth could replace at
 * 50,000 claims.
 */
async function readClaimPage(access: ProjectAccess, query: ClaimPageQuery) {
  const { column, direction } = SORT_COLUMN[query.sort];
  const sortColumn = SORT_SQL[column];
  const conditions: Prisma.Sql[] = [Prisma.sql`c."projectId" = ${access.projectId}`];
  if (query.status) conditions.push(Prisma.sql`c.status = ${query.status}::"ClaimStatus"`);
  if (query.tag) conditions.push(Prisma.sql`c.tags @> ARRAY[${query.tag.toLowerCase()}]::text[]`);
  if (query.q) conditions.push(Prisma.sql`c.statement ILIKE ${likePattern(query.q)}`);
  if (query.hasContradicting !== undefined) {
    const some = Prisma.sql`EXISTS (
      SELECT 1 FROM "Evidence" e
      WHERE e."claimId" = c.id AND e."projectId" = c."projectId" AND e.stance = 'contradicts')`;
    conditions.push(query.hasContradicting ? some : Prisma.sql`NOT ${some}`);
  }
  if (query.hasArchival !== undefined) {
    const some = Prisma.sql`EXISTS (
      SELECT 1 FROM "Evidence" e
      LEFT JOIN "Source" s ON s.id = e."sourceId"
      LEFT JOIN "Passage" p ON p.id = e."passageId"
      LEFT JOIN "Source" ps ON ps.id = p."sourceId"
      WHERE e."claimId" = c.id AND e."projectId" = c."projectId"
        AND (${archivalSourceSql(Prisma.sql`s`)} OR ${archivalSourceSql(Prisma.sql`ps`)}))`;
    conditions.push(query.hasArchival ? some : Prisma.sql`NOT ${some}`);
  }
  if (query.singleOrigin !== undefined) {
    const singleOrigin = singleOriginClaimIdsSql(access.projectId);
    conditions.push(
      query.singleOrigin ? Prisma.sql`c.id IN (${singleOrigin})` : Prisma.sql`c.id NOT IN (${singleOrigin})`,
    );
  }
  if (query.after) {
    const key =
      column === "updatedAt"
        ? Prisma.sql`${String(query.after.key)}::timestamp`
        : column === "status"
          ? Prisma.sql`${String(query.after.key)}::"ClaimStatus"`
          : Prisma.sql`${Number(query.after.key)}::int`;
    conditions.push(keysetAfterSql(sortColumn, key, Prisma.sql`c.id`, query.after.id, direction));
  }
  const rows = await prisma.$queryRaw<ClaimListRow[]>`
    SELECT c.id, c."projectId", c.number, c.statement, c.attribution, c.status::text AS status, c.tags,
           c."periodEdtf", c."updatedAt",
           ${evidenceCountsSql} AS "evidenceCounts"
    FROM "Claim" c
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${sortColumn} ${direction === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`}, c.id ASC
    LIMIT ${query.limit + 1}`;
  const summaries: (ClaimSummary & { sortKey: number | string })[] = rows.map((claim) => ({
    id: claim.id,
    projectId: claim.projectId,
    number: claim.number,
    statement: claim.statement,
    attribution: claim.attribution,
    status: claim.status,
    tags: claim.tags,
    period: claim.periodEdtf ? formatEdtf(claim.periodEdtf) : null,
    evidenceCounts: { ...emptyStanceCounts(), ...claim.evidenceCounts },
    updatedAt: claim.updatedAt.toISOString(),
    sortKey: column === "updatedAt" ? claim.updatedAt.toISOString() : claim[column],
  }));
  const page = toPage(summaries, query.limit, (claim) => ({ key: claim.sortKey, id: claim.id }));
  return { ...page, data: page.data.map(({ sortKey: _sortKey, ...claim }) => claim) };
}

type ClaimListRow = Pick<
  Claim,
  "id" | "projectId" | "number" | "statement" | "attribution" | "status" | "tags" | "periodEdtf" | "updatedAt"
> & { evidenceCounts: Partial<Record<Stance, number>> | null };

function emptyStanceCounts(): Record<Stance, number> {
  return Object.fromEntries(STANCES.map((stance) => [stance, 0])) as Record<Stance, number>;
}

/**
 * A claim: its fields, its evidence counts by stance and the claims it is evidence for, in one
 * statement. Its chain, far heavier (every source down to the origins), is getEvidenceChain's:
 * the API serves it apart, at /claims/{claimId}/chain.
 */
export async function getClaimDetail(access: ProjectAccess, claimId: string): Promise<ClaimDetail | null> {
  const [claim] = await prisma.$queryRaw<
    (Pick<
      Claim,
      | "id"
      | "projectId"
      | "number"
      | "statement"
      | "attribution"
      | "status"
      | "tags"
      | "periodEdtf"
      | "note"
      | "version"
      | "createdById"
      | "createdAt"
      | "updatedAt"
    > & { usedBy: ClaimDetail["usedBy"]; evidenceCounts: Partial<Record<Stance, number>> | null })[]
  >`
    SELECT c.id, c."projectId", c.number, c.statement, c.attribution, c.status::text AS status, c.tags,
           c."periodEdtf", c.note, c.version, c."createdById", c."createdAt", c."updatedAt",
           ${evidenceCountsSql} AS "evidenceCounts",
           coalesce((SELECT json_agg(json_build_object('claimId', o.id, 'number', o.number, 'stance', e.stance)
                                     ORDER BY e."createdAt", e.id)
                     FROM "Evidence" e JOIN "Claim" o ON o.id = e."claimId"
                     WHERE e."supportingClaimId" = c.id AND e."projectId" = c."projectId"), '[]'::json) AS "usedBy"
    FROM "Claim" c
    WHERE c.id = ${claimId} AND c."projectId" = ${access.projectId}`;
  if (!claim) return null;
  return {
    id: claim.id,
    projectId: claim.projectId,
    number: claim.number,
    statement: claim.statement,
    attribution: claim.attribution,
    status: claim.status,
    tags: claim.tags,
    period: claim.periodEdtf ? formatEdtf(claim.periodEdtf) : null,
    periodEdtf: claim.periodEdtf,
    note: claim.note,
    version: claim.version,
    createdById: claim.createdById,
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
    evidenceCounts: { ...emptyStanceCounts(), ...claim.evidenceCounts },
    usedBy: claim.usedBy,
  };
}

/**
 * What the claim page shows: the claim and its whole evidence chain, read side by side (the
 * chain's statements do not wait for the claim's), the chain as kept when nothing it rests on has
 * changed (lib/evidence/chain-cache.ts). Null when the claim is not in the project.
 */
export async function getClaimWithChain(
  access: ProjectAccess,
  claimId: string,
): Promise<{ claim: ClaimDetail; chain: EvidenceChain } | null> {
  const [claim, chain] = await Promise.all([
    getClaimDetail(access, claimId),
    getCachedEvidenceChain(access, claimId),
  ]);
  return claim ? { claim, chain } : null;
}

/** Claims for pickers (evidence from another claim): number and statement, newest numbers last. */
export function listClaimOptions(access: ProjectAccess) {
  return prisma.claim.findMany({
    where: { projectId: access.projectId },
    orderBy: { number: "asc" },
    select: { id: true, number: true, statement: true },
    take: 2000,
  });
}

export async function listProjectTags(access: ProjectAccess): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ tag: string }[]>`
    SELECT DISTINCT unnest(tags) AS tag FROM "Claim" WHERE "projectId" = ${access.projectId} ORDER BY tag`;
  return rows.map((row) => row.tag);
}
