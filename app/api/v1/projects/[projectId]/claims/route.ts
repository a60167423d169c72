import { endpoints } from "@/lib/api/endpoints";
import { decodeCursor } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/route";
import { listClaims } from "@/lib/claims/data";
import { createClaim } from "@/lib/claims/mutations";
import { claimCursorSchema } from "@/lib/claims/schema";
import { requireProjectAccess } from "@/lib/projects/access";

export const GET = apiRoute(endpoints.listClaims, async ({ user, params, query }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "viewer");
  return listClaims(access, { ...query, after: decodeCursor(query.cursor, claimCursorSchema) });
});

export const POST = apiRoute(endpoints.createClaim, async ({ user, params, body }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "viewer");
  return createClaim(access, body);
});
