import "server-only";
import { toPage } from "@/lib/api/pagination";
import { formatEdtf } from "@/lib/dates/edtf";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { getEvidenceChain, singleOriginClaimIds } from "@/lib/evidence/data";
import type { ProjectAccess } from "@/lib/projects/types";
import { type ClaimListQuery, STANCES } from "./schema";
import type { ClaimDetail, ClaimSummary, Stance } from "./types";

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

const archivalSource = {
  OR: [{ archive: { not: null } }, { archivalScheme: { not: null } }],
} satisfies Prisma.SourceWhereInput;

export async function listClaims(
  access: ProjectAccess,
  query: Pick<
    ClaimListQuery,
    "limit" | "status" | "tag" | "q" | "hasContradicting" | "hasArchival" | "singleOrigin" | "sort"
  > & {
    after?: ClaimCursor;
  },
) {
  const { column, direction } = SORT_COLUMN[query.sort];
  const filters: Prisma.ClaimWhereInput[] = [{ projectId: access.projectId }];
  if (query.status) filters.push({ status: query.status });
  if (query.tag) filters.push({ tags: { has: query.tag.toLowerCase() } });
  if (query.q) filters.push({ statement: { contains: query.q, mode: "insensitive" } });
  if (query.hasContradicting !== undefined) {
    const some = { evidence: { some: { stance: "contradicts" as const } } };
    filters.push(query.hasContradicting ? some : { NOT: some });
  }
  if (query.hasArchival !== undefined) {
    const some = {
      evidence: { some: { OR: [{ source: archivalSource }, { passage: { source: archivalSource } }] } },
    };
    filters.push(query.hasArchival ? some : { NOT: some });
  }
  if (query.singleOrigin !== undefined) {
    const ids = await singleOriginClaimIds(access);
    filters.push(query.singleOrigin ? { id: { in: ids } } : { id: { notIn: ids } });
  }
  if (query.after) {
    const key = column === "updatedAt" ? new Date(query.after.key) : query.after.key;
    const beyond = direction === "asc" ? "gt" : "lt";
    filters.push({ OR: [{ [column]: { [beyond]: key } }, { [column]: key, id: { gt: query.after.id } }] });
  }
  const claims = await prisma.claim.findMany({
    where: { AND: filters },
    orderBy: [{ [column]: direction }, { id: "asc" }],
    take: query.limit + 1,
  });
  const counts = await prisma.evidence.groupBy({
    by: ["claimId", "stance"],
    where: { projectId: access.projectId, claimId: { in: claims.map((claim) => claim.id) } },
    _count: { _all: true },
  });
  const countsByClaim = new Map<string, Record<Stance, number>>();
  for (const row of counts) {
    const entry = countsByClaim.get(row.claimId) ?? emptyStanceCounts();
    entry[row.stance] = row._count._all;
    countsByClaim.set(row.claimId, entry);
  }
  const summaries: (ClaimSummary & { sortKey: number | string })[] = claims.map((claim) => ({
    id: claim.id,
    projectId: claim.projectId,
    number: claim.number,
    statement: claim.statement,
    attribution: claim.attribution,
    status: claim.status,
    tags: claim.tags,
    period: claim.periodEdtf ? formatEdtf(claim.periodEdtf) : null,
    evidenceCounts: countsByClaim.get(claim.id) ?? emptyStanceCounts(),
    updatedAt: claim.updatedAt.toISOString(),
    sortKey: column === "updatedAt" ? claim.updatedAt.toISOString() : claim[column],
  }));
  const page = toPage(summaries, query.limit, (claim) => ({ key: claim.sortKey, id: claim.id }));
  return { ...page, data: page.data.map(({ sortKey: _sortKey, ...claim }) => claim) };
}

function emptyStanceCounts(): Record<Stance, number> {
  return Object.fromEntries(STANCES.map((stance) => [stance, 0])) as Record<Stance, number>;
}

/** A claim with its evidence chain. */
export async function getClaimDetail(access: ProjectAccess, claimId: string): Promise<ClaimDetail | null> {
  const claim = await prisma.claim.findFirst({
    where: { id: claimId, projectId: access.projectId },
    include: {
      usedAsEvidence: {
        select: { stance: true, claim: { select: { id: true, number: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
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
    chain: await getEvidenceChain(access, claimId),
    usedBy: claim.usedAsEvidence.map((item) => ({
      claimId: item.claim.id,
      number: item.claim.number,
      stance: item.stance,
    })),
  };
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
