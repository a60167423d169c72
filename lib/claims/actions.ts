"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { requireAccessThrough, requireProjectAccess } from "@/lib/projects/access";
import { findClaimProjectId } from "./data";
import { createClaim, deleteClaim, updateClaim } from "./mutations";
import { createClaimSchema, deleteClaimSchema, updateClaimActionSchema } from "./schema";

export const createClaimAction = authedAction(createClaimSchema, async ({ projectId, ...fields }, user) => {
  const access = await requireProjectAccess(user.id, projectId, "contributor");
  const claim = await createClaim(access, fields);
  revalidatePath(`/projects/${projectId}`);
  return { id: claim.id, number: claim.number };
});

export const updateClaimAction = authedAction(
  updateClaimActionSchema,
  async ({ claimId, ...input }, user) => {
    const access = await requireAccessThrough(user.id, findClaimProjectId, claimId, "contributor", "Claim");
    const claim = await updateClaim(access, claimId, input);
    revalidatePath(`/projects/${access.projectId}`, "layout");
    return { id: claim.id, version: claim.version };
  },
);

export const deleteClaimAction = authedAction(deleteClaimSchema, async ({ claimId }, user) => {
  const access = await requireAccessThrough(user.id, findClaimProjectId, claimId, "contributor", "Claim");
  await deleteClaim(access, claimId);
  revalidatePath(`/projects/${access.projectId}`, "layout");
  return { deleted: claimId };
});
