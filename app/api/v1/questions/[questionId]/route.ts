import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors/app-error";
import { findQuestionProjectId, getQuestion } from "@/lib/observers/data";
import { deleteQuestion, updateQuestion } from "@/lib/observers/mutations";
import { requireAccessThrough } from "@/lib/projects/access";

const access = (userId: string, questionId: string) =>
  requireAccessThrough(userId, findQuestionProjectId, questionId, "viewer", "Question");

export const GET = apiRoute(endpoints.getQuestion, async ({ user, params }) => {
  const question = await getQuestion(await access(user.id, params.questionId), params.questionId);
  if (!question) throw new AppError("NOT_FOUND", "Question not found.");
  return question;
});

export const PATCH = apiRoute(endpoints.updateQuestion, async ({ user, params, body }) =>
  updateQuestion(await access(user.id, params.questionId), params.questionId, body),
);

export const DELETE = apiRoute(endpoints.deleteQuestion, async ({ user, params }) =>
  deleteQuestion(await access(user.id, params.questionId), params.questionId),
);
