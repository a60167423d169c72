import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "./button";

/**
 * A form's submit button, which reads "Saving…" (or `pendingLabel`) and is disabled while the
 * action runs, so a save is not sent twice; then Cancel, as a link back (`cancelHref`) or a
 * button (`onCancel`); then any further buttons (`children`), such as a delete.
 */
export function SubmitRow({
  label,
  pending,
  pendingLabel = "Saving…",
  onCancel,
  cancelHref,
  children,
}: {
  label: string;
  pending: boolean;
  pendingLabel?: string;
  onCancel?: () => void;
  cancelHref?: string;
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button type="submit" disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      {cancelHref ? (
        <Link href={cancelHref} className="text-sm text-stone-600 underline hover:text-ink">
          Cancel
        </Link>
      ) : (
        onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )
      )}
      {children}
    </div>
  );
}
