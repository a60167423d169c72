import { z } from "zod";
import { endpoints } from "@/lib/api/endpoints";
import { decodeCursor } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/route";
import { findQuestionProjectId, listAnswers } from "@/lib/observers/data";
import { createAnswer } from "@/lib/observers/mutations";
import { requireAccessThrough } from "@/lib/projects/access";

const access = (userId: string, questionId: string) =>
  requireAccessThrough(userId, findQuestionProjectId, questionId, "viewer", "Question");

export const GET = apiRoute(endpoints.listAnswers, async ({ user, params, query }) => {
  const after = decodeCursor(query.cursor, z.object({ id: z.string() }));
  return listAnswers(await access(user.id, params.questionId), params.questionId, {
    limit: query.limit,
    after,
  });
});

export const POST = apiRoute(endpoints.createAnswer, async ({ user, params, body }) =>
  createAnswer(await access(user.id, params.questionId), params.questionId, body),
);
