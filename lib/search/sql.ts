import { MATCH_END, MATCH_START } from "./highlight";
import type { SearchCursor, SearchFilters } from "./schema";

// The search, as SQL text and values, in one place: the app runs it through Prisma, and the
// benchmark runs the very same statement with pg to show the app's overhead.
//
// Why candidates are capped: a common word ("government") is in a third of a career's passages,
// and merely reading 150,000 matching rows takes PostgreSQL a third of a second. So each kind of
// item (claims, sources, readings, passages, translations, notes, photos) gives at most
// CANDIDATES_PER_KIND matches, in index order, and only those are ranked: a common word in
// thousands of passages cannot crowd a claim or a title out. Beyond the cap the page says "more
// than", and more words or a filter narrow it down; below it (a rare word, a reference) the
// ranking is exact. Each kind has its own words index, keyed by project beside the words
// (migration search_index_per_kind), so each kind's part reads only that kind's entries of a word.

export interface SearchStatementInput extends SearchFilters {
  projectId: string;
  /** The searcher: private notes are found only by their author. */
  userId: string;
  limit: number;
  after?: SearchCursor;
}

export interface Statement {
  text: string;
  values: unknown[];
}

export const CANDIDATES_PER_KIND = 500;

/**
 * Run in the statement's transaction (one statement, so that it can be prepared like the rest).
 * Told to stop at a kind's cap, the planner bets on reading the table in order until enough rows
 * match; with the matches of a common word spread over half a million rows it loses that bet by a
 * factor of ten (350 ms against 40 ms at the target scale, bench/RESULTS.md). Without the
 * sequential scan it walks the index: the words' for a rare word, the kind's for a common one.
 * The search is planned for its words each time: a prepared statement's generic plan (see
 * lib/db/client.ts) cannot fold the query's tsquery into a constant, and builds it again for every
 * row it tests (50 ms against 33 on average).
 */
export const SEARCH_PLANNER_SETTING =
  "SELECT set_config('enable_seqscan', 'off', true), set_config('plan_cache_mode', 'force_custom_plan', true)";
/** Misspelt names are looked for only when nothing matches as typed, and this many at most. */
const FUZZY_CANDIDATES = 200;
/** Below three characters, trigrams match almost everything: words only. */
const MIN_TRIGRAM_LENGTH = 3;

const ENTRY_KINDS = ["claim", "source", "reading", "passage", "translation", "annotation", "image"] as const;
type EntryKind = (typeof ENTRY_KINDS)[number];

const SELECT_MARKS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
const TITLE_HEADLINE = `HighlightAll=true, ${SELECT_MARKS}`;
const BODY_HEADLINE = `MaxFragments=2, MaxWords=35, MinWords=15, ShortWord=2, FragmentDelimiter=" … ", ${SELECT_MARKS}`;
/** Texts up to this length are shown whole, with their matches marked. */
const WHOLE_BODY_LENGTH = 320;

function looksLikeReference(q: string): boolean {
  return /[\p{N}/.,:;()[\]-]/u.test(q);
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function kindsWanted(filter: SearchFilters["kind"]): Set<EntryKind> {
  if (!filter) return new Set(ENTRY_KINDS);
  return new Set(filter === "passage" ? ["passage", "translation"] : [filter]);
}

const kindIn = (kinds: readonly EntryKind[]) =>
  kinds.length === 1
    ? `e.kind = '${kinds[0]}'`
    : `e.kind IN (${kinds.map((kind) => `'${kind}'`).join(", ")})`;

/**
 * One page of hits in rank order with the number of matches: the words' rank (title above
 * names above body, by the text's length) plus half the trigram similarity of names and
 * references; then the marked-up title and snippet of just that page's rows. One statement.
 */
export function searchStatement(input: SearchStatementInput): Statement {
  const values: unknown[] = [input.projectId, input.q, input.userId];
  const bind = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const trigrams = input.q.length >= MIN_TRIGRAM_LENGTH;

  const where = [`e."projectId" = $1`, `(NOT e."isPrivate" OR e."authorId" = $3)`];
  const joins: string[] = [];
  if (input.stance) {
    const stance = `${bind(input.stance)}::"Stance"`;
    where.push(`(
      (e.kind IN ('passage', 'translation', 'image') AND EXISTS (SELECT 1 FROM "Evidence" v WHERE v."passageId" = e."passageId" AND v.stance = ${stance}))
      OR (e.kind = 'source' AND EXISTS (SELECT 1 FROM "Evidence" v WHERE v."sourceId" = e."entityId" AND v.stance = ${stance}))
      OR (e.kind = 'claim' AND EXISTS (SELECT 1 FROM "Evidence" v WHERE v."supportingClaimId" = e."entityId" AND v.stance = ${stance}))
      OR (e.kind = 'reading' AND EXISTS (SELECT 1 FROM "ReadingClaimStance" s WHERE s."readingId" = e."entityId" AND s.stance = ${stance})))`);
  }
  if (input.observerId) {
    const observer = bind(input.observerId);
    where.push(`(e."observerId" = ${observer} OR e."sourceId" IN (
      SELECT r."documentingSourceId" FROM "Reading" r
      WHERE r."projectId" = $1 AND r."observerId" = ${observer} AND r."documentingSourceId" IS NOT NULL))`);
  }
  if (input.from || input.to || input.archive) joins.push(`LEFT JOIN "Source" fs ON fs.id = e."sourceId"`);
  if (input.from || input.to) {
    joins.push(
      `LEFT JOIN "Reading" fr ON fr.id = e."readingId"`,
      `LEFT JOIN "Claim" fc ON fc.id = e."claimId"`,
    );
    // An item is dated by its reading, else the period its claim covers, else its source's date.
    if (input.from) {
      where.push(
        `coalesce(fr."readAtEnd", fc."periodEnd", fs."issuedEnd") >= ${bind(isoDay(input.from))}::date`,
      );
    }
    if (input.to) {
      where.push(
        `coalesce(fr."readAtStart", fc."periodStart", fs."issuedStart") <= ${bind(isoDay(input.to))}::date`,
      );
    }
  }
  if (input.archive) {
    const archive = bind(input.archive);
    where.push(`(fs.archive ILIKE ${archive} OR fs."archiveRepository" ILIKE ${archive})`);
  }

  const wanted = kindsWanted(input.kind);
  const columns = `e.kind, e."entityId", e."sourceId", e."passageId", e."claimId", e."readingId", e."observerId",
         e.language, e.title, e.body, e.names, e.document`;
  const from = [`"SearchEntry" e`, ...joins].join(" ");
  const part = (name: string, kinds: readonly EntryKind[], match: string, cap: number) => {
    const chosen = kinds.filter((kind) => wanted.has(kind));
    if (!chosen.length) return null;
    return `(SELECT ${columns}, '${name}' AS part FROM ${from}
    WHERE ${[...where, kindIn(chosen), match].join(" AND ")} LIMIT ${cap})`;
  };
  const words = "e.document @@ apparatus_search_query($2)";
  // A reference or a number ("FO 371/22286", "f. 17") is matched as typed, within names; a word
  // needs no such scan, the words found it.
  const pattern = trigrams && looksLikeReference(input.q) ? bind(`%${escapeLike(input.q)}%`) : null;
  const parts = [
    // One part per kind, so that the index, not the table, tells the kinds apart.
    ...ENTRY_KINDS.map((kind) => part(kind, [kind], words, CANDIDATES_PER_KIND)),
    pattern &&
      part("reference", ENTRY_KINDS, `e.names ILIKE ${pattern} AND NOT ${words}`, CANDIDATES_PER_KIND),
  ].filter(Boolean);
  const fuzzy = trigrams && part("fuzzy", ENTRY_KINDS, `$2 <% e.names`, FUZZY_CANDIDATES);
  const cap = bind(CANDIDATES_PER_KIND);
  const trigramRank = trigrams
    ? `+ CASE WHEN m.names <> '' THEN word_similarity($2, m.names) * 0.5 ELSE 0 END`
    : "";

  let after = "";
  if (input.after) {
    const rank = bind(input.after.rank);
    const kind = bind(input.after.kind);
    const id = bind(input.after.id);
    after = `WHERE (rank < ${rank}::real OR (rank = ${rank}::real AND (kind::text, "entityId") > (${kind}, ${id})))`;
  }
  const limit = bind(input.limit + 1);
  const titleOptions = bind(TITLE_HEADLINE);
  const bodyOptions = bind(BODY_HEADLINE);

  const text = `
WITH candidates AS (
  ${parts.length ? parts.join("\n  UNION ALL\n  ") : `SELECT ${columns}, '' AS part FROM "SearchEntry" e WHERE false`}
), matched AS (
  SELECT * FROM candidates
  ${fuzzy ? `UNION ALL SELECT * FROM ${fuzzy} AS fuzzy WHERE NOT EXISTS (SELECT 1 FROM candidates)` : ""}
), counted AS (
  SELECT coalesce(sum(n), 0)::int AS total, coalesce(bool_or(n >= ${cap}), false) AS more
  FROM (SELECT part, count(*) AS n FROM matched GROUP BY part) parts
), ranked AS (
  SELECT m.kind, m."entityId", m."sourceId", m."passageId", m."claimId", m."readingId", m."observerId",
         m.language, m.title, m.body,
         (ts_rank(m.document, apparatus_search_query($2), 1) ${trigramRank})::real AS rank
  FROM matched m
), page AS (
  SELECT * FROM ranked ${after}
  ORDER BY rank DESC, kind::text, "entityId"
  LIMIT ${limit}
)
SELECT counted.total, counted.more,
       page.kind::text AS kind, page."entityId" AS id, page.rank::text AS rank, page.language,
       page."sourceId", page."passageId", page."claimId", page."readingId", page."observerId",
       ts_headline(apparatus_search_config(page.language), page.title, apparatus_search_query($2), ${titleOptions}) AS "titleMarked",
       ts_headline(apparatus_search_config(page.language), page.body, apparatus_search_query($2),
                   CASE WHEN length(page.body) <= ${WHOLE_BODY_LENGTH} THEN ${titleOptions} ELSE ${bodyOptions} END) AS "bodyMarked",
       s.title AS "sourceTitle", s."containerTitle" AS "sourceContainer", s."issuedEdtf" AS "sourceIssued",
       coalesce(apparatus_archive_reference(s."archivalScheme", s."archiveRepository", s."archiveCollection",
                  s."archiveSeries", s."archiveFile", s."archiveItem", s."archiveFolio", s."archivePage"),
                s."archiveLocation") AS "sourceArchiveReference",
       p.page AS "passagePage", p.folio AS "passageFolio", p.position AS "passagePosition",
       -- How many passages of its source come before it: the source page shows them a page at a time.
       (SELECT count(*)::int FROM "Passage" q WHERE q."sourceId" = p."sourceId"
          AND (q.position, q.id) < (p.position, p.id)) AS "passageIndex",
       c.number AS "claimNumber", o.name AS "observerName", a.visibility::text AS "noteVisibility"
FROM counted
LEFT JOIN page ON true
LEFT JOIN "Source" s ON s.id = page."sourceId"
LEFT JOIN "Passage" p ON p.id = page."passageId"
LEFT JOIN "Claim" c ON c.id = page."claimId"
LEFT JOIN "Observer" o ON o.id = page."observerId"
LEFT JOIN "Annotation" a ON page.kind = 'annotation' AND a.id = page."entityId"
ORDER BY page.rank DESC, page.kind::text, page."entityId"`;
  return { text, values };
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
