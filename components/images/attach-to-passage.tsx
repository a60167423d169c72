"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { Region } from "./use-image-regions";

/** A region's passage, chosen among the source's (or none, to detach it). */
export function AttachToPassage(props: {
  region: Region;
  passages: { id: string; label: string }[];
  onAttach: (passageId: string | null) => Promise<string | null>;
}) {
  const current = props.region.passageId ?? "";
  const [choice, setChoice] = useState(current);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function apply() {
    setBusy(true);
    setError(null);
    setDone(null);
    const problem = await props.onAttach(choice || null);
    setBusy(false);
    if (problem) setError(problem);
    else
      setDone(choice ? `Region ${props.region.number} attached.` : `Region ${props.region.number} detached.`);
  }

  return (
    <div className="space-y-1">
      <div className="flex items-end gap-2">
        <label className="block min-w-0 flex-1">
          <span className="text-stone-600">Attach to a passage</span>
          <select
            value={choice}
            onChange={(event) => {
              setChoice(event.target.value);
              setDone(null);
            }}
            className="mt-1 w-full rounded border border-stone-300 px-2 py-1"
          >
            <option value="">(none)</option>
            {props.passages.map((passage) => (
              <option key={passage.id} value={passage.id}>
                {passage.label}
              </option>
            ))}
          </select>
        </label>
        <Button variant="secondary" disabled={busy || choice === current} onClick={() => void apply()}>
          {choice === "" && current ? "Detach" : "Attach"}
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-rose-700">
          {error}
        </p>
      )}
      {done && (
        <p role="status" className="text-emerald-700">
          {done}
        </p>
      )}
    </div>
  );
}
