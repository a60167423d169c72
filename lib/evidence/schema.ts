import { z } from "zod";
import { STANCES } from "@/lib/claims/schema";
import { entityId, optionalText, version } from "@/lib/validation/fields";

export const evidenceTargetSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("passage"), passageId: entityId }),
    z.object({ kind: z.literal("source"), sourceId: entityId }),
    z.object({ kind: z.literal("claim"), claimId: entityId }),
  ],
  { message: "The evidence must be a passage, a source or a claim" },
);
export type EvidenceTargetInput = z.infer<typeof evidenceTargetSchema>;

const stance = z.enum(STANCES, { message: `Stance must be one of ${STANCES.join(", ")}` });
const confidence = z
  .number({ message: "Confidence is a number from 1 to 5" })
  .int("Confidence is a whole number from 1 to 5")
  .min(1, "Confidence is at least 1")
  .max(5, "Confidence is at most 5");

export const createEvidenceSchema = z.object({
  target: evidenceTargetSchema,
  stance,
  confidence: confidence.default(3),
  rationale: optionalText(5000),
});
export type CreateEvidenceInput = z.infer<typeof createEvidenceSchema>;

export const updateEvidenceSchema = z
  .object({ stance, confidence, rationale: optionalText(5000) })
  .partial()
  .extend({ version });
export type UpdateEvidenceInput = z.infer<typeof updateEvidenceSchema>;

export const reorderEvidenceSchema = z.object({
  orderedIds: z.array(entityId).min(1, "List the evidence in its new order").max(2000),
});

export const createEvidenceActionSchema = createEvidenceSchema.extend({ claimId: entityId });
export const updateEvidenceActionSchema = updateEvidenceSchema.extend({ evidenceId: entityId });
export const deleteEvidenceSchema = z.object({ evidenceId: entityId });
export const reorderEvidenceActionSchema = reorderEvidenceSchema.extend({ claimId: entityId });
