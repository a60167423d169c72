import { z } from "zod";
import { endpoints } from "@/lib/api/endpoints";
import { decodeCursor } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/route";
import { requireProjectAccess } from "@/lib/projects/access";
import { listSources } from "@/lib/sources/data";
import { createSource } from "@/lib/sources/mutations";

export const GET = apiRoute(endpoints.listSources, async ({ user, params, query }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "viewer");
  const after = decodeCursor(query.cursor, z.object({ key: z.string(), id: z.string() }));
  return listSources(access, { ...query, after });
});

export const POST = apiRoute(endpoints.createSource, async ({ user, params, body }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "viewer");
  return createSource(access, body);
});
