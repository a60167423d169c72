import { z } from "zod";
import { endpoints } from "@/lib/api/endpoints";
import { decodeCursor } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/route";
import { findClaimProjectId } from "@/lib/claims/data";
import { listEvidence } from "@/lib/evidence/data";
import { createEvidence } from "@/lib/evidence/mutations";
import { requireAccessThrough } from "@/lib/projects/access";

export const GET = apiRoute(endpoints.listEvidence, async ({ user, params, query }) => {
  const access = await requireAccessThrough(user.id, findClaimProjectId, params.claimId, "viewer", "Claim");
  const after = decodeCursor(query.cursor, z.object({ position: z.number(), id: z.string() }));
  return listEvidence(access, params.claimId, { limit: query.limit, after });
});

export const POST = apiRoute(endpoints.createEvidence, async ({ user, params, body }) => {
  const access = await requireAccessThrough(user.id, findClaimProjectId, params.claimId, "viewer", "Claim");
  return createEvidence(access, params.claimId, body);
});
