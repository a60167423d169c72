import "server-only";
import type {
  ChainRelation,
  EvidenceChain,
  EvidenceItem,
  PassageReference,
  Stance,
} from "@/lib/claims/types";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ClaimStatus, SourceRelationType } from "@/lib/db/generated/enums";
import { ascendingAfter, toPage } from "@/lib/db/keyset";
import type { ProjectAccess } from "@/lib/projects/types";
import type { ScanPlace } from "@/lib/regions/types";
import { type SourceReferenceRow, sourceReferencesByIdSql, toSourceReference } from "@/lib/sources/reference";
import type { SourceReference } from "@/lib/sources/types";
import { analyseChain, DERIVATION_TYPES, WARNING_TEXT } from "./chain";

/** A source as the chain shows it: its reference, and whether it derives from nothing recorded. */
type ChainSource = EvidenceChain["sources"][string];

export function passageLocator(passage: {
  page: string | null;
  folio: string | null;
  column: string | null;
  paragraph: string | null;
}) {
  const parts = [
    passage.page && `p. ${passage.page}`,
    passage.folio && `fol. ${passage.folio}`,
    passage.column && `col. ${passage.column}`,
    passage.paragraph && `para. ${passage.paragraph}`,
  ];
  return parts.filter(Boolean).join(", ") || null;
}

interface EvidenceRow {
  id: string;
  claimId: string;
  stance: Stance;
  sourceId: string | null;
  passageId: string | null;
  /** The source of the cited passage, for every row: the chain follows it. */
  passageSourceId: string | null;
  supportingClaimId: string | null;
  confidence: number;
  rationale: string | null;
  position: number;
  version: number;
  createdById: string | null;
  /** The passage itself, for the claim's own evidence only: sub-claims' rows need its source alone. */
  passage: {
    id: string;
    sourceId: string;
    text: string;
    language: string | null;
    page: string | null;
    folio: string | null;
    column: string | null;
    paragraph: string | null;
    translations: { language: string; text: string; translator: string | null }[];
    scans: ScanPlace[];
  } | null;
  supportingClaim: { id: string; number: number; statement: string; status: ClaimStatus } | null;
}

/**
 * The evidence of a claim and of every claim it rests on through sub-claims (a recursive query),
 * each with the source of its passage and its sub-claim; the claim's own items also with the
 * passage's text, locator and translations. One statement, where Prisma's includes took five. The
 * claim page is the app's busiest read, and a typical claim's sub-claims bring six rows for each
 * of its own: their passages' texts, which the chain never shows, are left in the database.
 */
async function evidenceOfClaimAndSubClaims(projectId: string, claimId: string): Promise<EvidenceRow[]> {
  return prisma.$queryRaw<EvidenceRow[]>`
    WITH RECURSIVE reach(id) AS (
      SELECT ${claimId}::text
      UNION
      SELECT e."supportingClaimId" FROM "Evidence" e JOIN reach r ON e."claimId" = r.id
      WHERE e."supportingClaimId" IS NOT NULL AND e."projectId" = ${projectId}
    )
    SELECT e.id, e."claimId", e.stance::text AS stance, e."sourceId", e."passageId", e."supportingClaimId",
           e.confidence, e.rationale, e.position, e.version, e."createdById", p."sourceId" AS "passageSourceId",
           CASE WHEN p.id IS NULL OR e."claimId" <> ${claimId} THEN NULL ELSE json_build_object(
             'id', p.id, 'sourceId', p."sourceId", 'text', p.text, 'language', p.language,
             'page', p.page, 'folio', p.folio, 'column', p."column", 'paragraph', p.paragraph,
             'translations', coalesce((
               SELECT json_agg(json_build_object('language', t.language, 'text', t.text,
                                                 'translator', t.translator) ORDER BY t."createdAt", t.id)
               FROM "PassageTranslation" t WHERE t."passageId" = p.id), '[]'::json),
             -- Its regions on the source's photos, each photo numbered by its place among them.
             'scans', coalesce((
               SELECT json_agg(json_build_object(
                        'regionId', r.id, 'imageId', i.id, 'sourceId', i."sourceId",
                        'photoNumber', (SELECT count(*) FROM "SourceImage" i2
                                        WHERE i2."sourceId" = i."sourceId"
                                          AND (i2.position, i2.id) <= (i.position, i.id)),
                        'regionNumber', r.number, 'x', r.x, 'y', r.y, 'width', r.width, 'height', r.height,
                        'fragment', 'xywh=' || r.x || ',' || r.y || ',' || r.width || ',' || r.height,
                        'imageWidth', i.width, 'imageHeight', i.height, 'rotation', i.rotation,
                        'caption', i.caption)
                      ORDER BY r."passagePosition", r."createdAt", r.id)
               FROM "ImageRegion" r JOIN "SourceImage" i ON i.id = r."imageId"
               WHERE r."passageId" = p.id), '[]'::json)
           ) END AS passage,
           CASE WHEN sc.id IS NULL THEN NULL ELSE json_build_object(
             'id', sc.id, 'number', sc.number, 'statement', sc.statement, 'status', sc.status
           ) END AS "supportingClaim"
    FROM "Evidence" e
    LEFT JOIN "Passage" p ON p.id = e."passageId"
    LEFT JOIN "Claim" sc ON sc.id = e."supportingClaimId"
    WHERE e."projectId" = ${projectId} AND e."claimId" IN (SELECT id FROM reach)
    ORDER BY e.position, e."createdAt", e.id`;
}

/** Sources as evidence shows them (short citation, archival reference), with their authors: one statement. */
async function sourceReferences(projectId: string, ids: string[]): Promise<SourceReferenceRow[]> {
  if (!ids.length) return [];
  return prisma.$queryRaw<SourceReferenceRow[]>(sourceReferencesByIdSql(projectId, ids));
}

/**
 * Every provenance relation upstream of the given sources, to the origins (one recursive query).
 * The recursive step looks each source's relations up by index (LATERAL … OFFSET 0): left to
 * itself the planner hashes the project's whole relation table at every level, 30 ms at 60,000
 * relations against 3 ms this way (bench/RESULTS.md).
 */
async function upstreamRelations(projectId: string, sourceIds: string[]) {
  if (sourceIds.length === 0) return [];
  return prisma.$queryRaw<{ fromSourceId: string; toSourceId: string; type: SourceRelationType }[]>`
    WITH RECURSIVE up("fromSourceId", "toSourceId", type) AS (
      SELECT r."fromSourceId", r."toSourceId", r.type FROM "SourceRelation" r
      WHERE r."projectId" = ${projectId} AND r."fromSourceId" = ANY(${sourceIds}::text[])
      UNION
      SELECT next."fromSourceId", next."toSourceId", next.type FROM up CROSS JOIN LATERAL (
        SELECT r."fromSourceId", r."toSourceId", r.type FROM "SourceRelation" r
        WHERE r."fromSourceId" = up."toSourceId" AND r."projectId" = ${projectId} OFFSET 0
      ) next
    )
    SELECT "fromSourceId", "toSourceId", type::text AS type FROM up`;
}

/**
 * A claim's evidence chain in three statements whatever its size: the evidence of the claim and
 * of the sub-claims it reaches, with passages; the provenance upstream of the sources cited; and
 * every source met (cited or upstream) at once.
 */
export async function getEvidenceChain(access: ProjectAccess, claimId: string): Promise<EvidenceChain> {
  const rows = await evidenceOfClaimAndSubClaims(access.projectId, claimId);

  const cited = new Set<string>();
  for (const row of rows) {
    const sourceId = row.sourceId ?? row.passageSourceId;
    if (sourceId) cited.add(sourceId);
  }
  const relations = await upstreamRelations(access.projectId, [...cited]);
  const met = new Set(cited);
  const derivedFrom = new Set<string>();
  for (const relation of relations) {
    met.add(relation.fromSourceId);
    met.add(relation.toSourceId);
    if (DERIVATION_TYPES.has(relation.type)) derivedFrom.add(relation.fromSourceId);
  }
  // In the order met: the cited ones in evidence order, then those upstream. The analysis and
  // the evidence read the references; the chain's list of sources also says which are origins.
  const references = new Map<string, SourceReference>();
  const sources: Record<string, ChainSource> = {};
  if (met.size) {
    const byId = new Map<string, SourceReferenceRow>();
    for (const row of await sourceReferences(access.projectId, [...met])) byId.set(row.id, row);
    for (const id of met) {
      const row = byId.get(id);
      if (!row) continue;
      const reference = toSourceReference(row);
      references.set(id, reference);
      sources[id] = { ...reference, isOrigin: !derivedFrom.has(id) };
    }
  }

  const analysis = analyseChain({
    claimId,
    evidence: rows.map((row) => ({
      id: row.id,
      claimId: row.claimId,
      stance: row.stance,
      sourceId: row.sourceId ?? row.passageSourceId,
      subClaimId: row.supportingClaimId,
    })),
    edges: relations,
    sources: references,
  });

  const subClaims: EvidenceChain["subClaims"] = {};
  for (const row of rows) if (row.supportingClaim) subClaims[row.supportingClaim.id] = row.supportingClaim;

  const evidence: EvidenceItem[] = rows
    .filter((row) => row.claimId === claimId)
    .map((row) => {
      let target: EvidenceItem["target"];
      if (row.passage) {
        const passage: PassageReference = {
          id: row.passage.id,
          text: row.passage.text,
          language: row.passage.language,
          locator: passageLocator(row.passage),
          translations: row.passage.translations.map(({ language, text, translator }) => ({
            language,
            text,
            translator,
          })),
          source: references.get(row.passage.sourceId)!,
          scans: row.passage.scans,
        };
        target = { kind: "passage", passage };
      } else if (row.sourceId) {
        target = { kind: "source", source: references.get(row.sourceId)! };
      } else {
        target = { kind: "claim", claim: row.supportingClaim! };
      }
      return {
        id: row.id,
        stance: row.stance,
        confidence: row.confidence,
        rationale: row.rationale,
        position: row.position,
        version: row.version,
        createdById: row.createdById,
        target,
        origins: analysis.originsByEvidence[row.id] ?? [],
      };
    });

  const chainRelations: ChainRelation[] = relations.map((r) => ({
    ...r,
    derivation: DERIVATION_TYPES.has(r.type),
  }));
  return {
    evidence,
    sources,
    relations: chainRelations,
    subClaims,
    origins: analysis.origins,
    independentOrigins: Object.fromEntries(
      Object.entries(analysis.origins).map(([stance, list]) => [stance, list.length]),
    ) as Record<Stance, number>,
    warnings: analysis.warnings.map((code) => ({ code, message: WARNING_TEXT[code] })),
  };
}

/**
 * The claims of a project whose support goes back to exactly one origin, as a subquery of claim
 * ids, so that a list can filter by it in the database whatever the project's size. The same
 * reading as chain.ts's analysis: a claim's supporting evidence, and through supporting
 * sub-claims (at any depth, circles counting once) theirs; each cited source (or passage's source)
 * followed up its derivation relations to the sources that derive from nothing recorded.
 * Provenance circles are refused when relations are saved, so the upstream walk ends.
 */
export function singleOriginClaimIdsSql(projectId: string): Prisma.Sql {
  const derivation = [...DERIVATION_TYPES];
  return Prisma.sql`
    WITH RECURSIVE
      reach(root, claim) AS (
        SELECT e."claimId", e."claimId" FROM "Evidence" e
        WHERE e."projectId" = ${projectId} AND e.stance = 'supports'
        UNION
        SELECT r.root, e."supportingClaimId" FROM reach r
        JOIN "Evidence" e ON e."claimId" = r.claim
        WHERE e."projectId" = ${projectId} AND e.stance = 'supports' AND e."supportingClaimId" IS NOT NULL
      ),
      cited(root, source) AS (
        SELECT DISTINCT r.root, COALESCE(e."sourceId", p."sourceId") FROM reach r
        JOIN "Evidence" e ON e."claimId" = r.claim
        LEFT JOIN "Passage" p ON p.id = e."passageId"
        WHERE e."projectId" = ${projectId} AND e.stance = 'supports'
          AND COALESCE(e."sourceId", p."sourceId") IS NOT NULL
      ),
      upstream(source, ancestor) AS (
        SELECT DISTINCT source, source FROM cited
        UNION
        SELECT u.source, rel."toSourceId" FROM upstream u
        JOIN "SourceRelation" rel ON rel."fromSourceId" = u.ancestor
        WHERE rel."projectId" = ${projectId} AND rel.type::text = ANY(${derivation}::text[])
      )
    SELECT c.root FROM cited c
    JOIN upstream u ON u.source = c.source
    WHERE NOT EXISTS (
      SELECT 1 FROM "SourceRelation" rel
      WHERE rel."fromSourceId" = u.ancestor AND rel."projectId" = ${projectId}
        AND rel.type::text = ANY(${derivation}::text[])
    )
    GROUP BY c.root
    HAVING COUNT(DISTINCT u.ancestor) = 1`;
}

export async function findEvidenceProjectId(evidenceId: string) {
  return (
    (await prisma.evidence.findUnique({ where: { id: evidenceId }, select: { projectId: true } }))
      ?.projectId ?? null
  );
}

export function getEvidence(access: ProjectAccess, evidenceId: string) {
  return prisma.evidence.findFirst({ where: { id: evidenceId, projectId: access.projectId } });
}

export async function listEvidence(
  access: ProjectAccess,
  claimId: string,
  query: { limit: number; after?: { position: number; id: string } },
) {
  const after = query.after;
  const rows = await prisma.evidence.findMany({
    where: {
      projectId: access.projectId,
      claimId,
      ...(after ? ascendingAfter("position", after) : {}),
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    take: query.limit + 1,
  });
  return toPage(rows, query.limit, (row) => ({ position: row.position, id: row.id }));
}
