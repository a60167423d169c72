import "server-only";
import { toPage } from "@/lib/api/pagination";
import { shortCitation } from "@/lib/citations/short-citation";
import { formatEdtf } from "@/lib/dates/edtf";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ProjectAccess } from "@/lib/projects/types";
import { composeArchiveLocation } from "@/lib/sources/archival-locator";
import { STANCES } from "./schema";
import type {
  ClaimDetail,
  ClaimSummary,
  EvidenceItem,
  PassageReference,
  SourceReference,
  Stance,
} from "./types";

/** The project a claim belongs to, for the access check of routes that name only the claim. */
export async function findClaimProjectId(claimId: string): Promise<string | null> {
  const claim = await prisma.claim.findUnique({ where: { id: claimId }, select: { projectId: true } });
  return claim?.projectId ?? null;
}

export async function listClaims(
  access: ProjectAccess,
  query: { limit: number; after?: { number: number }; status?: ClaimSummary["status"]; tag?: string },
) {
  const claims = await prisma.claim.findMany({
    where: {
      projectId: access.projectId,
      ...(query.status ? { status: query.status } : {}),
      ...(query.tag ? { tags: { has: query.tag } } : {}),
      ...(query.after ? { number: { gt: query.after.number } } : {}),
    },
    orderBy: { number: "asc" },
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
  const summaries: ClaimSummary[] = claims.map((claim) => ({
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
  }));
  return toPage(summaries, query.limit, (claim) => ({ number: claim.number }));
}

function emptyStanceCounts(): Record<Stance, number> {
  return Object.fromEntries(STANCES.map((stance) => [stance, 0])) as Record<Stance, number>;
}

const sourceSelect = {
  id: true,
  title: true,
  kind: true,
  containerTitle: true,
  issuedEdtf: true,
  archive: true,
  archivalScheme: true,
  archiveRepository: true,
  archiveCollection: true,
  archiveSeries: true,
  archiveFile: true,
  archiveItem: true,
  archiveFolio: true,
  archivePage: true,
  archiveLocation: true,
  contributors: {
    where: { role: "author" },
    orderBy: { position: "asc" },
    select: { family: true, given: true, literal: true },
  },
} satisfies Prisma.SourceSelect;

type SelectedSource = Prisma.SourceGetPayload<{ select: typeof sourceSelect }>;

function toSourceReference(source: SelectedSource): SourceReference {
  const archiveLocation = composeArchiveLocation(source);
  return {
    id: source.id,
    title: source.title,
    kind: source.kind,
    shortCitation: shortCitation({ ...source, authors: source.contributors, archiveLocation }),
    issued: source.issuedEdtf ? formatEdtf(source.issuedEdtf) : null,
    archiveLocation,
  };
}

function passageLocator(passage: {
  page: string | null;
  folio: string | null;
  column: string | null;
  paragraph: string | null;
}) {
  const parts = [
    passage.page && `p. ${passage.page}`,
    passage.folio && `f. ${passage.folio}`,
    passage.column && `col. ${passage.column}`,
    passage.paragraph && `para. ${passage.paragraph}`,
  ];
  return parts.filter(Boolean).join(", ") || null;
}

/** A claim with its evidence, each item resolved to its passage, source or sub-claim. */
export async function getClaimDetail(access: ProjectAccess, claimId: string): Promise<ClaimDetail | null> {
  const claim = await prisma.claim.findFirst({
    where: { id: claimId, projectId: access.projectId },
    include: {
      evidence: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        include: {
          passage: {
            include: {
              translations: { orderBy: { createdAt: "asc" } },
              source: { select: sourceSelect },
            },
          },
          source: { select: sourceSelect },
          supportingClaim: { select: { id: true, number: true, statement: true, status: true } },
        },
      },
    },
  });
  if (!claim) return null;
  const evidence: EvidenceItem[] = claim.evidence.map((item) => {
    let target: EvidenceItem["target"];
    if (item.passage) {
      const passage: PassageReference = {
        id: item.passage.id,
        text: item.passage.text,
        language: item.passage.language,
        locator: passageLocator(item.passage),
        translations: item.passage.translations.map(({ language, text, translator }) => ({
          language,
          text,
          translator,
        })),
        source: toSourceReference(item.passage.source),
      };
      target = { kind: "passage", passage };
    } else if (item.source) {
      target = { kind: "source", source: toSourceReference(item.source) };
    } else {
      target = { kind: "claim", claim: item.supportingClaim! };
    }
    return {
      id: item.id,
      stance: item.stance,
      confidence: item.confidence,
      rationale: item.rationale,
      position: item.position,
      target,
    };
  });
  return {
    id: claim.id,
    projectId: claim.projectId,
    number: claim.number,
    statement: claim.statement,
    attribution: claim.attribution,
    status: claim.status,
    tags: claim.tags,
    period: claim.periodEdtf ? formatEdtf(claim.periodEdtf) : null,
    note: claim.note,
    version: claim.version,
    createdAt: claim.createdAt.toISOString(),
    updatedAt: claim.updatedAt.toISOString(),
    evidence,
  };
}
