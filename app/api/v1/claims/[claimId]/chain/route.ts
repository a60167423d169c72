import { claimChainResponse } from "@/lib/api/claim-chain-response";
import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { findClaimProjectId } from "@/lib/claims/data";
import { requireAccessThrough } from "@/lib/projects/access";

export const GET = apiRoute(endpoints.getClaimChain, async ({ request, user, params }) => {
  const access = await requireAccessThrough(user.id, findClaimProjectId, params.claimId, "viewer", "Claim");
  return claimChainResponse(request, access, params.claimId);
});
