import "server-only";
import { loadCitableSources, locatorOf } from "@/lib/citations/data";
import { prisma } from "@/lib/db/client";
import { getCachedEvidenceChain } from "@/lib/evidence/chain-cache";
import type { ProjectAccess } from "@/lib/projects/types";
import type { ComposablePoint, ComposeInput, EvidenceCheck, PointCite, PointQuote } from "./compose";

// What an argument's export needs, read in a few queries whatever its size: the outline, the
// evidence of every cited claim (and of the sub-claims it rests on), the passages to quote,
// the sources as citable items, and each claim's chain warnings.

type EvidenceRow = Awaited<ReturnType<typeof readEvidence>>[number];

function readEvidence(access: ProjectAccess, claimIds: string[]) {
  return prisma.evidence.findMany({
    where: { projectId: access.projectId, claimId: { in: claimIds } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      claimId: true,
      stance: true,
      confidence: true,
      sourceId: true,
      supportingClaimId: true,
      passage: {
        select: {
          sourceId: true,
          text: true,
          language: true,
          page: true,
          folio: true,
          column: true,
          paragraph: true,
          source: { select: { archivalScheme: true } },
          translations: { select: { language: true, text: true }, orderBy: { createdAt: "asc" } },
        },
      },
    },
  });
}

/** Strongest first; the claim's own order among equals. */
function strongestFirst(rows: EvidenceRow[]): EvidenceRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => b.row.confidence - a.row.confidence || a.index - b.index)
    .map(({ row }) => row);
}

function translationFor(
  translations: { language: string; text: string }[],
  locale: string,
): { text: string; lang: string } | null {
  const language = locale.slice(0, 2);
  const chosen =
    translations.find((t) => t.language.slice(0, 2) === language) ??
    translations.find((t) => t.language.startsWith("en")) ??
    translations[0];
  return chosen ? { text: chosen.text, lang: chosen.language } : null;
}

export async function loadArgumentForExport(
  access: ProjectAccess,
  argumentId: string,
  locale: string,
): Promise<ComposeInput | null> {
  const argument = await prisma.argument.findFirst({
    where: { id: argumentId, projectId: access.projectId },
    include: {
      points: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        include: { claim: { select: { id: true, number: true, statement: true } } },
      },
    },
  });
  if (!argument) return null;

  // The cited claims and, level by level, the sub-claims their support comes through.
  const byClaim = new Map<string, EvidenceRow[]>();
  let frontier = [...new Set(argument.points.flatMap((point) => (point.claimId ? [point.claimId] : [])))];
  while (frontier.length) {
    for (const id of frontier) byClaim.set(id, []);
    const rows = await readEvidence(access, frontier);
    for (const row of rows) byClaim.get(row.claimId)!.push(row);
    frontier = [
      ...new Set(
        rows.map((row) => row.supportingClaimId).filter((id): id is string => !!id && !byClaim.has(id)),
      ),
    ];
  }

  /** What one piece of evidence cites: its passage or source, or a sub-claim's support, strongest first. */
  const citesOf = (row: EvidenceRow, seen: Set<string>): { cite: PointCite; quote: PointQuote | null }[] => {
    if (row.passage) {
      const quote: PointQuote = {
        original: { text: row.passage.text, lang: row.passage.language },
        translation: translationFor(row.passage.translations, locale),
      };
      return [{ cite: { sourceId: row.passage.sourceId, locator: locatorOf(row.passage) }, quote }];
    }
    if (row.sourceId) return [{ cite: { sourceId: row.sourceId, locator: null }, quote: null }];
    const sub = row.supportingClaimId;
    if (!sub || seen.has(sub)) return [];
    const support = strongestFirst((byClaim.get(sub) ?? []).filter((r) => r.stance === "supports"));
    return support.flatMap((r) => citesOf(r, new Set([...seen, sub])));
  };

  const points: ComposablePoint[] = argument.points.map((point) => {
    const base = { depth: point.depth, quote: point.quote, cites: [], contrary: [], quotes: [] };
    if (!point.claim)
      return { ...base, kind: point.kind === "section" ? "section" : "prose", text: point.text };
    const evidence = byClaim.get(point.claim.id) ?? [];
    const chosenRows = point.evidenceIds.length
      ? point.evidenceIds
          .map((id) => evidence.find((row) => row.id === id))
          .filter((row): row is EvidenceRow => !!row)
      : strongestFirst(evidence.filter((row) => row.stance === "supports"));
    const seen = new Set([point.claim.id]);
    const chosen = chosenRows.flatMap((row) => citesOf(row, seen));
    const contrary = point.citeContrary
      ? strongestFirst(
          evidence.filter((row) => row.stance === "contradicts" && !chosenRows.includes(row)),
        ).flatMap((row) => citesOf(row, seen))
      : [];
    return {
      ...base,
      kind: "claim",
      text: point.text || point.claim.statement,
      cites: chosen.map((entry) => entry.cite),
      contrary: contrary.map((entry) => entry.cite),
      quotes: chosen.flatMap((entry) => (entry.quote ? [entry.quote] : [])),
    };
  });

  const sourceIds = [
    ...new Set(points.flatMap((point) => [...point.cites, ...point.contrary].map((cite) => cite.sourceId))),
  ];
  const sources = sourceIds.length ? await loadCitableSources(access, sourceIds) : new Map();

  const claims = [
    ...new Map(
      argument.points.flatMap((point) => (point.claim ? [[point.claim.id, point.claim] as const] : [])),
    ).values(),
  ];
  const checks: EvidenceCheck[] = [];
  for (const claim of claims.sort((a, b) => a.number - b.number)) {
    const chain = await getCachedEvidenceChain(access, claim.id);
    checks.push({
      claimNumber: claim.number,
      statement: claim.statement,
      independentOrigins: chain.independentOrigins.supports,
      warnings: chain.warnings.map((warning) => warning.message),
    });
  }
  return { title: argument.title, points, sources, checks };
}
