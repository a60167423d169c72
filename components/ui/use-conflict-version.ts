import { useState } from "react";
import type { ActionError } from "@/lib/actions/authed-action";

/**
 * The version an edit form sends with its save. The server refuses a save made from an older
 * version (a CONFLICT, which FormAlert shows with what the other person changed); the form then
 * adopts the version it was shown and keeps what was typed, so saving again is a deliberate
 * overwrite. Pass `adoptOnConflict` as the error callback of useActionForm's submit.
 */
export function useConflictVersion(loadedAt: number) {
  const [version, setVersion] = useState(loadedAt);

  function adoptOnConflict(error: ActionError) {
    const current = error.details?.current as { version?: unknown } | undefined;
    if (error.code === "CONFLICT" && typeof current?.version === "number") setVersion(current.version);
  }

  return { version, adoptOnConflict };
}
