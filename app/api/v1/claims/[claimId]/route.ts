import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { findClaimProjectId, getClaimDetail } from "@/lib/claims/data";
import { claimIdSchema } from "@/lib/claims/schema";
import { AppError } from "@/lib/errors/app-error";
import { requireProjectAccess } from "@/lib/projects/access";

const notFound = () => new AppError("NOT_FOUND", "Claim not found.");

export const GET = apiRoute({ params: z.object({ claimId: claimIdSchema }) }, async ({ user, params }) => {
  const projectId = await findClaimProjectId(params.claimId);
  if (!projectId) throw notFound();
  const access = await requireProjectAccess(user.id, projectId, "viewer").catch((error) => {
    // A claim in a project the user cannot see is reported exactly like a claim that does not exist.
    throw error instanceof AppError && error.code === "NOT_FOUND" ? notFound() : error;
  });
  const claim = await getClaimDetail(access, params.claimId);
  if (!claim) throw notFound();
  return { data: claim };
});
