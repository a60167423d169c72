"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { ActionError } from "@/lib/actions/authed-action";
import { updateSourceAction } from "@/lib/sources/actions";

/**
 * "Known only through": the source this one was read in (a newspaper report quoted in a book),
 * which citations name as "quoted in", with the page there.
 */
export function QuotedInForm({
  source,
  options,
  editable,
}: {
  source: { id: string; version: number; quotedInId: string | null; quotedInLocator: string | null };
  options: { id: string; label: string }[];
  editable: boolean;
}) {
  const router = useRouter();
  const id = useId();
  const [through, setThrough] = useState(source.quotedInId ?? "");
  const [locator, setLocator] = useState(source.quotedInLocator ?? "");
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, setPending] = useState(false);
  const current = options.find((option) => option.id === source.quotedInId);

  if (!editable) {
    return current ? (
      <p className="mt-3 text-sm text-stone-700">
        Known only through {current.label}
        {source.quotedInLocator ? `, ${source.quotedInLocator}` : ""}: cited “quoted in” it.
      </p>
    ) : null;
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    const result = await updateSourceAction({
      sourceId: source.id,
      version: source.version,
      quotedInId: through || null,
      quotedInLocator: through ? locator : null,
    });
    setPending(false);
    if (!result.ok) setError(result.error);
    else {
      setError(null);
      router.refresh();
    }
  }

  return (
    <form
      onSubmit={save}
      className="mt-4 flex flex-wrap items-end gap-3 text-sm"
      aria-label="Known only through"
    >
      <div className="w-full">
        <FormAlert error={error} />
      </div>
      <div className="min-w-64 flex-1">
        <label htmlFor={`${id}-through`} className="block font-medium text-stone-700">
          Known only through (cited “quoted in”)
        </label>
        <select
          id={`${id}-through`}
          value={through}
          onChange={(event) => setThrough(event.target.value)}
          className="mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-2"
        >
          <option value="">— read at first hand —</option>
          {options
            .filter((option) => option.id !== source.id)
            .map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
        </select>
      </div>
      <div className="w-32">
        <label htmlFor={`${id}-locator`} className="block font-medium text-stone-700">
          Page there
        </label>
        <input
          id={`${id}-locator`}
          value={locator}
          onChange={(event) => setLocator(event.target.value)}
          disabled={!through}
          placeholder="p. 23"
          className="mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-2"
        />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        Save
      </Button>
    </form>
  );
}
