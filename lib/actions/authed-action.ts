import "server-only";
import type { ZodType } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import type { AuthUser } from "@/lib/auth/types";
import { AppError, invalidInput, toAppError } from "@/lib/errors/app-error";
import { assertStorableText } from "@/lib/validation/storable-text";

export interface ActionError {
  code: string;
  message: string;
  fieldErrors?: Record<string, string[]>;
  details?: Record<string, unknown>;
}
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/**
 * Every server action goes through here: authenticate, parse the input with the same zod schema
 * as the form and the API, run the handler (which checks the project role through
 * requireProjectAccess), and return errors as data the form can show next to the fields.
 */
export function authedAction<I, T>(schema: ZodType<I>, handler: (input: I, user: AuthUser) => Promise<T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      const user = await getCurrentUser();
      if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended: sign in again, then retry.");
      assertStorableText(raw);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) throw invalidInput(parsed.error);
      return { ok: true, data: await handler(parsed.data, user) };
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === "INTERNAL") console.error(error);
      return { ok: false, error: appError.toJSON().error };
    }
  };
}
