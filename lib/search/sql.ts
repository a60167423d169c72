import { MATCH_END, MATCH_START } from "./highlight";
import type { SearchCursor, SearchFilters } from "./schema";

// The search, as SQL text and values, in one place: the app runs it through Prisma, and the
// benchmark runs the very same statement with pg to show the app's overhead.

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

/** Below three characters, trigrams match almost everything: words only. */
const MIN_TRIGRAM_LENGTH = 3;
/** How many matches the count goes up to before it says "more than". */
export const COUNT_CAP = 1000;

const SELECT_MARKS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
const TITLE_HEADLINE = `HighlightAll=true, ${SELECT_MARKS}`;
const BODY_HEADLINE = `MaxFragments=2, MaxWords=35, MinWords=15, ShortWord=2, FragmentDelimiter=" … ", ${SELECT_MARKS}`;
/** Texts up to this length are shown whole, with their matches marked. */
const WHOLE_BODY_LENGTH = 320;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** The WHERE clause both statements share, with the values it binds. */
function matchClause(input: SearchStatementInput) {
  const values: unknown[] = [input.projectId, input.q, input.userId];
  const bind = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const matches = ["e.document @@ apparatus_search_query($2)"];
  if (input.q.length >= MIN_TRIGRAM_LENGTH) {
    const pattern = bind(`%${escapeLike(input.q)}%`);
    matches.push(`e.names ILIKE ${pattern}`, `$2 <% e.names`);
  }
  const where = [
    `e."projectId" = $1`,
    `(${matches.join(" OR ")})`,
    `(NOT e."isPrivate" OR e."authorId" = $3)`,
  ];
  const joins: string[] = [];

  if (input.kind) {
    where.push(
      input.kind === "passage"
        ? `e.kind IN ('passage', 'translation')`
        : `e.kind = ${bind(input.kind)}::"SearchKind"`,
    );
  }
  if (input.stance) {
    const stance = `${bind(input.stance)}::"Stance"`;
    where.push(`(
      (e.kind IN ('passage', 'translation') AND EXISTS (SELECT 1 FROM "Evidence" v WHERE v."passageId" = e."passageId" AND v.stance = ${stance}))
      OR (e.kind = 'source' AND EXISTS (SELECT 1 FROM "Evidence" v WHERE v."sourceId" = e."entityId" AND v.stance = ${stance}))
      OR (e.kind = 'claim' AND EXISTS (SELECT 1 FROM "Evidence" v WHERE v."supportingClaimId" = e."entityId" AND v.stance = ${stance}))
      OR (e.kind = 'reading' AND EXISTS (SELECT 1 FROM "ReadingClaimStance" s WHERE s."readingId" = e."entityId" AND s.stance = ${stance}))
    )`);
  }
  if (input.observerId) {
    const observer = bind(input.observerId);
    where.push(`(e."observerId" = ${observer} OR e."sourceId" IN (
      SELECT r."documentingSourceId" FROM "Reading" r
      WHERE r."projectId" = $1 AND r."observerId" = ${observer} AND r."documentingSourceId" IS NOT NULL))`);
  }
  if (input.from || input.to || input.archive) {
    joins.push(`LEFT JOIN "Source" fs ON fs.id = e."sourceId"`);
  }
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
  return { values, bind, from: [`"SearchEntry" e`, ...joins].join("\n  "), where: where.join("\n  AND ") };
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * One page of hits in rank order: the words' rank (title above names above body, by the
 * document's length) plus half the trigram similarity of names and references, then the
 * marked-up title and snippet of just that page's rows.
 */
export function searchStatement(input: SearchStatementInput): Statement {
  const { values, bind, from, where } = matchClause(input);
  const trigram =
    input.q.length >= MIN_TRIGRAM_LENGTH
      ? `+ CASE WHEN e.names <> '' THEN word_similarity($2, e.names) * 0.5 ELSE 0 END`
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
WITH matched AS (
  SELECT e.kind, e."entityId", e."sourceId", e."passageId", e."claimId", e."readingId", e."observerId",
         e.language, e.title, e.body,
         (ts_rank(e.document, apparatus_search_query($2), 1) ${trigram})::real AS rank
  FROM ${from}
  WHERE ${where}
), page AS (
  SELECT * FROM matched ${after}
  ORDER BY rank DESC, kind::text, "entityId"
  LIMIT ${limit}
)
SELECT page.kind::text AS kind, page."entityId" AS id, page.rank::text AS rank, page.language,
       page."sourceId", page."passageId", page."claimId", page."readingId", page."observerId",
       ts_headline(apparatus_search_config(page.language), page.title, apparatus_search_query($2), ${titleOptions}) AS "titleMarked",
       ts_headline(apparatus_search_config(page.language), page.body, apparatus_search_query($2),
                   CASE WHEN length(page.body) <= ${WHOLE_BODY_LENGTH} THEN ${titleOptions} ELSE ${bodyOptions} END) AS "bodyMarked",
       s.title AS "sourceTitle", s."containerTitle" AS "sourceContainer", s."issuedEdtf" AS "sourceIssued",
       s.kind::text AS "sourceKind",
       coalesce(apparatus_archive_reference(s."archivalScheme", s."archiveRepository", s."archiveCollection",
                  s."archiveSeries", s."archiveFile", s."archiveItem", s."archiveFolio", s."archivePage"),
                s."archiveLocation") AS "sourceArchiveReference",
       p.page AS "passagePage", p.folio AS "passageFolio", p.position AS "passagePosition",
       -- How many passages of its source come before it: the source page shows them a page at a time.
       (SELECT count(*)::int FROM "Passage" q WHERE q."sourceId" = p."sourceId"
          AND (q.position, q.id) < (p.position, p.id)) AS "passageIndex",
       c.number AS "claimNumber", o.name AS "observerName", a.visibility::text AS "noteVisibility"
FROM page
LEFT JOIN "Source" s ON s.id = page."sourceId"
LEFT JOIN "Passage" p ON p.id = page."passageId"
LEFT JOIN "Claim" c ON c.id = page."claimId"
LEFT JOIN "Observer" o ON o.id = page."observerId"
LEFT JOIN "Annotation" a ON page.kind = 'annotation' AND a.id = page."entityId"
ORDER BY page.rank DESC, page.kind::text, page."entityId"`;
  return { text, values };
}

/** How many items match, counted up to COUNT_CAP + 1 (the first page says "1,000+" beyond it). */
export function searchCountStatement(input: SearchStatementInput): Statement {
  const { values, bind, from, where } = matchClause(input);
  const cap = bind(COUNT_CAP + 1);
  return {
    text: `SELECT count(*)::int AS count FROM (SELECT 1 FROM ${from} WHERE ${where} LIMIT ${cap}) capped`,
    values,
  };
}
