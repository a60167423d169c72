import { z } from "zod";

export const createTokenSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Name the token after the script that will use it")
    .max(100, "At most 100 characters"),
  expiresInDays: z.coerce.number().int().min(1).max(3650).nullable().default(null),
});
export type CreateTokenInput = z.infer<typeof createTokenSchema>;

export const revokeTokenSchema = z.object({ tokenId: z.string().min(1).max(64) });
