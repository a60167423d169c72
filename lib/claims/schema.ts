import { z } from "zod";
import { entityId, historicalDate, optionalText, requiredText, version } from "@/lib/validation/fields";
import { pageQuerySchema } from "@/lib/validation/page-query";

export const CLAIM_STATUSES = ["working", "supported", "contested", "refuted", "abandoned"] as const;
export const STANCES = ["supports", "contradicts", "qualifies", "context"] as const;
export const CLAIM_SORTS = ["number", "-number", "updated", "-updated", "status"] as const;

const booleanFlag = z
  .enum(["true", "false"], { message: "Use true or false" })
  .transform((value) => value === "true")
  .optional();

export const claimListQuerySchema = pageQuerySchema.extend({
  status: z
    .enum(CLAIM_STATUSES, { message: `status must be one of ${CLAIM_STATUSES.join(", ")}` })
    .optional(),
  tag: z.string().trim().min(1).max(100).optional(),
  q: z.string().trim().max(200).optional(),
  hasContradicting: booleanFlag,
  hasArchival: booleanFlag,
  singleOrigin: booleanFlag,
  sort: z.enum(CLAIM_SORTS, { message: `sort must be one of ${CLAIM_SORTS.join(", ")}` }).default("number"),
});
export type ClaimListQuery = z.infer<typeof claimListQuerySchema>;

/** The keyset position of a claim in a sorted list. */
export const claimCursorSchema = z.object({ key: z.union([z.number(), z.string()]), id: z.string() });

export const claimIdSchema = entityId;

const tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "A tag cannot be empty")
  .max(50, "A tag has at most 50 characters")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u, "Tags are single words: letters, digits, - and _");

const status = z.enum(CLAIM_STATUSES, { message: `Status must be one of ${CLAIM_STATUSES.join(", ")}` });
const tags = z
  .array(tag)
  .max(30, "At most 30 tags")
  .transform((list) => [...new Set(list)]);

// No defaults here: a partial update must leave absent fields alone (zod applies defaults even
// inside .partial()).
const claimFields = z.object({
  statement: requiredText(5000, "State the claim"),
  attribution: optionalText(300),
  status,
  tags,
  period: historicalDate,
  note: optionalText(20_000),
});

export const claimFieldsSchema = claimFields.extend({
  status: status.default("working"),
  tags: tags.default([]),
});
export type ClaimFields = z.infer<typeof claimFieldsSchema>;

export const createClaimSchema = claimFieldsSchema.extend({ projectId: entityId });
export const updateClaimSchema = claimFields.partial().extend({ version });
export type UpdateClaimInput = z.infer<typeof updateClaimSchema>;
export const updateClaimActionSchema = updateClaimSchema.extend({ claimId: entityId });
export const deleteClaimSchema = z.object({ claimId: entityId });
