import { z } from "zod";
import { endpoints } from "@/lib/api/endpoints";
import { decodeCursor } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/route";
import { listQuestions } from "@/lib/observers/data";
import { createQuestion } from "@/lib/observers/mutations";
import { requireAccessThrough } from "@/lib/projects/access";
import { findSourceProjectId } from "@/lib/sources/data";

const access = (userId: string, sourceId: string) =>
  requireAccessThrough(userId, findSourceProjectId, sourceId, "viewer", "Source");

export const GET = apiRoute(endpoints.listQuestions, async ({ user, params, query }) => {
  const after = decodeCursor(query.cursor, z.object({ position: z.number(), id: z.string() }));
  return listQuestions(await access(user.id, params.sourceId), params.sourceId, {
    limit: query.limit,
    after,
  });
});

export const POST = apiRoute(endpoints.createQuestion, async ({ user, params, body }) =>
  createQuestion(await access(user.id, params.sourceId), params.sourceId, body),
);
