"use client";

import { useRouter } from "next/navigation";
import { useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteSourceAction } from "@/lib/sources/actions";

export interface SourceDependents {
  passages: number;
  evidence: number;
  relations: number;
  readings: number;
  images: number;
}

function count(value: number, singular: string, plural: string) {
  return `${value} ${value === 1 ? singular : plural}`;
}

function listInWords(items: string[]) {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** Deletes a source after a confirmation that says what goes with it. */
export function DeleteSourceButton({
  projectId,
  sourceId,
  citation,
  dependents,
}: {
  projectId: string;
  sourceId: string;
  citation: string;
  dependents: SourceDependents;
}) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const form = useActionForm(deleteSourceAction);
  const consequences = [
    dependents.passages && count(dependents.passages, "passage", "passages"),
    dependents.evidence && count(dependents.evidence, "evidence link", "evidence links"),
    dependents.relations && count(dependents.relations, "provenance relation", "provenance relations"),
    dependents.readings && count(dependents.readings, "reading", "readings"),
    dependents.images && count(dependents.images, "photo or scan", "photos and scans"),
  ].filter((item): item is string => Boolean(item));

  return (
    <>
      <Button variant="ghost" className="text-rose-700" onClick={() => dialog.current?.showModal()}>
        Delete
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto max-w-lg rounded-lg border border-stone-200 bg-white p-6 text-ink shadow-lg backdrop:bg-stone-900/40"
        onClose={form.clearError}
      >
        <h2 id={titleId} className="font-serif text-xl">
          Delete this source?
        </h2>
        <p className="mt-2 font-serif text-stone-700">{citation}</p>
        <p className="mt-4 text-sm text-stone-700">
          {consequences.length
            ? `Deleting this source also deletes its ${listInWords(consequences)}.`
            : "Nothing else depends on it."}{" "}
          Claims stay. This cannot be undone.
        </p>
        <div className="mt-4">
          <FormAlert error={form.error} />
        </div>
        <div className="mt-6 flex justify-end gap-2">
          <Button variant="secondary" autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </Button>
          <Button
            variant="danger"
            disabled={form.pending}
            onClick={() =>
              form.submit({ sourceId }, () => {
                dialog.current?.close();
                router.push(`/projects/${projectId}/sources`);
              })
            }
          >
            {form.pending ? "Deleting…" : "Delete source"}
          </Button>
        </div>
      </dialog>
    </>
  );
}
