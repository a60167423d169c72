import type { NoteRun } from "@/lib/citations/chicago-note";
import type { AnswerValue, ObserverKind, Stance } from "@/lib/db/generated/enums";
import type { ScanPlace } from "@/lib/regions/types";
import type { SourceReference } from "@/lib/sources/types";

export type { AnswerValue, ObserverKind };

/** A date as stored (EDTF), in words, and its first and last day (YYYY-MM-DD). */
export interface DateSpan {
  edtf: string | null;
  text: string | null;
  start: string | null;
  end: string | null;
}

/** A source cited with a pinpoint: short form for the matrix, full Chicago note for exports. */
export interface Citation {
  source: SourceReference;
  locator: string | null;
  /** The short citation with the pinpoint, for the matrix and the reading cards. */
  short: string;
  /** The full first note, plain text. */
  note: string;
  /** The same note as runs, with the italics of book and newspaper titles. */
  noteRuns: NoteRun[];
}

export interface ObserverSummary {
  id: string;
  name: string;
  kind: ObserverKind;
  activeFrom: number | null;
  activeTo: number | null;
  affiliation: { id: string; name: string } | null;
}

export interface PassageExcerpt {
  id: string;
  sourceId: string;
  text: string;
  language: string | null;
  locator: string | null;
  translations: { language: string; text: string }[];
  /** Where it stands on the source's photos (the comparison's own passages only). */
  scans?: ScanPlace[];
}

export interface ReadingView {
  id: string;
  observerId: string;
  source: SourceReference;
  readAt: DateSpan;
  summary: string;
  documentation: Citation | null;
  phrases: { id: string; text: string; passage: PassageExcerpt | null }[];
  claimStances: { claimId: string; number: number; statement: string; stance: Stance; note: string | null }[];
  version: number;
  createdById: string | null;
}

export interface AnswerView {
  id: string;
  questionId: string;
  observerId: string;
  readingId: string | null;
  value: AnswerValue;
  note: string | null;
  citation: Citation | null;
  version: number;
  createdById: string | null;
}

export interface QuestionView {
  id: string;
  text: string;
  position: number;
  version: number;
  createdById: string | null;
  /** Its answers other than "silent" differ. */
  disagreement: boolean;
}

/** How observers read one source: who, what the historian asked, what each answered, and when. */
export interface Comparison {
  source: SourceReference & { date: DateSpan; note: string; noteRuns: NoteRun[] };
  /** The source's own passages, for the texts side by side. */
  passages: PassageExcerpt[];
  observers: ObserverSummary[];
  questions: QuestionView[];
  answers: AnswerView[];
  readings: ReadingView[];
  /**
   * How many readings, questions and passages the source has: more than are shown when a list
   * exceeds its bound (COMPARISON_LIMITS).
   */
  totals: { readings: number; questions: number; passages: number };
}
