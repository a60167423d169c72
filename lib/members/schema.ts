import { z } from "zod";
import { entityId } from "@/lib/validation/fields";

export const PROJECT_ROLES = ["owner", "editor", "contributor", "viewer"] as const;
const role = z.enum(PROJECT_ROLES, { message: `Role must be one of ${PROJECT_ROLES.join(", ")}` });

export const changeRoleSchema = z.object({ role });
export const createInvitationSchema = z.object({
  role,
  email: z
    .email("Enter a valid email address, or leave it empty")
    .max(320)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  expiresInDays: z
    .number({ message: "Expiry is a number of days" })
    .int()
    .min(1, "At least 1 day")
    .max(30, "At most 30 days")
    .default(7),
});
export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;
export const acceptInvitationSchema = z.object({
  token: z.string().min(20, "Not an invitation link").max(200, "Not an invitation link"),
});

export const changeRoleActionSchema = changeRoleSchema.extend({ membershipId: entityId });
export const removeMemberSchema = z.object({ membershipId: entityId });
export const createInvitationActionSchema = createInvitationSchema.extend({ projectId: entityId });
export const revokeInvitationSchema = z.object({ invitationId: entityId });
