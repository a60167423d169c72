import "server-only";
import { formatEdtf } from "@/lib/dates/edtf";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { SourceKind } from "@/lib/db/generated/enums";
import { ascendingAfter, toPage } from "@/lib/db/keyset";
import { keysetAfterSql } from "@/lib/db/keyset-sql";
import { likePattern } from "@/lib/db/like-pattern";
import { SnapshotCache } from "@/lib/db/snapshot-cache";
import { passageLocator } from "@/lib/evidence/data";
import type { ProjectAccess } from "@/lib/projects/types";
import { composeArchiveLocation } from "./archival-locator";
import {
  type SourceReferenceRow,
  sourceReferenceColumnsSql,
  sourceReferenceSelect,
  toSourceReference,
} from "./reference";

export async function findSourceProjectId(sourceId: string) {
  return (
    (await prisma.source.findUnique({ where: { id: sourceId }, select: { projectId: true } }))?.projectId ??
    null
  );
}

type SourcePageQuery = { limit: number; after?: { key: string; id: string }; kind?: SourceKind; q?: string };

/**
 * Pages kept while none of the project's sources, authors, passages or evidence has changed (all
 * write as `chain`): each row's two counts and its authors are 78 index lookups, a millisecond of
 * the database's time, for a page read far more often than sources are saved. The counts keep to
 * the page's project, whose writes are the only ones that make it stale. Weighed in rows.
 */
const sourcePages = new SnapshotCache<SourcePage>(["chain"], 20_000, (page) => page.data.length);

type SourcePage = Awaited<ReturnType<typeof readSourcePage>>;

/** One page of sources by title, each with its author names and how many passages and evidence items it has. */
export function listSources(access: ProjectAccess, query: SourcePageQuery): Promise<SourcePage> {
  const { limit, after, kind, q } = query;
  return sourcePages.get(access.projectId, JSON.stringify([limit, after, kind, q]), () =>
    readSourcePage(access, query),
  );
}

/**
 * One statement. The counts are taken for the page's rows only: aggregated whole, the Passage
 * and Evidence tables cost 0.5 s at 300,000 passages (bench/RESULTS.md).
 */
async function readSourcePage(access: ProjectAccess, query: SourcePageQuery) {
  const conditions: Prisma.Sql[] = [Prisma.sql`s."projectId" = ${access.projectId}`];
  if (query.kind) conditions.push(Prisma.sql`s.kind = ${query.kind}::"SourceKind"`);
  if (query.q) {
    const pattern = likePattern(query.q);
    conditions.push(Prisma.sql`(s.title ILIKE ${pattern} OR s."titleOriginal" ILIKE ${pattern}
      OR s."containerTitle" ILIKE ${pattern}
      OR EXISTS (SELECT 1 FROM "SourceContributor" c
                 WHERE c."sourceId" = s.id AND (c.family ILIKE ${pattern} OR c.literal ILIKE ${pattern})))`);
  }
  if (query.after) {
    conditions.push(keysetAfterSql(Prisma.sql`s.title`, query.after.key, Prisma.sql`s.id`, query.after.id));
  }
  const rows = await prisma.$queryRaw<(SourceReferenceRow & { passages: number; evidence: number })[]>`
    SELECT ${sourceReferenceColumnsSql},
           (SELECT count(*)::int FROM "Passage" p
            WHERE p."sourceId" = s.id AND p."projectId" = s."projectId") AS passages,
           (SELECT count(*)::int FROM "Evidence" e
            WHERE e."sourceId" = s.id AND e."projectId" = s."projectId") AS evidence
    FROM "Source" s
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY s.title, s.id
    LIMIT ${query.limit + 1}`;
  const data = rows.map((row) => ({
    ...toSourceReference(row),
    counts: { passages: row.passages, evidence: row.evidence },
  }));
  return toPage(data, query.limit, (source) => ({ key: source.title, id: source.id }));
}

export const SOURCE_PASSAGES_PAGE = 100;
/**
 * The relations shown in each direction: a letter in Pravda may be reprinted, translated and
 * reported by hundreds of sources. GET /relations?sourceId= lists them all.
 */
export const SOURCE_RELATIONS_SHOWN = 100;

/**
 * A source with everything its page shows: names, relations in both directions, and one page of
 * its passages in order (a source may have thousands), with their number and the next page's
 * cursor.
 */
export async function getSourceDetail(
  access: ProjectAccess,
  sourceId: string,
  passagePage: { limit: number; after?: { position: number; id: string } } = { limit: SOURCE_PASSAGES_PAGE },
) {
  const after = passagePage.after;
  const source = await prisma.source.findFirst({
    where: { id: sourceId, projectId: access.projectId },
    include: {
      contributors: { orderBy: [{ role: "asc" }, { position: "asc" }] },
      passages: {
        where: after ? ascendingAfter("position", after) : undefined,
        orderBy: [{ position: "asc" }, { id: "asc" }],
        take: passagePage.limit + 1,
        include: { translations: { orderBy: { createdAt: "asc" } } },
      },
      _count: { select: { passages: true, derivedFrom: true, derivatives: true } },
      derivedFrom: {
        include: { toSource: { select: sourceReferenceSelect } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: SOURCE_RELATIONS_SHOWN,
      },
      derivatives: {
        include: { fromSource: { select: sourceReferenceSelect } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: SOURCE_RELATIONS_SHOWN,
      },
      createdBy: { select: { name: true, email: true } },
    },
  });
  if (!source) return null;
  const { derivedFrom, derivatives, passages: passageRows, _count, ...fields } = source;
  const passages = toPage(passageRows, passagePage.limit, (passage) => ({
    position: passage.position,
    id: passage.id,
  }));
  return {
    ...fields,
    issued: source.issuedEdtf ? formatEdtf(source.issuedEdtf) : null,
    archiveLocationComposed: composeArchiveLocation(source),
    reference: toSourceReference({
      ...source,
      contributors: source.contributors.filter((c) => c.role === "author"),
    }),
    passages: passages.data.map((passage) => ({ ...passage, locator: passageLocator(passage) })),
    passageCount: _count.passages,
    /** The cursor of the next page of passages, when there is one. */
    passagesNextCursor: passages.nextCursor,
    /** How many sources this one derives from, and derive from it: more than shown beyond SOURCE_RELATIONS_SHOWN. */
    derivesFromCount: _count.derivedFrom,
    derivedByCount: _count.derivatives,
    /** This source reprints / translates / reports ... these (the first SOURCE_RELATIONS_SHOWN). */
    derivesFrom: derivedFrom.map((relation) => ({
      id: relation.id,
      type: relation.type,
      note: relation.note,
      version: relation.version,
      createdById: relation.createdById,
      source: toSourceReference(relation.toSource),
    })),
    /** These reprint / translate / report ... this source (the first SOURCE_RELATIONS_SHOWN). */
    derivedBy: derivatives.map((relation) => ({
      id: relation.id,
      type: relation.type,
      note: relation.note,
      version: relation.version,
      createdById: relation.createdById,
      source: toSourceReference(relation.fromSource),
    })),
  };
}
export type SourceDetail = NonNullable<Awaited<ReturnType<typeof getSourceDetail>>>;

/** What deleting a source would take with it, for the confirmation. */
export async function getSourceDependents(access: ProjectAccess, sourceId: string) {
  const where = { projectId: access.projectId };
  const [passages, evidence, passageEvidence, relations, readings, images] = await Promise.all([
    prisma.passage.count({ where: { ...where, sourceId } }),
    prisma.evidence.count({ where: { ...where, sourceId } }),
    prisma.evidence.count({ where: { ...where, passage: { sourceId } } }),
    prisma.sourceRelation.count({
      where: { ...where, OR: [{ fromSourceId: sourceId }, { toSourceId: sourceId }] },
    }),
    prisma.reading.count({ where: { ...where, sourceId } }),
    prisma.sourceImage.count({ where: { ...where, sourceId } }),
  ]);
  return { passages, evidence: evidence + passageEvidence, relations, readings, images };
}

/**
 * Sources for evidence and relation pickers: the first 2,000 by title, their labels only (the
 * passages a picker offers come from listPassageOptions, bounded on their own).
 */
export async function listSourceOptions(access: ProjectAccess, include: string[] = []) {
  const select = { id: true, title: true, containerTitle: true, issuedEdtf: true };
  const [first, named] = await Promise.all([
    prisma.source.findMany({
      where: { projectId: access.projectId },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      take: 2000,
      select,
    }),
    // The sources a form is about are offered even beyond the first 2,000 titles.
    include.length
      ? prisma.source.findMany({ where: { projectId: access.projectId, id: { in: include } }, select })
      : [],
  ]);
  const listed = new Set(first.map((source) => source.id));
  return [...named.filter((source) => !listed.has(source.id)), ...first];
}

export function listRelations(
  access: ProjectAccess,
  query: { limit: number; after?: { id: string }; sourceId?: string },
) {
  return prisma.sourceRelation
    .findMany({
      where: {
        projectId: access.projectId,
        ...(query.sourceId ? { OR: [{ fromSourceId: query.sourceId }, { toSourceId: query.sourceId }] } : {}),
        ...(query.after ? { id: { gt: query.after.id } } : {}),
      },
      orderBy: { id: "asc" },
      take: query.limit + 1,
    })
    .then((rows) => toPage(rows, query.limit, (row) => ({ id: row.id })));
}

export function getRelation(access: ProjectAccess, relationId: string) {
  return prisma.sourceRelation.findFirst({ where: { id: relationId, projectId: access.projectId } });
}

export async function findRelationProjectId(relationId: string) {
  return (
    (await prisma.sourceRelation.findUnique({ where: { id: relationId }, select: { projectId: true } }))
      ?.projectId ?? null
  );
}
