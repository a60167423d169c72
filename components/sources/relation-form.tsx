"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextArea } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitRow } from "@/components/ui/submit-row";
import { useActionForm } from "@/components/ui/use-action-form";
import { createRelationAction, deleteRelationAction } from "@/lib/sources/actions";
import { RELATION_TYPES } from "@/lib/sources/schema";

type RelationType = (typeof RELATION_TYPES)[number];
type Direction = "from" | "to";

function verb(type: RelationType) {
  return type.replaceAll("_", " ");
}

/**
 * Records provenance between this source and another: "this source translates that one", or
 * "that one reports this one".
 */
export function RelationForm({
  projectId,
  sourceId,
  sources,
}: {
  projectId: string;
  sourceId: string;
  /** The other sources of the project, this one excluded. */
  sources: { id: string; label: string }[];
}) {
  const router = useRouter();
  const [direction, setDirection] = useState<Direction>("from");
  const [type, setType] = useState<RelationType>("reprints");
  const [otherId, setOtherId] = useState("");
  const [note, setNote] = useState("");
  const form = useActionForm(createRelationAction);
  const errors = form.fieldErrors;
  const otherErrors = [...(errors.toSourceId ?? []), ...(errors.fromSourceId ?? [])];
  const other = sources.find((source) => source.id === otherId);

  if (sources.length === 0) {
    return (
      <p className="text-sm text-stone-500">Add another source to the project to record how they relate.</p>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const [fromSourceId, toSourceId] = direction === "from" ? [sourceId, otherId] : [otherId, sourceId];
    form.submit({ projectId, fromSourceId, toSourceId, type, note }, () => {
      setOtherId("");
      setNote("");
      router.refresh();
    });
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Add a provenance relation"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
    >
      <h3 className="text-sm font-semibold text-stone-700">Add a relation</h3>
      <FormAlert error={form.error} />
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField
          label="Direction"
          name="relation-direction"
          value={direction}
          onChange={(event) => setDirection(event.target.value as Direction)}
          options={[
            { value: "from", label: "This source … another" },
            { value: "to", label: "Another source … this one" },
          ]}
        />
        <SelectField
          label="Relation"
          name="relation-type"
          value={type}
          errors={errors.type}
          onChange={(event) => setType(event.target.value as RelationType)}
          options={RELATION_TYPES.map((value) => ({ value, label: verb(value) }))}
        />
        <SelectField
          label="Other source"
          name="relation-other"
          value={otherId}
          errors={otherErrors.length ? otherErrors : undefined}
          onChange={(event) => setOtherId(event.target.value)}
          options={[
            { value: "", label: "Choose a source…" },
            ...sources.map(({ id, label }) => ({ value: id, label })),
          ]}
        />
      </div>
      <p className="text-sm text-stone-600" aria-live="polite">
        {direction === "from" ? (
          <>
            This source <strong>{verb(type)}</strong>{" "}
            <span className="font-serif">{other?.label ?? "…"}</span>.
          </>
        ) : (
          <>
            <span className="font-serif">{other?.label ?? "…"}</span> <strong>{verb(type)}</strong> this
            source.
          </>
        )}
      </p>
      <TextArea
        label="Note"
        name="relation-note"
        value={note}
        errors={errors.note}
        onChange={(event) => setNote(event.target.value)}
      />
      <SubmitRow label="Add relation" pending={form.pending} />
    </form>
  );
}

export function DeleteRelationButton({
  relationId,
  description,
}: {
  relationId: string;
  description: string;
}) {
  const router = useRouter();
  const form = useActionForm(deleteRelationAction);
  return (
    <>
      <Button
        variant="ghost"
        className="text-rose-700"
        disabled={form.pending}
        aria-label={`Delete relation: ${description}`}
        onClick={() => {
          if (window.confirm(`Delete the relation “${description}”? The sources stay.`)) {
            form.submit({ relationId }, () => router.refresh());
          }
        }}
      >
        {form.pending ? "Deleting…" : "Delete"}
      </Button>
      {form.error && (
        <div className="mt-2 basis-full">
          <FormAlert error={form.error} />
        </div>
      )}
    </>
  );
}
