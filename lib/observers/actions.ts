"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { requireAccessThrough, requireProjectAccess } from "@/lib/projects/access";
import { findSourceProjectId } from "@/lib/sources/data";
import {
  findAnswerProjectId,
  findObserverProjectId,
  findQuestionProjectId,
  findReadingProjectId,
} from "./data";
import {
  createAnswer,
  createObserver,
  createQuestion,
  createReading,
  deleteAnswer,
  deleteObserver,
  deleteQuestion,
  deleteReading,
  updateAnswer,
  updateObserver,
  updateQuestion,
  updateReading,
} from "./mutations";
import {
  createAnswerActionSchema,
  createObserverActionSchema,
  createQuestionActionSchema,
  createReadingActionSchema,
  deleteAnswerSchema,
  deleteObserverSchema,
  deleteQuestionSchema,
  deleteReadingSchema,
  updateAnswerActionSchema,
  updateObserverActionSchema,
  updateQuestionActionSchema,
  updateReadingActionSchema,
} from "./schema";

function revalidateProject(projectId: string) {
  revalidatePath(`/projects/${projectId}`, "layout");
}

// ─── Observers ───────────────────────────────────────────────────────────────────────────────

export const createObserverAction = authedAction(
  createObserverActionSchema,
  async ({ projectId, ...fields }, user) => {
    const access = await requireProjectAccess(user.id, projectId, "contributor");
    const observer = await createObserver(access, fields);
    revalidateProject(projectId);
    return { id: observer.id };
  },
);

const observerAccess = (userId: string, observerId: string) =>
  requireAccessThrough(userId, findObserverProjectId, observerId, "contributor", "Observer");

export const updateObserverAction = authedAction(
  updateObserverActionSchema,
  async ({ observerId, ...input }, user) => {
    const access = await observerAccess(user.id, observerId);
    const observer = await updateObserver(access, observerId, input);
    revalidateProject(access.projectId);
    return { id: observer.id, version: observer.version };
  },
);

export const deleteObserverAction = authedAction(deleteObserverSchema, async ({ observerId }, user) => {
  const access = await observerAccess(user.id, observerId);
  await deleteObserver(access, observerId);
  revalidateProject(access.projectId);
  return { deleted: observerId };
});

// ─── Readings ────────────────────────────────────────────────────────────────────────────────

export const createReadingAction = authedAction(
  createReadingActionSchema,
  async ({ projectId, ...fields }, user) => {
    const access = await requireProjectAccess(user.id, projectId, "contributor");
    const reading = await createReading(access, fields);
    revalidateProject(projectId);
    return { id: reading.id, observerId: reading.observerId, sourceId: reading.sourceId };
  },
);

const readingAccess = (userId: string, readingId: string) =>
  requireAccessThrough(userId, findReadingProjectId, readingId, "contributor", "Reading");

export const updateReadingAction = authedAction(
  updateReadingActionSchema,
  async ({ readingId, ...input }, user) => {
    const access = await readingAccess(user.id, readingId);
    const reading = await updateReading(access, readingId, input);
    revalidateProject(access.projectId);
    return { id: reading.id, version: reading.version, observerId: reading.observerId };
  },
);

export const deleteReadingAction = authedAction(deleteReadingSchema, async ({ readingId }, user) => {
  const access = await readingAccess(user.id, readingId);
  await deleteReading(access, readingId);
  revalidateProject(access.projectId);
  return { deleted: readingId };
});

// ─── Questions and answers ───────────────────────────────────────────────────────────────────

export const createQuestionAction = authedAction(
  createQuestionActionSchema,
  async ({ sourceId, ...fields }, user) => {
    const access = await requireAccessThrough(
      user.id,
      findSourceProjectId,
      sourceId,
      "contributor",
      "Source",
    );
    const question = await createQuestion(access, sourceId, fields);
    revalidateProject(access.projectId);
    return { id: question.id };
  },
);

const questionAccess = (userId: string, questionId: string) =>
  requireAccessThrough(userId, findQuestionProjectId, questionId, "contributor", "Question");

export const updateQuestionAction = authedAction(
  updateQuestionActionSchema,
  async ({ questionId, ...input }, user) => {
    const access = await questionAccess(user.id, questionId);
    const question = await updateQuestion(access, questionId, input);
    revalidateProject(access.projectId);
    return { id: question.id, version: question.version };
  },
);

export const deleteQuestionAction = authedAction(deleteQuestionSchema, async ({ questionId }, user) => {
  const access = await questionAccess(user.id, questionId);
  await deleteQuestion(access, questionId);
  revalidateProject(access.projectId);
  return { deleted: questionId };
});

export const createAnswerAction = authedAction(
  createAnswerActionSchema,
  async ({ questionId, ...fields }, user) => {
    const access = await questionAccess(user.id, questionId);
    const answer = await createAnswer(access, questionId, fields);
    revalidateProject(access.projectId);
    return { id: answer.id, version: answer.version };
  },
);

const answerAccess = (userId: string, answerId: string) =>
  requireAccessThrough(userId, findAnswerProjectId, answerId, "contributor", "Answer");

export const updateAnswerAction = authedAction(
  updateAnswerActionSchema,
  async ({ answerId, ...input }, user) => {
    const access = await answerAccess(user.id, answerId);
    const answer = await updateAnswer(access, answerId, input);
    revalidateProject(access.projectId);
    return { id: answer.id, version: answer.version };
  },
);

export const deleteAnswerAction = authedAction(deleteAnswerSchema, async ({ answerId }, user) => {
  const access = await answerAccess(user.id, answerId);
  await deleteAnswer(access, answerId);
  revalidateProject(access.projectId);
  return { deleted: answerId };
});
