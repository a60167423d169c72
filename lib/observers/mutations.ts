import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { conflictError } from "@/lib/history/conflict";
import { recordActivity } from "@/lib/history/mutations";
import { assertCanModify } from "@/lib/projects/access";
import { assertCanAdd, lockProject } from "@/lib/projects/guards";
import type { ProjectAccess } from "@/lib/projects/types";
import { edtfColumns } from "@/lib/validation/fields";
import type {
  AnswerFields,
  ObserverFields,
  QuestionFields,
  ReadingFields,
  UpdateAnswerInput,
  UpdateObserverInput,
  UpdateQuestionInput,
  UpdateReadingInput,
} from "./schema";

type Tx = Prisma.TransactionClient;

function excerpt(text: string, length = 60) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function invalid(field: string, message: string, summary = message): AppError {
  return new AppError("INVALID_INPUT", summary, { [field]: [message] });
}

async function sourceInProject(tx: Tx, access: ProjectAccess, sourceId: string, field: string) {
  const source = await tx.source.findFirst({
    where: { id: sourceId, projectId: access.projectId },
    select: { id: true, title: true },
  });
  if (!source) throw invalid(field, "Not a source of this project", "That source is not in this project.");
  return source;
}

async function observerInProject(tx: Tx, access: ProjectAccess, observerId: string, field: string) {
  const observer = await tx.observer.findFirst({
    where: { id: observerId, projectId: access.projectId },
    select: { id: true, name: true },
  });
  if (!observer) {
    throw invalid(field, "Not an observer of this project", "That observer is not in this project.");
  }
  return observer;
}

// ─── Observers ───────────────────────────────────────────────────────────────────────────────

/** The affiliation must be an observer of the project, and must not lead back to the observer. */
async function checkAffiliation(
  tx: Tx,
  access: ProjectAccess,
  observerId: string | null,
  affiliationId: string | null | undefined,
) {
  if (!affiliationId) return;
  await observerInProject(tx, access, affiliationId, "affiliationId");
  if (!observerId) return;
  const rows = await tx.$queryRaw<{ found: boolean }[]>`
    WITH RECURSIVE up(id) AS (
      SELECT ${affiliationId}::text
      UNION
      SELECT o."affiliationId" FROM "Observer" o JOIN up ON o.id = up.id WHERE o."affiliationId" IS NOT NULL
    )
    SELECT EXISTS (SELECT 1 FROM up WHERE id = ${observerId}) AS found`;
  if (rows[0]?.found) {
    throw invalid(
      "affiliationId",
      "An observer cannot belong to itself, directly or through others",
      "That affiliation would make a circle: the observer would belong to itself.",
    );
  }
}

export async function createObserver(access: ProjectAccess, input: ObserverFields) {
  assertCanAdd(access, "observers");
  return prisma.$transaction(async (tx) => {
    await checkAffiliation(tx, access, null, input.affiliationId);
    const observer = await tx.observer.create({
      data: { ...input, projectId: access.projectId, createdById: access.userId },
    });
    await recordActivity(tx, access, {
      action: "create",
      entityType: "observer",
      entityId: observer.id,
      label: observer.name,
      after: observer,
    });
    return observer;
  });
}

export async function updateObserver(access: ProjectAccess, observerId: string, input: UpdateObserverInput) {
  const { version, ...fields } = input;
  const outcome = await prisma.$transaction(async (tx) => {
    const before = await tx.observer.findFirst({ where: { id: observerId, projectId: access.projectId } });
    if (!before) throw new AppError("NOT_FOUND", "Observer not found.");
    assertCanModify(access, before, "observer");
    if (before.version !== version) return { saved: false as const, current: before };
    const activeFrom = fields.activeFrom === undefined ? before.activeFrom : fields.activeFrom;
    const activeTo = fields.activeTo === undefined ? before.activeTo : fields.activeTo;
    if (activeFrom && activeTo && activeTo < activeFrom) {
      throw invalid("activeTo", "The last year active comes after the first");
    }
    if (fields.affiliationId) {
      // Affiliation checks of concurrent saves must see each other.
      await lockProject(tx, access.projectId);
      await checkAffiliation(tx, access, observerId, fields.affiliationId);
    }
    const after = await tx.observer.update({
      where: { id: observerId, version },
      data: { ...fields, version: { increment: 1 } },
    });
    await recordActivity(tx, access, {
      action: "update",
      entityType: "observer",
      entityId: observerId,
      label: after.name,
      before,
      after,
    });
    return { saved: true as const, observer: after };
  });
  if (!outcome.saved) throw await conflictError(access, "observer", outcome.current, "observer");
  return outcome.observer;
}

/** Deletes an observer with its readings and answers; bodies under it lose their affiliation. */
export async function deleteObserver(access: ProjectAccess, observerId: string) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.observer.findFirst({ where: { id: observerId, projectId: access.projectId } });
    if (!before) throw new AppError("NOT_FOUND", "Observer not found.");
    assertCanModify(access, before, "observer");
    await tx.observer.delete({ where: { id: observerId } });
    await recordActivity(tx, access, {
      action: "delete",
      entityType: "observer",
      entityId: observerId,
      label: before.name,
      before,
    });
  });
}

// ─── Readings ────────────────────────────────────────────────────────────────────────────────

const withPhrasesAndStances = {
  phrases: { orderBy: { position: "asc" as const } },
  claimStances: { orderBy: { id: "asc" as const } },
} satisfies Prisma.ReadingInclude;

function readAtColumns(readAt: string | null | undefined) {
  const columns = edtfColumns(readAt);
  return columns && { readAtEdtf: columns.edtf, readAtStart: columns.start, readAtEnd: columns.end };
}

/** The indexes of phrases linked to a passage of neither the source read nor the documenting source. */
async function misplacedPhrases(
  tx: Tx,
  access: ProjectAccess,
  phrases: { passageId?: string | null }[],
  sourceIds: string[],
): Promise<number[]> {
  const passageIds = [...new Set(phrases.map((phrase) => phrase.passageId).filter(Boolean))] as string[];
  if (passageIds.length === 0) return [];
  const found = await tx.passage.findMany({
    where: { id: { in: passageIds }, projectId: access.projectId, sourceId: { in: sourceIds } },
    select: { id: true },
  });
  const allowed = new Set(found.map((passage) => passage.id));
  return phrases.flatMap((phrase, index) =>
    phrase.passageId && !allowed.has(phrase.passageId) ? [index] : [],
  );
}

async function checkClaims(tx: Tx, access: ProjectAccess, stances: { claimId: string }[]) {
  if (stances.length === 0) return;
  const found = await tx.claim.findMany({
    where: { id: { in: stances.map((item) => item.claimId) }, projectId: access.projectId },
    select: { id: true },
  });
  const known = new Set(found.map((claim) => claim.id));
  const fieldErrors = Object.fromEntries(
    stances.flatMap((item, index) =>
      known.has(item.claimId) ? [] : [[`claimStances.${index}.claimId`, ["Not a claim of this project"]]],
    ),
  );
  if (Object.keys(fieldErrors).length) {
    throw new AppError("INVALID_INPUT", "A stance names a claim that is not in this project.", fieldErrors);
  }
}

const MISPLACED_PHRASE = "Not a passage of the source read or of the documenting source";

function phraseRows(phrases: ReadingFields["phrases"]) {
  return phrases.map((phrase, position) => ({
    text: phrase.text,
    passageId: phrase.passageId ?? null,
    position,
  }));
}

function readingLabel(observer: { name: string }, source: { title: string }) {
  return `${observer.name} reading ${excerpt(source.title, 80)}`;
}

export async function createReading(access: ProjectAccess, input: ReadingFields) {
  assertCanAdd(access, "readings");
  const { readAt, phrases, claimStances, ...fields } = input;
  return prisma.$transaction(async (tx) => {
    const observer = await observerInProject(tx, access, fields.observerId, "observerId");
    const source = await sourceInProject(tx, access, fields.sourceId, "sourceId");
    if (fields.documentingSourceId) {
      await sourceInProject(tx, access, fields.documentingSourceId, "documentingSourceId");
    }
    const sourceIds = [fields.sourceId, fields.documentingSourceId].filter(Boolean) as string[];
    const misplaced = await misplacedPhrases(tx, access, phrases, sourceIds);
    if (misplaced.length) {
      throw new AppError(
        "INVALID_INPUT",
        "A phrase is linked to a passage of another source.",
        Object.fromEntries(misplaced.map((index) => [`phrases.${index}.passageId`, [MISPLACED_PHRASE]])),
      );
    }
    await checkClaims(tx, access, claimStances);
    const reading = await tx.reading.create({
      data: {
        ...fields,
        ...readAtColumns(readAt),
        projectId: access.projectId,
        createdById: access.userId,
        phrases: { create: phraseRows(phrases) },
        claimStances: { create: claimStances },
      },
      include: withPhrasesAndStances,
    });
    await recordActivity(tx, access, {
      action: "create",
      entityType: "reading",
      entityId: reading.id,
      label: readingLabel(observer, source),
      after: reading,
    });
    return reading;
  });
}

export async function updateReading(access: ProjectAccess, readingId: string, input: UpdateReadingInput) {
  const { version, readAt, phrases, claimStances, ...fields } = input;
  const outcome = await prisma.$transaction(async (tx) => {
    const before = await tx.reading.findFirst({
      where: { id: readingId, projectId: access.projectId },
      include: withPhrasesAndStances,
    });
    if (!before) throw new AppError("NOT_FOUND", "Reading not found.");
    assertCanModify(access, before, "reading");
    if (before.version !== version) return { saved: false as const, current: before };

    const observerId = fields.observerId ?? before.observerId;
    const sourceId = fields.sourceId ?? before.sourceId;
    const documentingSourceId =
      fields.documentingSourceId === undefined ? before.documentingSourceId : fields.documentingSourceId;
    const observer = await observerInProject(tx, access, observerId, "observerId");
    const source = await sourceInProject(tx, access, sourceId, "sourceId");
    if (fields.documentingSourceId) {
      await sourceInProject(tx, access, fields.documentingSourceId, "documentingSourceId");
    }
    const sourceIds = [sourceId, documentingSourceId].filter(Boolean) as string[];
    const misplaced = await misplacedPhrases(tx, access, phrases ?? before.phrases, sourceIds);
    if (misplaced.length) {
      throw phrases
        ? new AppError(
            "INVALID_INPUT",
            "A phrase is linked to a passage of another source.",
            Object.fromEntries(misplaced.map((index) => [`phrases.${index}.passageId`, [MISPLACED_PHRASE]])),
          )
        : invalid(
            "phrases",
            "Some phrases are linked to passages of the previous source: send the phrases again",
            "Some phrases are linked to passages of the previous source.",
          );
    }
    if (phrases) {
      await tx.readingPhrase.deleteMany({ where: { readingId } });
      await tx.readingPhrase.createMany({
        data: phraseRows(phrases).map((row) => ({ ...row, readingId })),
      });
    }
    if (claimStances) {
      await checkClaims(tx, access, claimStances);
      await tx.readingClaimStance.deleteMany({ where: { readingId } });
      await tx.readingClaimStance.createMany({ data: claimStances.map((item) => ({ ...item, readingId })) });
    }
    // Answers taken from this reading stay with their question; they no longer point to a reading
    // of another observer or of another source.
    await tx.comparisonAnswer.updateMany({
      where: {
        readingId,
        OR: [{ observerId: { not: observerId } }, { question: { sourceId: { not: sourceId } } }],
      },
      data: { readingId: null },
    });
    const after = await tx.reading.update({
      where: { id: readingId, version },
      data: { ...fields, ...readAtColumns(readAt), version: { increment: 1 } },
      include: withPhrasesAndStances,
    });
    await recordActivity(tx, access, {
      action: "update",
      entityType: "reading",
      entityId: readingId,
      label: readingLabel(observer, source),
      before,
      after,
    });
    return { saved: true as const, reading: after };
  });
  if (!outcome.saved) throw await conflictError(access, "reading", outcome.current, "reading");
  return outcome.reading;
}

export async function deleteReading(access: ProjectAccess, readingId: string) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.reading.findFirst({
      where: { id: readingId, projectId: access.projectId },
      include: {
        ...withPhrasesAndStances,
        observer: { select: { name: true } },
        source: { select: { title: true } },
      },
    });
    if (!before) throw new AppError("NOT_FOUND", "Reading not found.");
    assertCanModify(access, before, "reading");
    await tx.reading.delete({ where: { id: readingId } });
    const { observer, source, ...row } = before;
    await recordActivity(tx, access, {
      action: "delete",
      entityType: "reading",
      entityId: readingId,
      label: readingLabel(observer, source),
      before: row,
    });
  });
}

// ─── Comparison questions ────────────────────────────────────────────────────────────────────

export async function createQuestion(access: ProjectAccess, sourceId: string, input: QuestionFields) {
  assertCanAdd(access, "questions");
  return prisma.$transaction(async (tx) => {
    const source = await tx.source.findFirst({
      where: { id: sourceId, projectId: access.projectId },
      select: { id: true },
    });
    if (!source) throw new AppError("NOT_FOUND", "Source not found.");
    const last = await tx.comparisonQuestion.aggregate({ where: { sourceId }, _max: { position: true } });
    const question = await tx.comparisonQuestion.create({
      data: {
        ...input,
        projectId: access.projectId,
        sourceId,
        position: (last._max.position ?? -1) + 1,
        createdById: access.userId,
      },
    });
    await recordActivity(tx, access, {
      action: "create",
      entityType: "question",
      entityId: question.id,
      label: excerpt(question.text),
      after: question,
    });
    return question;
  });
}

export async function updateQuestion(access: ProjectAccess, questionId: string, input: UpdateQuestionInput) {
  const { version, ...fields } = input;
  const outcome = await prisma.$transaction(async (tx) => {
    const before = await tx.comparisonQuestion.findFirst({
      where: { id: questionId, projectId: access.projectId },
    });
    if (!before) throw new AppError("NOT_FOUND", "Question not found.");
    assertCanModify(access, before, "question");
    if (before.version !== version) return { saved: false as const, current: before };
    const after = await tx.comparisonQuestion.update({
      where: { id: questionId, version },
      data: { ...fields, version: { increment: 1 } },
    });
    await recordActivity(tx, access, {
      action: "update",
      entityType: "question",
      entityId: questionId,
      label: excerpt(after.text),
      before,
      after,
    });
    return { saved: true as const, question: after };
  });
  if (!outcome.saved) throw await conflictError(access, "question", outcome.current, "question");
  return outcome.question;
}

/** Deletes a question with every observer's answer to it. */
export async function deleteQuestion(access: ProjectAccess, questionId: string) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.comparisonQuestion.findFirst({
      where: { id: questionId, projectId: access.projectId },
    });
    if (!before) throw new AppError("NOT_FOUND", "Question not found.");
    assertCanModify(access, before, "question");
    await tx.comparisonQuestion.delete({ where: { id: questionId } });
    await recordActivity(tx, access, {
      action: "delete",
      entityType: "question",
      entityId: questionId,
      label: excerpt(before.text),
      before,
    });
  });
}

// ─── Answers ─────────────────────────────────────────────────────────────────────────────────

async function readingOfObserver(
  tx: Tx,
  access: ProjectAccess,
  readingId: string,
  observerId: string,
  sourceId: string,
) {
  const reading = await tx.reading.findFirst({
    where: { id: readingId, projectId: access.projectId, observerId, sourceId },
    select: { id: true, documentingSourceId: true, documentingLocator: true },
  });
  if (!reading) {
    throw invalid(
      "readingId",
      "Not this observer's reading of the question's source",
      "That reading is not this observer's reading of the source.",
    );
  }
  return reading;
}

function answerLabel(observer: { name: string }, question: { text: string }) {
  return `${observer.name}: ${excerpt(question.text)}`;
}

/**
 * Records an observer's answer to a question (one per observer). Left out, the reading is the
 * observer's first reading of the question's source, and the citation that reading's documenting
 * source and pinpoint.
 */
export async function createAnswer(access: ProjectAccess, questionId: string, input: AnswerFields) {
  assertCanAdd(access, "answers");
  return prisma.$transaction(async (tx) => {
    const question = await tx.comparisonQuestion.findFirst({
      where: { id: questionId, projectId: access.projectId },
    });
    if (!question) throw new AppError("NOT_FOUND", "Question not found.");
    const observer = await observerInProject(tx, access, input.observerId, "observerId");
    const existing = await tx.comparisonAnswer.findUnique({
      where: { questionId_observerId: { questionId, observerId: observer.id } },
      select: { id: true },
    });
    if (existing) {
      throw new AppError(
        "CONFLICT",
        `${observer.name} has already answered this question: edit that answer instead.`,
        undefined,
        { answerId: existing.id },
      );
    }
    const reading =
      input.readingId === undefined
        ? await tx.reading.findFirst({
            where: { projectId: access.projectId, observerId: observer.id, sourceId: question.sourceId },
            orderBy: [{ readAtStart: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
            select: { id: true, documentingSourceId: true, documentingLocator: true },
          })
        : input.readingId
          ? await readingOfObserver(tx, access, input.readingId, observer.id, question.sourceId)
          : null;
    const citedFromReading = input.citedSourceId === undefined;
    const citedSourceId = citedFromReading ? (reading?.documentingSourceId ?? null) : input.citedSourceId;
    if (input.citedSourceId) await sourceInProject(tx, access, input.citedSourceId, "citedSourceId");
    const citedLocator =
      input.citedLocator !== undefined
        ? input.citedLocator
        : citedFromReading
          ? (reading?.documentingLocator ?? null)
          : null;
    const answer = await tx.comparisonAnswer.create({
      data: {
        questionId,
        observerId: observer.id,
        readingId: reading ? reading.id : null,
        value: input.value,
        note: input.note,
        citedSourceId,
        citedLocator,
        createdById: access.userId,
      },
    });
    await recordActivity(tx, access, {
      action: "create",
      entityType: "answer",
      entityId: answer.id,
      label: answerLabel(observer, question),
      after: answer,
    });
    return answer;
  });
}

export async function updateAnswer(access: ProjectAccess, answerId: string, input: UpdateAnswerInput) {
  const { version, ...fields } = input;
  const outcome = await prisma.$transaction(async (tx) => {
    const found = await tx.comparisonAnswer.findFirst({
      where: { id: answerId, question: { projectId: access.projectId } },
      include: {
        question: { select: { text: true, sourceId: true } },
        observer: { select: { name: true } },
      },
    });
    if (!found) throw new AppError("NOT_FOUND", "Answer not found.");
    const { question, observer, ...before } = found;
    assertCanModify(access, before, "answer");
    if (before.version !== version) return { saved: false as const, current: before };
    if (fields.readingId) {
      await readingOfObserver(tx, access, fields.readingId, before.observerId, question.sourceId);
    }
    if (fields.citedSourceId) await sourceInProject(tx, access, fields.citedSourceId, "citedSourceId");
    const after = await tx.comparisonAnswer.update({
      where: { id: answerId, version },
      data: { ...fields, version: { increment: 1 } },
    });
    await recordActivity(tx, access, {
      action: "update",
      entityType: "answer",
      entityId: answerId,
      label: answerLabel(observer, question),
      before,
      after,
    });
    return { saved: true as const, answer: after };
  });
  if (!outcome.saved) throw await conflictError(access, "answer", outcome.current, "answer");
  return outcome.answer;
}

export async function deleteAnswer(access: ProjectAccess, answerId: string) {
  await prisma.$transaction(async (tx) => {
    const found = await tx.comparisonAnswer.findFirst({
      where: { id: answerId, question: { projectId: access.projectId } },
      include: { question: { select: { text: true } }, observer: { select: { name: true } } },
    });
    if (!found) throw new AppError("NOT_FOUND", "Answer not found.");
    const { question, observer, ...before } = found;
    assertCanModify(access, before, "answer");
    await tx.comparisonAnswer.delete({ where: { id: answerId } });
    await recordActivity(tx, access, {
      action: "delete",
      entityType: "answer",
      entityId: answerId,
      label: answerLabel(observer, question),
      before,
    });
  });
}
