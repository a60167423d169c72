import { z } from "zod";
import { endpoints } from "@/lib/api/endpoints";
import { decodeCursor } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/route";
import { listObservers } from "@/lib/observers/data";
import { createObserver } from "@/lib/observers/mutations";
import { requireProjectAccess } from "@/lib/projects/access";

export const GET = apiRoute(endpoints.listObservers, async ({ user, params, query }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "viewer");
  const after = decodeCursor(query.cursor, z.object({ key: z.string(), id: z.string() }));
  return listObservers(access, { ...query, q: query.q || undefined, after });
});

export const POST = apiRoute(endpoints.createObserver, async ({ user, params, body }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "viewer");
  return createObserver(access, body);
});
