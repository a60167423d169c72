import { useRouter } from "next/navigation";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitRow } from "@/components/ui/submit-row";
import { useActionForm } from "@/components/ui/use-action-form";
import { useConflictVersion } from "@/components/ui/use-conflict-version";
import { deleteQuestionAction, updateQuestionAction } from "@/lib/observers/actions";
import type { QuestionView } from "@/lib/observers/types";

/** A question at the head of its row, marked when the observers disagree, edited or deleted in place. */
export function QuestionHeader(props: { question: QuestionView; answerCount: number; editable: boolean }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(props.question.text);
  const conflict = useConflictVersion(props.question.version);
  const update = useActionForm(updateQuestionAction);
  const remove = useActionForm(deleteQuestionAction);
  const name = `question-${props.question.id}`;

  if (editing) {
    return (
      <form
        noValidate
        aria-label="Edit question"
        className="space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          update.submit(
            { questionId: props.question.id, version: conflict.version, text },
            () => {
              setEditing(false);
              router.refresh();
            },
            conflict.adoptOnConflict,
          );
        }}
      >
        <FormAlert error={update.error} />
        <TextArea
          label="Question"
          name={name}
          value={text}
          errors={update.fieldErrors.text}
          onChange={(event) => setText(event.target.value)}
        />
        <SubmitRow label="Save" pending={update.pending} onCancel={() => setEditing(false)} />
      </form>
    );
  }
  return (
    <div className="space-y-1">
      <span className="font-serif text-base text-ink">{props.question.text}</span>
      {props.question.disagreement && (
        <span className="block">
          <Badge tone="amber">Observers disagree</Badge>
        </span>
      )}
      {props.editable && (
        <span className="-ml-3 flex gap-0.5">
          <Button variant="ghost" className="text-xs" onClick={() => setEditing(true)}>
            Edit
          </Button>
          <Button
            variant="ghost"
            className="text-xs text-rose-700"
            disabled={remove.pending}
            onClick={() => {
              const answers = props.answerCount
                ? ` Its ${props.answerCount} answer${props.answerCount === 1 ? "" : "s"} go with it.`
                : "";
              if (window.confirm(`Delete the question “${props.question.text}”?${answers}`)) {
                remove.submit({ questionId: props.question.id }, () => router.refresh());
              }
            }}
          >
            Delete
          </Button>
        </span>
      )}
      <FormAlert error={remove.error} />
    </div>
  );
}
