"use server";

import type { ActionResult } from "@/lib/actions/authed-action";
import { authedAction } from "@/lib/actions/authed-action";
import { isSignUpOpen } from "@/lib/env";
import { AppError, invalidInput, toAppError } from "@/lib/errors/app-error";
import { assertStorableText } from "@/lib/validation/storable-text";
import { changePassword, createAccount } from "./mutations";
import { changePasswordSchema, signUpSchema } from "./schema";

/** Sign-up is the one action without a signed-in user; it is closed by SIGNUP_OPEN=false. */
export async function signUpAction(raw: unknown): Promise<ActionResult<{ email: string }>> {
  try {
    if (!isSignUpOpen())
      throw new AppError("FORBIDDEN", "Sign-up is closed on this server: ask an administrator.");
    assertStorableText(raw);
    const parsed = signUpSchema.safeParse(raw);
    if (!parsed.success) throw invalidInput(parsed.error);
    const user = await createAccount(parsed.data);
    return { ok: true, data: { email: user.email } };
  } catch (error) {
    return { ok: false, error: toAppError(error).toJSON().error };
  }
}

export const changePasswordAction = authedAction(changePasswordSchema, async (input, user) => {
  await changePassword(user.id, input.currentPassword, input.newPassword);
  return { changed: true };
});
