import { z } from "zod";
import { endpoints } from "@/lib/api/endpoints";
import { decodeCursor } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/route";
import { listReadings } from "@/lib/observers/data";
import { createReading } from "@/lib/observers/mutations";
import { requireProjectAccess } from "@/lib/projects/access";

export const GET = apiRoute(endpoints.listReadings, async ({ user, params, query }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "viewer");
  const after = decodeCursor(query.cursor, z.object({ id: z.string() }));
  return listReadings(access, { ...query, after });
});

export const POST = apiRoute(endpoints.createReading, async ({ user, params, body }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "viewer");
  return createReading(access, body);
});
