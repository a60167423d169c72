import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { findClaimProjectId } from "@/lib/claims/data";
import { reorderEvidence } from "@/lib/evidence/mutations";
import { requireAccessThrough } from "@/lib/projects/access";

export const PUT = apiRoute(endpoints.reorderEvidence, async ({ user, params, body }) => {
  const access = await requireAccessThrough(user.id, findClaimProjectId, params.claimId, "viewer", "Claim");
  await reorderEvidence(access, params.claimId, body.orderedIds);
});
