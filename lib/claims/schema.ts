import { z } from "zod";
import { pageQuerySchema } from "@/lib/api/pagination";

export const CLAIM_STATUSES = ["working", "supported", "contested", "refuted", "abandoned"] as const;
export const STANCES = ["supports", "contradicts", "qualifies", "context"] as const;

export const claimListQuerySchema = pageQuerySchema.extend({
  status: z
    .enum(CLAIM_STATUSES, { message: `status must be one of ${CLAIM_STATUSES.join(", ")}` })
    .optional(),
  tag: z.string().trim().min(1).max(100).optional(),
});
export type ClaimListQuery = z.infer<typeof claimListQuerySchema>;

/** The keyset position of a claim in a list ordered by number. */
export const claimCursorSchema = z.object({ number: z.number().int() });

export const claimIdSchema = z.string().min(1).max(64);
