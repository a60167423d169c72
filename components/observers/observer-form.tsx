"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitRow } from "@/components/ui/submit-row";
import { useActionForm } from "@/components/ui/use-action-form";
import { useConflictVersion } from "@/components/ui/use-conflict-version";
import { createObserverAction, updateObserverAction } from "@/lib/observers/actions";
import { OBSERVER_KIND_LABEL, OBSERVER_KINDS } from "@/lib/observers/schema";
import type { ObserverKind } from "@/lib/observers/types";

export interface ObserverFormValues {
  name: string;
  kind: ObserverKind;
  activeFrom: string;
  activeTo: string;
  affiliationId: string;
  note: string;
}

const EMPTY: ObserverFormValues = {
  name: "",
  kind: "newspaper",
  activeFrom: "",
  activeTo: "",
  affiliationId: "",
  note: "",
};

/** A year as typed: null when empty, undefined when it is not a year. */
function year(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return /^\d{1,4}$/.test(trimmed) && Number(trimmed) > 0 ? Number(trimmed) : undefined;
}

const NOT_A_YEAR = ["A year, such as 1938"];

/** Create an observer, or edit one (with the version it was loaded at). */
export function ObserverForm(
  props: { projectId: string; affiliations: { id: string; name: string }[] } & (
    | { mode: "create" }
    | { mode: "edit"; observerId: string; version: number; initial: ObserverFormValues }
  ),
) {
  const router = useRouter();
  const [values, setValues] = useState<ObserverFormValues>(props.mode === "edit" ? props.initial : EMPTY);
  const conflict = useConflictVersion(props.mode === "edit" ? props.version : 0);
  const create = useActionForm(createObserverAction);
  const update = useActionForm(updateObserverAction);
  const form = props.mode === "create" ? create : update;
  const [yearErrors, setYearErrors] = useState<Record<string, string[]>>({});
  const errors = { ...form.fieldErrors, ...yearErrors };
  const base = `/projects/${props.projectId}/observers`;

  function bind(field: keyof ObserverFormValues) {
    return {
      name: `observer-${field}`,
      value: values[field],
      errors: errors[field],
      onChange: (event: { target: { value: string } }) =>
        setValues((current) => ({ ...current, [field]: event.target.value })),
    };
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const activeFrom = year(values.activeFrom);
    const activeTo = year(values.activeTo);
    const wrongYears = {
      ...(activeFrom === undefined ? { activeFrom: NOT_A_YEAR } : {}),
      ...(activeTo === undefined ? { activeTo: NOT_A_YEAR } : {}),
    };
    setYearErrors(wrongYears);
    if (activeFrom === undefined || activeTo === undefined) return;
    const fields = {
      name: values.name,
      kind: values.kind,
      activeFrom,
      activeTo,
      affiliationId: values.affiliationId || null,
      note: values.note,
    };
    if (props.mode === "create") {
      create.submit({ projectId: props.projectId, ...fields }, (observer) =>
        router.push(`${base}/${observer.id}`),
      );
    } else {
      update.submit(
        { observerId: props.observerId, version: conflict.version, ...fields },
        () => {
          router.push(`${base}/${props.observerId}`);
          router.refresh();
        },
        conflict.adoptOnConflict,
      );
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-5" aria-label="Observer">
      <FormAlert error={form.error} />
      <TextField
        label="Name"
        required
        hint="A newspaper, an embassy, a ministry department, a party body, a historian or a person."
        {...bind("name")}
      />
      <div className="grid gap-5 sm:grid-cols-3">
        <SelectField
          label="Kind"
          {...bind("kind")}
          options={OBSERVER_KINDS.map((kind) => ({ value: kind, label: OBSERVER_KIND_LABEL[kind] }))}
        />
        <TextField
          label="Active from (year)"
          inputMode="numeric"
          placeholder="1785"
          {...bind("activeFrom")}
        />
        <TextField label="Active until (year)" inputMode="numeric" {...bind("activeTo")} />
      </div>
      <SelectField
        label="Affiliation"
        hint="The body it belongs to: the Embassy in Moscow under the Foreign Office."
        {...bind("affiliationId")}
        options={[
          { value: "", label: "None" },
          ...props.affiliations.map((observer) => ({ value: observer.id, label: observer.name })),
        ]}
      />
      <TextArea label="Note" {...bind("note")} />
      <SubmitRow
        label={props.mode === "create" ? "Create observer" : "Save changes"}
        pending={form.pending}
        onCancel={() => router.back()}
      />
    </form>
  );
}
