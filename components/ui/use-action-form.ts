"use client";

import { useState, useTransition } from "react";
import type { ActionError, ActionResult } from "@/lib/actions/authed-action";

/**
 * Runs a server action for a form and keeps its outcome: pending state, the error and the
 * per-field messages. The form's own state is untouched on failure, so nothing typed is lost.
 */
export function useActionForm<I, T>(action: (input: I) => Promise<ActionResult<T>>) {
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(input: I, onSuccess?: (data: T) => void, onError?: (error: ActionError) => void) {
    startTransition(async () => {
      const result = await action(input).catch(
        (): ActionResult<T> => ({
          ok: false,
          error: {
            code: "INTERNAL",
            message: "The server could not be reached. Nothing was saved; try again.",
          },
        }),
      );
      if (result.ok) {
        setError(null);
        onSuccess?.(result.data);
      } else {
        setError(result.error);
        onError?.(result.error);
      }
    });
  }

  return { submit, pending, error, fieldErrors: error?.fieldErrors ?? {}, clearError: () => setError(null) };
}
