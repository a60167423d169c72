import { endpoints } from "@/lib/api/endpoints";
import { exportResponse } from "@/lib/api/export-response";
import { apiRoute } from "@/lib/api/route";
import { findClaimProjectId } from "@/lib/claims/data";
import { requireAccessThrough } from "@/lib/projects/access";

export const GET = apiRoute(endpoints.exportClaim, async ({ user, params, query }) => {
  const access = await requireAccessThrough(user.id, findClaimProjectId, params.claimId, "viewer", "Claim");
  const { async: forceJob, sourceIds: _ignored, ...options } = query;
  return exportResponse(access, { scope: { kind: "claim", claimId: params.claimId }, ...options }, forceJob);
});
