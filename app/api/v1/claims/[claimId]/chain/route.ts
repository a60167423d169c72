import { endpoints } from "@/lib/api/endpoints";
import { taggedJsonResponse } from "@/lib/api/http-cache";
import { apiRoute } from "@/lib/api/route";
import { findClaimProjectId } from "@/lib/claims/data";
import { getEvidenceChainBody } from "@/lib/evidence/chain-cache";
import { requireAccessThrough } from "@/lib/projects/access";

export const GET = apiRoute(endpoints.getClaimChain, async ({ request, user, params }) => {
  const access = await requireAccessThrough(user.id, findClaimProjectId, params.claimId, "viewer", "Claim");
  return taggedJsonResponse(request, await getEvidenceChainBody(access, params.claimId));
});
