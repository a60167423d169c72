"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { HistoricalDateField } from "@/components/ui/historical-date-field";
import { SubmitRow } from "@/components/ui/submit-row";
import { useActionForm } from "@/components/ui/use-action-form";
import { useConflictVersion } from "@/components/ui/use-conflict-version";
import { createClaimAction, updateClaimAction } from "@/lib/claims/actions";
import { CLAIM_STATUSES } from "@/lib/claims/schema";

export interface ClaimFormValues {
  statement: string;
  attribution: string;
  status: (typeof CLAIM_STATUSES)[number];
  tags: string;
  period: string;
  note: string;
}

const EMPTY: ClaimFormValues = {
  statement: "",
  attribution: "",
  status: "working",
  tags: "",
  period: "",
  note: "",
};

function splitTags(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((tag) => tag.replace(/^#/, ""))
    .filter(Boolean);
}

/** Create a claim (projectId) or edit one (claim with its version). */
export function ClaimForm(
  props:
    | { mode: "create"; projectId: string }
    | { mode: "edit"; projectId: string; claimId: string; version: number; initial: ClaimFormValues },
) {
  const router = useRouter();
  const [values, setValues] = useState<ClaimFormValues>(props.mode === "edit" ? props.initial : EMPTY);
  const conflict = useConflictVersion(props.mode === "edit" ? props.version : 0);
  const create = useActionForm(createClaimAction);
  const update = useActionForm(updateClaimAction);
  const form = props.mode === "create" ? create : update;
  const set = (field: keyof ClaimFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const claimsPath = `/projects/${props.projectId}/claims`;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const fields = { ...values, tags: splitTags(values.tags) };
    if (props.mode === "create") {
      create.submit({ projectId: props.projectId, ...fields }, (claim) =>
        router.push(`${claimsPath}/${claim.id}`),
      );
    } else {
      update.submit(
        { claimId: props.claimId, version: conflict.version, ...fields },
        () => {
          router.push(`${claimsPath}/${props.claimId}`);
          router.refresh();
        },
        conflict.adoptOnConflict,
      );
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-5">
      <FormAlert error={form.error} />
      <TextArea
        label="Claim"
        name="statement"
        required
        value={values.statement}
        onChange={(event) => set("statement")(event.target.value)}
        errors={form.fieldErrors.statement}
        hint="One assertion, as you would defend it: “Stalin's aims in 1938 were mainly defensive.”"
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label="Asserted by"
          name="attribution"
          value={values.attribution}
          onChange={(event) => set("attribution")(event.target.value)}
          errors={form.fieldErrors.attribution}
          hint="Who makes this claim: a historian, a school of thought, yourself."
        />
        <SelectField
          label="Status"
          name="status"
          value={values.status}
          onChange={(event) => set("status")(event.target.value)}
          errors={form.fieldErrors.status}
          options={CLAIM_STATUSES.map((status) => ({ value: status, label: status }))}
        />
        <TextField
          label="Tags"
          name="tags"
          value={values.tags}
          onChange={(event) => set("tags")(event.target.value)}
          errors={
            form.fieldErrors.tags ??
            Object.entries(form.fieldErrors).find(([key]) => key.startsWith("tags."))?.[1]
          }
          hint="Separated by spaces or commas: soviet-foreign-policy, 1938"
        />
        <HistoricalDateField
          label="Period covered"
          name="period"
          value={values.period}
          onChange={set("period")}
          errors={form.fieldErrors.period}
        />
      </div>
      <TextArea
        label="Note"
        name="note"
        value={values.note}
        onChange={(event) => set("note")(event.target.value)}
        errors={form.fieldErrors.note}
      />
      <SubmitRow
        label={props.mode === "create" ? "Create claim" : "Save changes"}
        pending={form.pending}
        onCancel={() => router.back()}
      />
    </form>
  );
}
