"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { PassageSelect } from "./passage-select";
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
        <PassageSelect
          label="Attach to a passage"
          value={choice}
          passages={props.passages}
          onChange={(passageId) => {
            setChoice(passageId);
            setDone(null);
          }}
        />
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
