"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteObserverAction } from "@/lib/observers/actions";

function count(value: number, noun: string) {
  return `${value} ${noun}${value === 1 ? "" : "s"}`;
}

/** Deletes an observer after a confirmation that says what goes with it. */
export function DeleteObserverButton(props: {
  projectId: string;
  observerId: string;
  name: string;
  readings: number;
  answers: number;
}) {
  const router = useRouter();
  const form = useActionForm(deleteObserverAction);
  const consequences = [
    props.readings && count(props.readings, "reading"),
    props.answers && count(props.answers, "answer"),
  ].filter(Boolean);
  return (
    <>
      <FormAlert error={form.error} />
      <Button
        variant="ghost"
        className="text-rose-700"
        disabled={form.pending}
        onClick={() => {
          const message = `Delete ${props.name}?${consequences.length ? ` Its ${consequences.join(" and ")} go with it.` : ""} Sources stay.`;
          if (window.confirm(message)) {
            form.submit({ observerId: props.observerId }, () =>
              router.push(`/projects/${props.projectId}/observers`),
            );
          }
        }}
      >
        {form.pending ? "Deleting…" : "Delete"}
      </Button>
    </>
  );
}
