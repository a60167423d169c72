"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { findClaimProjectId } from "@/lib/claims/data";
import { requireAccessThrough } from "@/lib/projects/access";
import { findEvidenceProjectId } from "./data";
import { createEvidence, deleteEvidence, reorderEvidence, updateEvidence } from "./mutations";
import {
  createEvidenceActionSchema,
  deleteEvidenceSchema,
  reorderEvidenceActionSchema,
  updateEvidenceActionSchema,
} from "./schema";

export const createEvidenceAction = authedAction(
  createEvidenceActionSchema,
  async ({ claimId, ...input }, user) => {
    const access = await requireAccessThrough(user.id, findClaimProjectId, claimId, "contributor", "Claim");
    const evidence = await createEvidence(access, claimId, input);
    revalidatePath(`/projects/${access.projectId}`, "layout");
    return { id: evidence.id };
  },
);

export const updateEvidenceAction = authedAction(
  updateEvidenceActionSchema,
  async ({ evidenceId, ...input }, user) => {
    const access = await requireAccessThrough(
      user.id,
      findEvidenceProjectId,
      evidenceId,
      "contributor",
      "Evidence",
    );
    const evidence = await updateEvidence(access, evidenceId, input);
    revalidatePath(`/projects/${access.projectId}`, "layout");
    return { id: evidence.id, version: evidence.version };
  },
);

export const deleteEvidenceAction = authedAction(deleteEvidenceSchema, async ({ evidenceId }, user) => {
  const access = await requireAccessThrough(
    user.id,
    findEvidenceProjectId,
    evidenceId,
    "contributor",
    "Evidence",
  );
  await deleteEvidence(access, evidenceId);
  revalidatePath(`/projects/${access.projectId}`, "layout");
  return { deleted: evidenceId };
});

export const reorderEvidenceAction = authedAction(
  reorderEvidenceActionSchema,
  async ({ claimId, orderedIds }, user) => {
    const access = await requireAccessThrough(user.id, findClaimProjectId, claimId, "contributor", "Claim");
    await reorderEvidence(access, claimId, orderedIds);
    revalidatePath(`/projects/${access.projectId}`, "layout");
    return { reordered: orderedIds.length };
  },
);
