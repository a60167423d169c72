import { z } from "zod";
import { endpoints } from "@/lib/api/endpoints";
import { decodeCursor } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/route";
import { requireProjectAccess } from "@/lib/projects/access";
import { listRelations } from "@/lib/sources/data";
import { createRelation } from "@/lib/sources/mutations";

export const GET = apiRoute(endpoints.listRelations, async ({ user, params, query }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "viewer");
  return listRelations(access, { ...query, after: decodeCursor(query.cursor, z.object({ id: z.string() })) });
});

export const POST = apiRoute(endpoints.createRelation, async ({ user, params, body }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "viewer");
  return createRelation(access, body);
});
