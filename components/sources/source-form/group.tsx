import type { ReactNode } from "react";

/** A titled part of the source form ("Title", "Names", "Archival reference"). */
export function Group({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <legend className="px-1 text-sm font-semibold uppercase tracking-wide text-stone-500">{legend}</legend>
      {hint && <p className="-mt-2 text-xs text-stone-500">{hint}</p>}
      {children}
    </fieldset>
  );
}
