import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors/app-error";
import { findAnswerProjectId, getAnswer } from "@/lib/observers/data";
import { deleteAnswer, updateAnswer } from "@/lib/observers/mutations";
import { requireAccessThrough } from "@/lib/projects/access";

const access = (userId: string, answerId: string) =>
  requireAccessThrough(userId, findAnswerProjectId, answerId, "viewer", "Answer");

export const GET = apiRoute(endpoints.getAnswer, async ({ user, params }) => {
  const answer = await getAnswer(await access(user.id, params.answerId), params.answerId);
  if (!answer) throw new AppError("NOT_FOUND", "Answer not found.");
  return answer;
});

export const PATCH = apiRoute(endpoints.updateAnswer, async ({ user, params, body }) =>
  updateAnswer(await access(user.id, params.answerId), params.answerId, body),
);

export const DELETE = apiRoute(endpoints.deleteAnswer, async ({ user, params }) =>
  deleteAnswer(await access(user.id, params.answerId), params.answerId),
);
