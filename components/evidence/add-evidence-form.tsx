"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { type PickedItem, SearchPicker } from "@/components/search/search-picker";
import { Button } from "@/components/ui/button";
import { SelectField, TextArea } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitRow } from "@/components/ui/submit-row";
import { useActionForm } from "@/components/ui/use-action-form";
import { STANCES } from "@/lib/claims/schema";
import type { Stance } from "@/lib/claims/types";
import { createEvidenceAction } from "@/lib/evidence/actions";

export interface EvidenceOption {
  id: string;
  label: string;
}

type TargetKind = "passage" | "source" | "claim";

/** Links a passage, a whole source or another claim to this claim as evidence. */
export function AddEvidenceForm(props: {
  projectId: string;
  claimId: string;
  sources: EvidenceOption[];
  /** Each labelled with its source. */
  passages: EvidenceOption[];
  claims: EvidenceOption[];
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<TargetKind>("passage");
  const [targetId, setTargetId] = useState("");
  const [stance, setStance] = useState<Stance>("supports");
  const [confidence, setConfidence] = useState("3");
  const [rationale, setRationale] = useState("");
  const [targetMissing, setTargetMissing] = useState(false);
  // Items found by searching, beside the lists the page could offer (a project may hold 100,000).
  const [found, setFound] = useState<Record<TargetKind, PickedItem[]>>({
    passage: [],
    source: [],
    claim: [],
  });
  const form = useActionForm(createEvidenceAction);
  const targetErrors = targetMissing
    ? ["Choose what the evidence is"]
    : Object.entries(form.fieldErrors).find(([key]) => key.startsWith("target"))?.[1];

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        + Add evidence
      </Button>
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setTargetMissing(!targetId);
    if (!targetId) return;
    const target =
      kind === "passage"
        ? { kind, passageId: targetId }
        : kind === "source"
          ? { kind, sourceId: targetId }
          : { kind, claimId: targetId };
    form.submit({ claimId: props.claimId, target, stance, confidence: Number(confidence), rationale }, () => {
      setTargetId("");
      setRationale("");
      setOpen(false);
      router.refresh();
    });
  }

  const offered = kind === "passage" ? props.passages : kind === "source" ? props.sources : props.claims;
  const options = [
    ...found[kind],
    ...offered.filter((option) => !found[kind].some((item) => item.id === option.id)),
  ]
    .filter((option) => option.id !== props.claimId)
    .map((option) => ({ value: option.id, label: option.label }));

  function onPick(item: PickedItem) {
    setFound((current) => ({
      ...current,
      [kind]: [item, ...current[kind].filter((other) => other.id !== item.id)],
    }));
    setTargetId(item.id);
    setTargetMissing(false);
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Add evidence"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
    >
      <FormAlert error={form.error} />
      <fieldset>
        <legend className="text-sm font-medium text-stone-700">Evidence from</legend>
        <div className="mt-1 flex gap-4 text-sm">
          {(
            [
              ["passage", "a passage"],
              ["source", "a whole source"],
              ["claim", "another claim"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-1.5">
              <input
                type="radio"
                name="evidence-kind"
                checked={kind === value}
                onChange={() => {
                  setKind(value);
                  setTargetId("");
                }}
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <SearchPicker
        key={kind}
        projectId={props.projectId}
        kind={kind}
        label={`Find ${kind === "passage" ? "a passage" : kind === "source" ? "a source" : "a claim"}`}
        onPick={onPick}
      />
      <SelectField
        label={kind === "passage" ? "Passage" : kind === "source" ? "Source" : "Claim"}
        name="evidence-target"
        value={targetId}
        onChange={(event) => setTargetId(event.target.value)}
        options={[{ value: "", label: options.length ? "Choose…" : "Nothing to choose yet" }, ...options]}
        errors={targetErrors}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Stance"
          name="evidence-stance"
          value={stance}
          onChange={(event) => setStance(event.target.value as Stance)}
          options={STANCES.map((value) => ({ value, label: value }))}
          errors={form.fieldErrors.stance}
        />
        <SelectField
          label="Confidence"
          name="evidence-confidence"
          value={confidence}
          onChange={(event) => setConfidence(event.target.value)}
          options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n} of 5` }))}
          errors={form.fieldErrors.confidence}
        />
      </div>
      <TextArea
        label="Rationale"
        name="evidence-rationale"
        value={rationale}
        onChange={(event) => setRationale(event.target.value)}
        errors={form.fieldErrors.rationale}
        hint="Why this bears on the claim."
      />
      <SubmitRow
        label="Link evidence"
        pendingLabel="Linking…"
        pending={form.pending}
        onCancel={() => setOpen(false)}
      />
    </form>
  );
}
