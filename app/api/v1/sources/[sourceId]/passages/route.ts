import { z } from "zod";
import { endpoints } from "@/lib/api/endpoints";
import { decodeCursor } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/route";
import { listPassages } from "@/lib/passages/data";
import { createPassage } from "@/lib/passages/mutations";
import { requireAccessThrough } from "@/lib/projects/access";
import { findSourceProjectId } from "@/lib/sources/data";

export const GET = apiRoute(endpoints.listPassages, async ({ user, params, query }) => {
  const access = await requireAccessThrough(
    user.id,
    findSourceProjectId,
    params.sourceId,
    "viewer",
    "Source",
  );
  const after = decodeCursor(query.cursor, z.object({ id: z.string() }));
  return listPassages(access, { limit: query.limit, after, sourceId: params.sourceId });
});

export const POST = apiRoute(endpoints.createPassage, async ({ user, params, body }) => {
  const access = await requireAccessThrough(
    user.id,
    findSourceProjectId,
    params.sourceId,
    "viewer",
    "Source",
  );
  return createPassage(access, params.sourceId, body);
});
