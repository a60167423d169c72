import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { findClaimProjectId } from "@/lib/claims/data";
import { getEvidenceChainBody } from "@/lib/evidence/chain-cache";
import { requireAccessThrough } from "@/lib/projects/access";

export const GET = apiRoute(endpoints.getClaimChain, async ({ user, params }) => {
  const access = await requireAccessThrough(user.id, findClaimProjectId, params.claimId, "viewer", "Claim");
  return new Response(await getEvidenceChainBody(access, params.claimId), {
    headers: { "content-type": "application/json" },
  });
});
