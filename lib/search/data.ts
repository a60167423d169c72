import "server-only";
import { formatEdtf } from "@/lib/dates/edtf";
import { prisma } from "@/lib/db/client";
import { encodeCursor } from "@/lib/db/keyset";
import { SnapshotCache } from "@/lib/db/snapshot-cache";
import type { ProjectAccess } from "@/lib/projects/types";
import { scanPlacesOfPassages } from "@/lib/regions/data";
import { SOURCE_PASSAGES_PAGE } from "@/lib/sources/data";
import { highlightPhrase, highlightRomanized, parseHighlights } from "./highlight";
import type { SearchCursor, SearchFilters } from "./schema";
import { SEARCH_PLANNER_SETTING, searchStatement } from "./sql";
import type { SearchHit, SearchHitKind, SearchPage } from "./types";

interface Row {
  /** Every row carries the totals; with no hit on the page, the one row has only them. */
  total: number;
  more: boolean;
  kind: SearchHitKind | null;
  id: string | null;
}

interface HitRow extends Row {
  kind: SearchHitKind;
  id: string;
  rank: string;
  language: string | null;
  sourceId: string | null;
  passageId: string | null;
  claimId: string | null;
  readingId: string | null;
  observerId: string | null;
  titleMarked: string;
  bodyMarked: string;
  sourceTitle: string | null;
  sourceContainer: string | null;
  sourceIssued: string | null;
  sourceArchiveReference: string | null;
  passagePage: string | null;
  passageFolio: string | null;
  passagePosition: number | null;
  passageIndex: number | null;
  claimNumber: number | null;
  observerName: string | null;
  noteVisibility: string | null;
}

/**
 * Pages of results, kept while nothing searched has changed: paging back, or the same words again,
 * cost one statement. Weighed in hits; a page of 25 is some 15 KB.
 */
const searches = new SnapshotCache<SearchPage>(["chain", "search"], 40_000, (page) => page.data.length);

/** One page of a project's search, for its member (whose private notes it may find). */
export function searchProject(
  access: ProjectAccess,
  query: SearchFilters & { limit: number; after?: SearchCursor },
): Promise<SearchPage> {
  const key = JSON.stringify([access.userId, query]);
  return searches.get(access.projectId, key, () => runSearch(access, query));
}

/**
 * Searches a project's claims, sources, passages and translations, notes, readings and photos: ranked
 * hits with their matches marked, a page at a time, and how many there are (up to a cap).
 * One statement whatever the number of hits (in a transaction with the planner's setting).
 */
async function runSearch(
  access: ProjectAccess,
  query: SearchFilters & { limit: number; after?: SearchCursor },
): Promise<SearchPage> {
  const input = { ...query, projectId: access.projectId, userId: access.userId };
  const statement = searchStatement(input);
  const [, rows] = await prisma.$transaction([
    prisma.$executeRawUnsafe(SEARCH_PLANNER_SETTING),
    prisma.$queryRawUnsafe<(HitRow | Row)[]>(statement.text, ...statement.values),
  ]);
  const hitRows = rows.filter((row): row is HitRow => row.id !== null);
  const hits = hitRows.slice(0, query.limit).map((row) => toHit(access.projectId, row, query.q));
  // A passage transcribed from photos opens on them: its regions, in a statement of their own
  // (none when the page has no passage), kept with the page (regions are "chain" writes).
  const passageIds = [...new Set(hits.flatMap((hit) => (hit.passageId ? [hit.passageId] : [])))];
  const scans = await scanPlacesOfPassages(access, passageIds);
  for (const hit of hits) if (hit.passageId) hit.scans = scans.get(hit.passageId) ?? [];
  const last = hitRows.length > query.limit ? hitRows[query.limit - 1] : undefined;
  return {
    data: hits,
    nextCursor: last
      ? encodeCursor({ rank: last.rank, kind: last.kind, id: last.id } satisfies SearchCursor)
      : null,
    total: { count: rows[0]?.total ?? 0, more: rows[0]?.more ?? false },
  };
}

function toHit(projectId: string, row: HitRow, q: string): SearchHit {
  const base = `/projects/${projectId}`;
  const source = row.sourceId ? `${base}/sources/${row.sourceId}` : null;
  let url: string;
  let context: string | null | undefined;
  const sourceLabel = [
    row.sourceContainer,
    row.sourceIssued && formatEdtf(row.sourceIssued),
    row.sourceArchiveReference,
  ]
    .filter(Boolean)
    .join(", ");
  const locator = [row.passagePage && `p. ${row.passagePage}`, row.passageFolio && `fol. ${row.passageFolio}`]
    .filter(Boolean)
    .join(", ");
  switch (row.kind) {
    case "claim":
      url = `${base}/claims/${row.id}`;
      context = null;
      break;
    case "source":
      url = `${base}/sources/${row.id}`;
      context = sourceLabel || null;
      break;
    case "passage":
    case "translation":
      url = `${source}${passagePageQuery(row)}#passage-${row.passageId}`;
      context =
        [sourceLabel, locator, row.kind === "translation" && row.language && `translation (${row.language})`]
          .filter(Boolean)
          .join(" · ") || null;
      break;
    case "image":
      // The source page opens its viewer on the photo the address names.
      url = `${source}#image-${row.id}`;
      context = [row.sourceTitle, sourceLabel, locator].filter(Boolean).join(" · ") || null;
      break;
    case "reading":
      url = `${source}/comparison#reading-${row.id}`;
      context = row.sourceTitle ? `reading of ${row.sourceTitle}` : null;
      break;
    case "annotation": {
      const target = row.readingId
        ? `${base}/observers/${row.observerId}`
        : row.claimId
          ? `${base}/claims/${row.claimId}`
          : (source ?? base);
      url = `${target}#note-${row.id}`;
      const on = row.claimNumber !== null ? `C${row.claimNumber}` : (row.observerName ?? row.sourceTitle);
      context = [row.noteVisibility === "private" ? "private note" : "shared note", on && `on ${on}`]
        .filter(Boolean)
        .join(" ");
      break;
    }
  }
  return {
    kind: row.kind,
    id: row.id,
    url,
    title: markedOrPhrase(row.titleMarked, q),
    snippet: markedOrPhrase(row.bodyMarked, q),
    context: context ? phraseOrRomanized(context, q) : null,
    language: row.language,
    sourceId: row.sourceId,
    passageId: row.passageId,
    claimId: row.claimId,
    readingId: row.readingId,
    observerId: row.observerId,
    rank: Number(row.rank),
    scans: [],
  };
}

/** Beyond the source page's first page of passages, the page that starts with this one. */
function passagePageQuery(row: HitRow): string {
  if (row.passageIndex === null || row.passagePosition === null || row.passageIndex < SOURCE_PASSAGES_PAGE)
    return "";
  // The page after (position, ""): this passage and those that follow it.
  return `?${new URLSearchParams({ passages: encodeCursor({ position: row.passagePosition, id: "" }) })}`;
}

/** The words' marks; where none matched (a reference found by trigrams), the phrase itself. */
function markedOrPhrase(marked: string, q: string) {
  const parsed = parseHighlights(marked);
  return parsed.highlights.length ? parsed : phraseOrRomanized(parsed.text, q);
}

/** The phrase as typed; else the words found in another script ("Stalin" in "Сталин"). */
function phraseOrRomanized(text: string, q: string) {
  const phrase = highlightPhrase(text, q);
  return phrase.highlights.length ? phrase : highlightRomanized(text, q);
}

/** The archives a project's sources are kept in, for the search filter. */
export async function listProjectArchives(access: ProjectAccess): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ archive: string }[]>`
    SELECT DISTINCT archive FROM "Source"
    WHERE "projectId" = ${access.projectId} AND archive IS NOT NULL ORDER BY archive LIMIT 200`;
  return rows.map((row) => row.archive);
}
