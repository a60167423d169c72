import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { type PickedItem, SearchPicker } from "@/components/search/search-picker";
import { Button } from "@/components/ui/button";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitRow } from "@/components/ui/submit-row";
import { useActionForm } from "@/components/ui/use-action-form";
import { useConflictVersion } from "@/components/ui/use-conflict-version";
import { createAnswerAction, deleteAnswerAction, updateAnswerAction } from "@/lib/observers/actions";
import { ANSWER_LABEL, ANSWER_VALUES } from "@/lib/observers/schema";
import type { AnswerValue, AnswerView, ObserverSummary, QuestionView } from "@/lib/observers/types";

/** The observer's reading an answer is recorded against, and the source that documents it. */
interface AnsweredReading {
  id: string;
  documentingSourceId: string | null;
  documentingLocator: string | null;
}

/** Records or changes one observer's answer to one question, in a modal dialog. */
export function AnswerDialog(props: {
  projectId: string;
  question: QuestionView;
  observer: ObserverSummary;
  answer: AnswerView | undefined;
  reading: AnsweredReading | undefined;
  citationSources: { id: string; label: string }[];
  mayDelete: boolean;
  onClose: () => void;
}) {
  const { question, observer, answer } = props;
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [value, setValue] = useState<AnswerValue>(answer?.value ?? "yes");
  const [note, setNote] = useState(answer?.note ?? "");
  // A new answer is cited, by default, from the source that documents the observer's reading.
  const [citedSourceId, setCitedSourceId] = useState(
    answer ? (answer.citation?.source.id ?? "") : (props.reading?.documentingSourceId ?? ""),
  );
  const [citedLocator, setCitedLocator] = useState(
    answer ? (answer.citation?.locator ?? "") : (props.reading?.documentingLocator ?? ""),
  );
  const conflict = useConflictVersion(answer?.version ?? 0);
  // Sources found by searching join the choices, which hold the project's first 2,000 titles.
  const [found, setFound] = useState<PickedItem[]>([]);
  const create = useActionForm(createAnswerAction);
  const update = useActionForm(updateAnswerAction);
  const remove = useActionForm(deleteAnswerAction);
  const form = answer ? update : create;
  const errors = form.fieldErrors;

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);

  const done = () => {
    dialog.current?.close();
    router.refresh();
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const fields = { value, note, citedSourceId: citedSourceId || null, citedLocator };
    if (answer) {
      update.submit(
        { answerId: answer.id, version: conflict.version, ...fields },
        done,
        conflict.adoptOnConflict,
      );
    } else {
      create.submit(
        { questionId: question.id, observerId: observer.id, readingId: props.reading?.id ?? null, ...fields },
        done,
      );
    }
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={props.onClose}
      className="m-auto w-full max-w-lg rounded-lg border border-stone-200 bg-white p-6 text-ink shadow-lg backdrop:bg-stone-900/40"
    >
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <div>
          <h2 id={titleId} className="font-serif text-xl">
            {observer.name}
          </h2>
          <p className="mt-1 text-stone-700">{question.text}</p>
        </div>
        <FormAlert error={form.error ?? remove.error} />
        <SelectField
          label="Answer"
          name="answer-value"
          value={value}
          errors={errors.value}
          onChange={(event) => setValue(event.target.value as AnswerValue)}
          options={ANSWER_VALUES.map((item) => ({ value: item, label: ANSWER_LABEL[item] }))}
        />
        <TextArea
          label="Note"
          name="answer-note"
          value={note}
          errors={errors.note}
          hint="What in the reading gives this answer: a phrase, a nuance."
          onChange={(event) => setNote(event.target.value)}
        />
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_8rem]">
          <SelectField
            label="Cited from"
            name="answer-citedSourceId"
            value={citedSourceId}
            errors={errors.citedSourceId}
            onChange={(event) => setCitedSourceId(event.target.value)}
            options={[
              { value: "", label: "No citation" },
              ...[
                ...found,
                ...props.citationSources.filter((source) => !found.some((item) => item.id === source.id)),
              ].map((source) => ({ value: source.id, label: source.label })),
            ]}
          />
          <TextField
            label="Page or folio"
            name="answer-citedLocator"
            value={citedLocator}
            errors={errors.citedLocator}
            onChange={(event) => setCitedLocator(event.target.value)}
          />
        </div>
        <SearchPicker
          projectId={props.projectId}
          kind="source"
          label="Find the source cited"
          onPick={(item) => {
            setFound((current) => [item, ...current.filter((other) => other.id !== item.id)]);
            setCitedSourceId(item.id);
          }}
        />
        <SubmitRow label="Save answer" pending={form.pending} onCancel={() => dialog.current?.close()}>
          {answer && props.mayDelete && (
            <Button
              variant="ghost"
              className="ml-auto text-rose-700"
              disabled={remove.pending}
              onClick={() => remove.submit({ answerId: answer.id }, done)}
            >
              {remove.pending ? "Removing…" : "Remove answer"}
            </Button>
          )}
        </SubmitRow>
      </form>
    </dialog>
  );
}
