import { z } from "zod";
import { STANCES } from "@/lib/claims/schema";
import { entityId, historicalDate, optionalText, requiredText, version } from "@/lib/validation/fields";
import { pageQuerySchema } from "@/lib/validation/page-query";

export const OBSERVER_KINDS = [
  "person",
  "newspaper",
  "embassy",
  "ministry_department",
  "intelligence_service",
  "party_body",
  "historian",
  "institution",
] as const;

export const OBSERVER_KIND_LABEL: Record<(typeof OBSERVER_KINDS)[number], string> = {
  person: "Person",
  newspaper: "Newspaper",
  embassy: "Embassy",
  ministry_department: "Ministry department",
  intelligence_service: "Intelligence service",
  party_body: "Party body",
  historian: "Historian",
  institution: "Institution",
};

export const ANSWER_VALUES = ["yes", "no", "ambiguous", "silent"] as const;

export const ANSWER_LABEL: Record<(typeof ANSWER_VALUES)[number], string> = {
  yes: "Yes",
  no: "No",
  ambiguous: "Ambiguous",
  silent: "Silent",
};

// ─── Observers ───────────────────────────────────────────────────────────────────────────────

const kind = z.enum(OBSERVER_KINDS, { message: `Kind must be one of ${OBSERVER_KINDS.join(", ")}` });

const year = z
  .number({ message: "A year, such as 1938" })
  .int("A year, such as 1938")
  .min(1, "A year, such as 1938")
  .max(2200, "A year, such as 1938")
  .nullish();

const affiliationId = entityId.nullish();

// No defaults here: a partial update must leave absent fields alone (zod applies defaults even
// inside .partial()).
const observerFields = z.object({
  name: requiredText(300, "Name the observer: a newspaper, an embassy, a department, a person"),
  kind,
  activeFrom: year,
  activeTo: year,
  /** The body the observer belongs to: the Embassy in Moscow under the Foreign Office. */
  affiliationId,
  note: optionalText(20_000),
});

function yearsInOrder(fields: { activeFrom?: number | null; activeTo?: number | null }) {
  return !(fields.activeFrom && fields.activeTo && fields.activeTo < fields.activeFrom);
}
const yearsInOrderIssue = { message: "The last year active comes after the first", path: ["activeTo"] };

export const observerFieldsSchema = observerFields.refine(yearsInOrder, yearsInOrderIssue);
export type ObserverFields = z.infer<typeof observerFieldsSchema>;
export const updateObserverSchema = observerFields
  .partial()
  .extend({ version })
  .refine(yearsInOrder, yearsInOrderIssue);
export type UpdateObserverInput = z.infer<typeof updateObserverSchema>;

export const createObserverActionSchema = observerFields
  .extend({ projectId: entityId })
  .refine(yearsInOrder, yearsInOrderIssue);
export const updateObserverActionSchema = observerFields
  .partial()
  .extend({ version, observerId: entityId })
  .refine(yearsInOrder, yearsInOrderIssue);
export const deleteObserverSchema = z.object({ observerId: entityId });

export const observerListQuerySchema = pageQuerySchema.extend({
  kind: kind.optional(),
  q: z.string().trim().max(200).optional(),
});

// ─── Readings ────────────────────────────────────────────────────────────────────────────────

export const readingPhraseSchema = z.object({
  text: requiredText(2000, "Give the phrase as the observer quoted or stressed it"),
  /** The passage of the source read (or of the documenting source) the phrase comes from. */
  passageId: entityId.nullish(),
});

export const readingClaimStanceSchema = z.object({
  claimId: entityId,
  stance: z.enum(STANCES, { message: `Stance must be one of ${STANCES.join(", ")}` }),
  note: optionalText(2000),
});

const claimStances = z
  .array(readingClaimStanceSchema)
  .max(50, "At most 50 claims")
  .refine((list) => new Set(list.map((item) => item.claimId)).size === list.length, {
    message: "Each claim once: a reading takes one stance toward a claim",
  });

const readingFields = z.object({
  observerId: entityId,
  /** The source read. */
  sourceId: entityId,
  readAt: historicalDate,
  summary: requiredText(20_000, "Say what the observer concluded"),
  /** The source that documents the reading: the observer's article, minute or dispatch. */
  documentingSourceId: entityId.nullish(),
  /** Pinpoint in the documenting source (page, folio). */
  documentingLocator: optionalText(200),
  phrases: z.array(readingPhraseSchema).max(50, "At most 50 phrases"),
  claimStances,
});

export const readingFieldsSchema = readingFields.extend({
  phrases: readingFields.shape.phrases.default([]),
  claimStances: claimStances.default([]),
});
export type ReadingFields = z.infer<typeof readingFieldsSchema>;
export const updateReadingSchema = readingFields.partial().extend({ version });
export type UpdateReadingInput = z.infer<typeof updateReadingSchema>;

export const createReadingActionSchema = readingFieldsSchema.extend({ projectId: entityId });
export const updateReadingActionSchema = updateReadingSchema.extend({ readingId: entityId });
export const deleteReadingSchema = z.object({ readingId: entityId });

/** The keyset position of a reading on its observer's page: by date (undated last), then id. */
export const observerReadingCursorSchema = z.object({
  readAtStart: z.iso.date().nullable(),
  id: z.string().max(64),
});
export type ObserverReadingCursor = z.infer<typeof observerReadingCursorSchema>;

/** The keyset position of a source across the "who read what" matrix: by date (undated last), title, id. */
export const matrixSourceCursorSchema = z.object({
  issuedStart: z.iso.date().nullable(),
  title: z.string().max(2000),
  id: z.string().max(64),
});
export type MatrixSourceCursor = z.infer<typeof matrixSourceCursorSchema>;

export const readingListQuerySchema = pageQuerySchema.extend({
  observerId: entityId.optional(),
  sourceId: entityId.optional(),
});

// ─── Comparison questions and answers ────────────────────────────────────────────────────────

const questionFields = z.object({
  text: requiredText(1000, "Write the question you ask of every reading"),
});
export const questionFieldsSchema = questionFields;
export type QuestionFields = z.infer<typeof questionFieldsSchema>;
export const updateQuestionSchema = questionFields.partial().extend({ version });
export type UpdateQuestionInput = z.infer<typeof updateQuestionSchema>;

export const createQuestionActionSchema = questionFields.extend({ sourceId: entityId });
export const updateQuestionActionSchema = updateQuestionSchema.extend({ questionId: entityId });
export const deleteQuestionSchema = z.object({ questionId: entityId });

const answerValue = z.enum(ANSWER_VALUES, { message: `Answer ${ANSWER_VALUES.join(", ")}` });

const answerFields = z.object({
  value: answerValue,
  note: optionalText(5000),
  /** The observer's reading the answer is taken from (of the question's source). */
  readingId: entityId.nullish(),
  /** The citation: the source the answer is read from, with a pinpoint. */
  citedSourceId: entityId.nullish(),
  citedLocator: optionalText(200),
});

/**
 * An observer's answer. Left out, the reading is the observer's first reading of the question's
 * source, and the citation that reading's documenting source and pinpoint; null means none.
 */
export const answerFieldsSchema = answerFields.extend({ observerId: entityId });
export type AnswerFields = z.infer<typeof answerFieldsSchema>;
export const updateAnswerSchema = answerFields.partial().extend({ version });
export type UpdateAnswerInput = z.infer<typeof updateAnswerSchema>;

export const createAnswerActionSchema = answerFieldsSchema.extend({ questionId: entityId });
export const updateAnswerActionSchema = updateAnswerSchema.extend({ answerId: entityId });
export const deleteAnswerSchema = z.object({ answerId: entityId });
