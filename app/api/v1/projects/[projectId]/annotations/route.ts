import { z } from "zod";
import { listAnnotations } from "@/lib/annotations/data";
import { createAnnotation } from "@/lib/annotations/mutations";
import { endpoints } from "@/lib/api/endpoints";
import { decodeCursor } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/route";
import { requireProjectAccess } from "@/lib/projects/access";

export const GET = apiRoute(endpoints.listAnnotations, async ({ user, params, query }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "viewer");
  return listAnnotations(access, {
    ...query,
    after: decodeCursor(query.cursor, z.object({ id: z.string() })),
  });
});

export const POST = apiRoute(endpoints.createAnnotation, async ({ user, params, body }) =>
  createAnnotation(await requireProjectAccess(user.id, params.projectId, "viewer"), body),
);
