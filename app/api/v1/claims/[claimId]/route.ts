import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { findClaimProjectId, getClaimDetail } from "@/lib/claims/data";
import { deleteClaim, updateClaim } from "@/lib/claims/mutations";
import { AppError } from "@/lib/errors/app-error";
import { requireAccessThrough } from "@/lib/projects/access";

const access = (userId: string, claimId: string) =>
  requireAccessThrough(userId, findClaimProjectId, claimId, "viewer", "Claim");

export const GET = apiRoute(endpoints.getClaim, async ({ user, params }) => {
  const claim = await getClaimDetail(await access(user.id, params.claimId), params.claimId);
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");
  return claim;
});

export const PATCH = apiRoute(endpoints.updateClaim, async ({ user, params, body }) =>
  updateClaim(await access(user.id, params.claimId), params.claimId, body),
);

export const DELETE = apiRoute(endpoints.deleteClaim, async ({ user, params }) =>
  deleteClaim(await access(user.id, params.claimId), params.claimId),
);
