import "server-only";
import { chicagoNote, folioForm, noteText } from "@/lib/citations/chicago-note";
import { listClaimOptions } from "@/lib/claims/data";
import { formatEdtf } from "@/lib/dates/edtf";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ObserverKind } from "@/lib/db/generated/enums";
import { ascendingAfter, toPage } from "@/lib/db/keyset";
import { passageLocator } from "@/lib/evidence/data";
import { listPassageOptions } from "@/lib/passages/data";
import type { ProjectAccess } from "@/lib/projects/types";
import { scanPlacesOfPassages } from "@/lib/regions/data";
import { composeArchiveLocation } from "@/lib/sources/archival-locator";
import { listSourceOptions } from "@/lib/sources/data";
import { sourceReferenceSelect, toSourceReference } from "@/lib/sources/reference";
import { disagreeingQuestions } from "./disagreement";
import type { MatrixSourceCursor, ObserverReadingCursor } from "./schema";
import type {
  AnswerView,
  Citation,
  Comparison,
  DateSpan,
  ObserverSummary,
  PassageExcerpt,
  ReadingView,
} from "./types";

// ─── Project of an item, for the access check of routes that name only the item ─────────────

export async function findObserverProjectId(observerId: string) {
  const row = await prisma.observer.findUnique({ where: { id: observerId }, select: { projectId: true } });
  return row?.projectId ?? null;
}

export async function findReadingProjectId(readingId: string) {
  const row = await prisma.reading.findUnique({ where: { id: readingId }, select: { projectId: true } });
  return row?.projectId ?? null;
}

export async function findQuestionProjectId(questionId: string) {
  const row = await prisma.comparisonQuestion.findUnique({
    where: { id: questionId },
    select: { projectId: true },
  });
  return row?.projectId ?? null;
}

export async function findAnswerProjectId(answerId: string) {
  const row = await prisma.comparisonAnswer.findUnique({
    where: { id: answerId },
    select: { question: { select: { projectId: true } } },
  });
  return row?.question.projectId ?? null;
}

// ─── Shapes shared by the views ──────────────────────────────────────────────────────────────

/** What a full Chicago note needs of a source, beyond its short reference. */
const citableSourceSelect = {
  ...sourceReferenceSelect,
  contributors: {
    where: { role: { in: ["author" as const, "recipient" as const, "editor" as const] } },
    orderBy: { position: "asc" as const },
    select: { role: true, family: true, given: true, literal: true },
  },
  volume: true,
  issue: true,
  edition: true,
  publisher: true,
  publisherPlace: true,
  archivePlace: true,
  url: true,
} satisfies Prisma.SourceSelect;

type CitableSourceRow = Prisma.SourceGetPayload<{ select: typeof citableSourceSelect }>;

function noteRunsOf(source: CitableSourceRow, locator: string | null) {
  const names = (role: "author" | "recipient" | "editor") =>
    source.contributors.filter((person) => person.role === role);
  return chicagoNote(
    {
      ...source,
      authors: names("author"),
      recipients: names("recipient"),
      editors: names("editor"),
      archiveLocation: composeArchiveLocation(source),
    },
    locator,
  );
}

function referenceOf(source: CitableSourceRow) {
  return toSourceReference({
    ...source,
    contributors: source.contributors.filter((person) => person.role === "author"),
  });
}

function citationOf(source: CitableSourceRow | null, locator: string | null): Citation | null {
  if (!source) return null;
  const noteRuns = noteRunsOf(source, locator);
  const reference = referenceOf(source);
  // An archival reference often ends with the folio the pinpoint names: say it once.
  const short =
    locator && !folioForm(reference.shortCitation).includes(folioForm(locator))
      ? `${reference.shortCitation}, ${locator}`
      : reference.shortCitation;
  return { source: reference, locator, short, note: noteText(noteRuns), noteRuns };
}

function isoDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

function dateSpan(edtf: string | null, start: Date | null, end: Date | null): DateSpan {
  return { edtf, text: edtf ? formatEdtf(edtf) : null, start: isoDay(start), end: isoDay(end) };
}

const observerSummarySelect = {
  id: true,
  name: true,
  kind: true,
  activeFrom: true,
  activeTo: true,
  affiliation: { select: { id: true, name: true } },
} satisfies Prisma.ObserverSelect;

const readingViewInclude = {
  source: { select: sourceReferenceSelect },
  documentingSource: { select: citableSourceSelect },
  phrases: {
    orderBy: { position: "asc" as const },
    include: { passage: { include: { translations: { orderBy: { createdAt: "asc" as const } } } } },
  },
  claimStances: {
    include: { claim: { select: { id: true, number: true, statement: true } } },
    orderBy: { claim: { number: "asc" as const } },
  },
} satisfies Prisma.ReadingInclude;

type ReadingViewRow = Prisma.ReadingGetPayload<{ include: typeof readingViewInclude }>;

/** Readings in date order; undated ones last. */
const readingDateOrder: Prisma.ReadingOrderByWithRelationInput[] = [
  { readAtStart: { sort: "asc", nulls: "last" } },
  { readAtEnd: { sort: "asc", nulls: "last" } },
  { createdAt: "asc" },
  { id: "asc" },
];

type PassageRow = Prisma.PassageGetPayload<{ include: { translations: true } }>;

function toPassageExcerpt(passage: PassageRow): PassageExcerpt {
  return {
    id: passage.id,
    sourceId: passage.sourceId,
    text: passage.text,
    language: passage.language,
    locator: passageLocator(passage),
    translations: passage.translations.map(({ language, text }) => ({ language, text })),
  };
}

function toReadingView(row: ReadingViewRow): ReadingView {
  return {
    id: row.id,
    observerId: row.observerId,
    source: toSourceReference(row.source),
    readAt: dateSpan(row.readAtEdtf, row.readAtStart, row.readAtEnd),
    summary: row.summary,
    documentation: citationOf(row.documentingSource, row.documentingLocator),
    phrases: row.phrases.map((phrase) => ({
      id: phrase.id,
      text: phrase.text,
      passage: phrase.passage && toPassageExcerpt(phrase.passage),
    })),
    claimStances: row.claimStances.map((item) => ({
      claimId: item.claim.id,
      number: item.claim.number,
      statement: item.claim.statement,
      stance: item.stance,
      note: item.note,
    })),
    version: row.version,
    createdById: row.createdById,
  };
}

// ─── Observers ───────────────────────────────────────────────────────────────────────────────

export async function listObservers(
  access: ProjectAccess,
  query: { limit: number; after?: { key: string; id: string }; kind?: ObserverKind; q?: string },
) {
  const filters: Prisma.ObserverWhereInput[] = [{ projectId: access.projectId }];
  if (query.kind) filters.push({ kind: query.kind });
  if (query.q) filters.push({ name: { contains: query.q, mode: "insensitive" } });
  if (query.after) {
    filters.push(ascendingAfter("name", { name: query.after.key, id: query.after.id }));
  }
  const rows = await prisma.observer.findMany({
    where: { AND: filters },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: query.limit + 1,
    select: {
      ...observerSummarySelect,
      note: true,
      version: true,
      createdById: true,
    },
  });
  // Counted for the page's rows only (Prisma's _count would aggregate every reading first).
  const counts = await prisma.reading.groupBy({
    by: ["observerId"],
    where: { observerId: { in: rows.map((row) => row.id) } },
    _count: { _all: true },
  });
  const readings = new Map(counts.map((row) => [row.observerId, row._count._all]));
  const data = rows.map((row) => ({ ...row, readingCount: readings.get(row.id) ?? 0 }));
  return toPage(data, query.limit, (observer) => ({ key: observer.name, id: observer.id }));
}

export const OBSERVER_READINGS_PAGE = 50;

/** Readings after a keyset position in the order (readAtStart, undated last; id). */
function readingsAfter(at: ObserverReadingCursor): Prisma.ReadingWhereInput {
  if (at.readAtStart === null) return { readAtStart: null, id: { gt: at.id } };
  const day = new Date(`${at.readAtStart}T00:00:00Z`);
  return {
    OR: [{ readAtStart: { gt: day } }, { readAtStart: day, id: { gt: at.id } }, { readAtStart: null }],
  };
}

/**
 * An observer with its affiliation, the bodies under it, and one page of its readings in date
 * order (a newspaper may have read thousands of sources), with their number and the next page's
 * cursor.
 */
export async function getObserverDetail(
  access: ProjectAccess,
  observerId: string,
  readingPage: { limit: number; after?: ObserverReadingCursor } = { limit: OBSERVER_READINGS_PAGE },
) {
  const observer = await prisma.observer.findFirst({
    where: { id: observerId, projectId: access.projectId },
    include: {
      affiliation: { select: { id: true, name: true, kind: true } },
      members: { select: { id: true, name: true, kind: true }, orderBy: { name: "asc" }, take: 200 },
      readings: {
        where: readingPage.after ? readingsAfter(readingPage.after) : undefined,
        include: readingViewInclude,
        orderBy: [{ readAtStart: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        take: readingPage.limit + 1,
      },
      _count: { select: { answers: true, readings: true, members: true } },
    },
  });
  if (!observer) return null;
  const { readings: readingRows, _count, ...fields } = observer;
  const readings = toPage(readingRows, readingPage.limit, (reading) => ({
    readAtStart: isoDay(reading.readAtStart),
    id: reading.id,
  }));
  return {
    ...fields,
    answerCount: _count.answers,
    memberCount: _count.members,
    readings: readings.data.map(toReadingView),
    readingCount: _count.readings,
    /** The cursor of the next page of readings, when there is one. */
    readingsNextCursor: readings.nextCursor,
  };
}
export type ObserverDetail = NonNullable<Awaited<ReturnType<typeof getObserverDetail>>>;

/** Observers for pickers: name and kind, alphabetical. */
export function listObserverOptions(access: ProjectAccess) {
  return prisma.observer.findMany({
    where: { projectId: access.projectId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, kind: true, affiliationId: true },
    take: 2000,
  });
}

// ─── Readings ────────────────────────────────────────────────────────────────────────────────

function excerpt(text: string, length = 70) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function sourceLabel(source: { title: string; containerTitle: string | null; issuedEdtf: string | null }) {
  return [source.title, source.containerTitle, source.issuedEdtf && formatEdtf(source.issuedEdtf)]
    .filter(Boolean)
    .join(", ");
}

/** Sources an answer may cite, labelled for a picker. */
export async function listCitationOptions(access: ProjectAccess) {
  const sources = await prisma.source.findMany({
    where: { projectId: access.projectId },
    orderBy: { title: "asc" },
    take: 2000,
    select: { id: true, title: true, containerTitle: true, issuedEdtf: true },
  });
  return sources.map((source) => ({ id: source.id, label: sourceLabel(source) }));
}

/**
 * The choices of the reading form, labelled: observers, sources, claims, and the passages of the
 * sources named (the reading's own when editing), so that they show at once. The form loads the
 * passages of any other source when it is chosen.
 */
export async function getReadingFormOptions(access: ProjectAccess, sourceIds: string[] = []) {
  const [observers, sources, passages, claims] = await Promise.all([
    listObserverOptions(access),
    listSourceOptions(access, sourceIds),
    listPassageOptions(access, sourceIds, { recentSources: 0 }),
    listClaimOptions(access),
  ]);
  return {
    passagesLoadedFor: sourceIds,
    observers: observers.map(({ id, name }) => ({ id, name })),
    sources: sources.map((source) => ({ id: source.id, label: sourceLabel(source) })),
    passages,
    claims: claims.map((claim) => ({
      id: claim.id,
      label: `C${claim.number} ${excerpt(claim.statement, 90)}`,
    })),
  };
}

const readingRowInclude = {
  phrases: { orderBy: { position: "asc" as const } },
  claimStances: { orderBy: { id: "asc" as const } },
} satisfies Prisma.ReadingInclude;

export async function listReadings(
  access: ProjectAccess,
  query: { limit: number; after?: { id: string }; observerId?: string; sourceId?: string },
) {
  const rows = await prisma.reading.findMany({
    where: {
      projectId: access.projectId,
      ...(query.observerId ? { observerId: query.observerId } : {}),
      ...(query.sourceId ? { sourceId: query.sourceId } : {}),
      ...(query.after ? { id: { gt: query.after.id } } : {}),
    },
    orderBy: { id: "asc" },
    take: query.limit + 1,
    include: readingRowInclude,
  });
  return toPage(rows, query.limit, (row) => ({ id: row.id }));
}

/** A reading as stored, with its phrases and stances (the API's item, and the edit form's values). */
export function getReading(access: ProjectAccess, readingId: string) {
  return prisma.reading.findFirst({
    where: { id: readingId, projectId: access.projectId },
    include: readingRowInclude,
  });
}

export const MATRIX_SOURCES_PAGE = 25;
/** More readings than this among one page of sources is not a table anyone reads: the rest is left out, and said so. */
export const MATRIX_READINGS_LIMIT = 1000;

/** Sources after a keyset position in the order (issuedStart, undated last; title; id). */
function sourcesAfter(at: MatrixSourceCursor): Prisma.SourceWhereInput {
  const sameDayAfter = (issuedStart: Date | null): Prisma.SourceWhereInput => ({
    issuedStart,
    ...ascendingAfter("title", at),
  });
  if (at.issuedStart === null) return sameDayAfter(null);
  const day = new Date(`${at.issuedStart}T00:00:00Z`);
  return { OR: [{ issuedStart: { gt: day } }, sameDayAfter(day), { issuedStart: null }] };
}

/**
 * Who read what, and when: one page of the sources that have been read (by date, then title)
 * against the observers who read any of them, with the readings in each cell. Two statements
 * whatever the project's size: the page of sources, then their readings with their observers
 * (at most MATRIX_READINGS_LIMIT; `readingsLeftOut` says when there were more).
 */
export async function getReadingMatrix(
  access: ProjectAccess,
  page: { limit: number; after?: MatrixSourceCursor } = { limit: MATRIX_SOURCES_PAGE },
) {
  const sourceRows = await prisma.source.findMany({
    where: {
      projectId: access.projectId,
      readingsOf: { some: {} },
      ...(page.after ? sourcesAfter(page.after) : {}),
    },
    orderBy: [{ issuedStart: { sort: "asc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
    take: page.limit + 1,
    select: { ...sourceReferenceSelect, issuedStart: true },
  });
  const sources = toPage(sourceRows, page.limit, (source) => ({
    issuedStart: isoDay(source.issuedStart),
    title: source.title,
    id: source.id,
  }));
  const readingRows = sources.data.length
    ? await prisma.reading.findMany({
        where: { projectId: access.projectId, sourceId: { in: sources.data.map((source) => source.id) } },
        orderBy: readingDateOrder,
        take: MATRIX_READINGS_LIMIT + 1,
        select: {
          id: true,
          observerId: true,
          sourceId: true,
          readAtEdtf: true,
          summary: true,
          observer: { select: observerSummarySelect },
        },
      })
    : [];
  const readings = readingRows.slice(0, MATRIX_READINGS_LIMIT);
  const observers = new Map<string, ObserverSummary>();
  for (const reading of readings) observers.set(reading.observer.id, reading.observer);
  return {
    observers: [...observers.values()].sort(
      (a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    ),
    sources: sources.data.map(toSourceReference),
    readings: readings.map((reading) => ({
      id: reading.id,
      observerId: reading.observerId,
      sourceId: reading.sourceId,
      readAt: reading.readAtEdtf ? formatEdtf(reading.readAtEdtf) : null,
      summary: reading.summary,
    })),
    /** There were more readings of these sources than MATRIX_READINGS_LIMIT. */
    readingsLeftOut: readingRows.length > MATRIX_READINGS_LIMIT,
    /** The cursor of the next page of sources, when there is one. */
    nextCursor: sources.nextCursor,
  };
}
export type ReadingMatrix = Awaited<ReturnType<typeof getReadingMatrix>>;

// ─── Questions and answers ───────────────────────────────────────────────────────────────────

export async function listQuestions(
  access: ProjectAccess,
  sourceId: string,
  query: { limit: number; after?: { position: number; id: string } },
) {
  const { after } = query;
  const rows = await prisma.comparisonQuestion.findMany({
    where: {
      projectId: access.projectId,
      sourceId,
      ...(after ? ascendingAfter("position", after) : {}),
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    take: query.limit + 1,
  });
  return toPage(rows, query.limit, (row) => ({ position: row.position, id: row.id }));
}

/** A question with its answers. */
export function getQuestion(access: ProjectAccess, questionId: string) {
  return prisma.comparisonQuestion.findFirst({
    where: { id: questionId, projectId: access.projectId },
    include: { answers: { orderBy: { id: "asc" } } },
  });
}

export async function listAnswers(
  access: ProjectAccess,
  questionId: string,
  query: { limit: number; after?: { id: string } },
) {
  const rows = await prisma.comparisonAnswer.findMany({
    where: {
      questionId,
      question: { projectId: access.projectId },
      ...(query.after ? { id: { gt: query.after.id } } : {}),
    },
    orderBy: { id: "asc" },
    take: query.limit + 1,
  });
  return toPage(rows, query.limit, (row) => ({ id: row.id }));
}

export function getAnswer(access: ProjectAccess, answerId: string) {
  return prisma.comparisonAnswer.findFirst({
    where: { id: answerId, question: { projectId: access.projectId } },
  });
}

// ─── The comparison of a source ──────────────────────────────────────────────────────────────

/**
 * What a comparison shows at most of a source's readings (date order), questions and passages
 * (in order). A source is read by tens of observers in practice; beyond these the page, the API
 * and the exports say how many there are and show the first ones.
 */
export const COMPARISON_LIMITS = { readings: 200, questions: 100, passages: 100 } as const;

/**
 * How observers read one source, in four queries: the source with its first passages and its
 * numbers of readings, questions and passages, its first readings (with the passages their
 * phrases refer to), its first questions with their answers, and the observers who only answered.
 * Observers come in the order of their first reading; disagreements are marked on the questions.
 */
export async function getComparison(access: ProjectAccess, sourceId: string): Promise<Comparison | null> {
  const scope = { projectId: access.projectId, sourceId };
  const [source, readings, questions] = await Promise.all([
    prisma.source.findFirst({
      where: { id: sourceId, projectId: access.projectId },
      select: {
        ...citableSourceSelect,
        issuedStart: true,
        issuedEnd: true,
        passages: {
          orderBy: [{ position: "asc" }, { id: "asc" }],
          take: COMPARISON_LIMITS.passages,
          include: { translations: { orderBy: { createdAt: "asc" } } },
        },
        _count: { select: { readingsOf: true, questions: true, passages: true } },
      },
    }),
    prisma.reading.findMany({
      where: scope,
      orderBy: readingDateOrder,
      take: COMPARISON_LIMITS.readings,
      include: { ...readingViewInclude, observer: { select: observerSummarySelect } },
    }),
    prisma.comparisonQuestion.findMany({
      where: scope,
      orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      take: COMPARISON_LIMITS.questions,
      include: {
        answers: { include: { citedSource: { select: citableSourceSelect } }, orderBy: { id: "asc" } },
      },
    }),
  ]);
  if (!source) return null;

  const observers = new Map<string, ObserverSummary>();
  for (const reading of readings) observers.set(reading.observer.id, reading.observer);
  const answerRows = questions.flatMap((question) => question.answers);
  const answeringOnly = [...new Set(answerRows.map((answer) => answer.observerId))].filter(
    (id) => !observers.has(id),
  );
  if (answeringOnly.length) {
    const others = await prisma.observer.findMany({
      where: { projectId: access.projectId, id: { in: answeringOnly } },
      orderBy: { name: "asc" },
      select: observerSummarySelect,
    });
    for (const observer of others) observers.set(observer.id, observer);
  }

  const answers: AnswerView[] = answerRows.map((answer) => ({
    id: answer.id,
    questionId: answer.questionId,
    observerId: answer.observerId,
    readingId: answer.readingId,
    value: answer.value,
    note: answer.note,
    citation: citationOf(answer.citedSource, answer.citedLocator),
    version: answer.version,
    createdById: answer.createdById,
  }));
  const disagreements = disagreeingQuestions(answers);
  const noteRuns = noteRunsOf(source, null);
  const scans = await scanPlacesOfPassages(
    access,
    source.passages.map((passage) => passage.id),
  );

  return {
    source: {
      ...referenceOf(source),
      date: dateSpan(source.issuedEdtf, source.issuedStart, source.issuedEnd),
      note: noteText(noteRuns),
      noteRuns,
    },
    passages: source.passages.map((passage) => ({
      ...toPassageExcerpt(passage),
      scans: scans.get(passage.id) ?? [],
    })),
    observers: [...observers.values()],
    questions: questions.map((question) => ({
      id: question.id,
      text: question.text,
      position: question.position,
      version: question.version,
      createdById: question.createdById,
      disagreement: disagreements.has(question.id),
    })),
    answers,
    readings: readings.map(toReadingView),
    totals: {
      readings: source._count.readingsOf,
      questions: source._count.questions,
      passages: source._count.passages,
    },
  };
}
