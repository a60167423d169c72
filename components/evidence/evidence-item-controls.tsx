"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextArea } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { STANCES } from "@/lib/claims/schema";
import type { Stance } from "@/lib/claims/types";
import { deleteEvidenceAction, reorderEvidenceAction, updateEvidenceAction } from "@/lib/evidence/actions";

interface Props {
  claimId: string;
  evidenceId: string;
  version: number;
  stance: Stance;
  confidence: number;
  rationale: string | null;
  /** Every evidence id of the claim in its current order, for moving this one. */
  order: string[];
}

/** Edit, remove and reorder one evidence item (shown only to those allowed to change it). */
export function EvidenceItemControls(props: Props) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState({
    stance: props.stance,
    confidence: String(props.confidence),
    rationale: props.rationale ?? "",
  });
  const update = useActionForm(updateEvidenceAction);
  const remove = useActionForm(deleteEvidenceAction);
  const reorder = useActionForm(reorderEvidenceAction);
  const index = props.order.indexOf(props.evidenceId);

  function move(offset: number) {
    const order = [...props.order];
    const [item] = order.splice(index, 1);
    order.splice(index + offset, 0, item!);
    reorder.submit({ claimId: props.claimId, orderedIds: order }, () => router.refresh());
  }

  if (editing) {
    return (
      <form
        className="mt-3 space-y-3 rounded border border-stone-200 bg-stone-50 p-3"
        onSubmit={(event) => {
          event.preventDefault();
          update.submit(
            {
              evidenceId: props.evidenceId,
              version: props.version,
              stance: values.stance,
              confidence: Number(values.confidence),
              rationale: values.rationale,
            },
            () => {
              setEditing(false);
              router.refresh();
            },
          );
        }}
      >
        <FormAlert error={update.error} />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            label="Stance"
            name={`stance-${props.evidenceId}`}
            value={values.stance}
            onChange={(event) => setValues({ ...values, stance: event.target.value as Stance })}
            options={STANCES.map((stance) => ({ value: stance, label: stance }))}
            errors={update.fieldErrors.stance}
          />
          <SelectField
            label="Confidence"
            name={`confidence-${props.evidenceId}`}
            value={values.confidence}
            onChange={(event) => setValues({ ...values, confidence: event.target.value })}
            options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n} of 5` }))}
            errors={update.fieldErrors.confidence}
          />
        </div>
        <TextArea
          label="Rationale"
          name={`rationale-${props.evidenceId}`}
          value={values.rationale}
          onChange={(event) => setValues({ ...values, rationale: event.target.value })}
          errors={update.fieldErrors.rationale}
        />
        <div className="flex gap-2">
          <Button type="submit" disabled={update.pending}>
            Save
          </Button>
          <Button variant="ghost" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </div>
      </form>
    );
  }

  return (
    <div className="mt-2 flex flex-wrap items-center gap-1 text-xs">
      <FormAlert error={remove.error ?? reorder.error} />
      <Button variant="ghost" onClick={() => setEditing(true)}>
        Edit
      </Button>
      <Button
        variant="ghost"
        disabled={index <= 0 || reorder.pending}
        onClick={() => move(-1)}
        aria-label="Move up"
      >
        ↑
      </Button>
      <Button
        variant="ghost"
        disabled={index >= props.order.length - 1 || reorder.pending}
        onClick={() => move(1)}
        aria-label="Move down"
      >
        ↓
      </Button>
      <Button
        variant="ghost"
        className="text-rose-700"
        disabled={remove.pending}
        onClick={() => {
          if (
            window.confirm("Remove this evidence from the claim? The source and passage stay in the project.")
          ) {
            remove.submit({ evidenceId: props.evidenceId }, () => router.refresh());
          }
        }}
      >
        Remove
      </Button>
    </div>
  );
}
