import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { createQuestionAction } from "@/lib/observers/actions";

/** A new row of the comparison: a question every reading of the source can answer. */
export function AddQuestionForm({ sourceId }: { sourceId: string }) {
  const router = useRouter();
  const [text, setText] = useState("");
  const form = useActionForm(createQuestionAction);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    form.submit({ sourceId, text }, () => {
      setText("");
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a question" className="mt-4 max-w-3xl space-y-2">
      <FormAlert error={form.error} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-72 flex-1">
          <TextField
            label="New question"
            name="new-question"
            value={text}
            placeholder="Is the posture defensive?"
            errors={form.fieldErrors.text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={form.pending} className="mb-0.5">
          {form.pending ? "Adding…" : "Add question"}
        </Button>
      </div>
    </form>
  );
}
