"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { type PickedItem, SearchPicker } from "@/components/search/search-picker";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  createAnswerAction,
  createQuestionAction,
  deleteAnswerAction,
  deleteQuestionAction,
  updateAnswerAction,
  updateQuestionAction,
} from "@/lib/observers/actions";
import { ANSWER_LABEL, ANSWER_VALUES, OBSERVER_KIND_LABEL } from "@/lib/observers/schema";
import type { AnswerValue, AnswerView, ObserverSummary, QuestionView } from "@/lib/observers/types";
import { AnswerBadge } from "./answer-badge";

export interface MatrixReading {
  id: string;
  observerId: string;
  readAt: string | null;
  documentingSourceId: string | null;
  documentingLocator: string | null;
}

interface MatrixProps {
  projectId: string;
  sourceId: string;
  observers: ObserverSummary[];
  questions: QuestionView[];
  answers: AnswerView[];
  readings: MatrixReading[];
  /** Sources an answer may cite. */
  citationSources: { id: string; label: string }[];
  canAdd: boolean;
  editableQuestionIds: string[];
  editableAnswerIds: string[];
}

interface Cell {
  question: QuestionView;
  observer: ObserverSummary;
  answer: AnswerView | undefined;
}

/**
 * The observers side by side: one row per question, one column per observer, each cell the
 * observer's answer with its note and citation. A row where the answers other than "silent"
 * differ is marked as a disagreement.
 */
export function ComparisonMatrix(props: MatrixProps) {
  const [editing, setEditing] = useState<Cell | null>(null);
  const disagreements = props.questions.filter((question) => question.disagreement).length;
  const readingsOf = (observerId: string) =>
    props.readings.filter((reading) => reading.observerId === observerId);
  const answers = new Map(
    props.answers.map((answer) => [`${answer.questionId}|${answer.observerId}`, answer]),
  );
  const answerOf = (questionId: string, observerId: string) => answers.get(`${questionId}|${observerId}`);

  return (
    <div>
      {props.questions.length > 0 && (
        <p className="text-sm text-stone-600">
          {disagreements === 0
            ? "The observers agree on every question (silence aside)."
            : `The observers disagree on ${disagreements} of ${props.questions.length} question${props.questions.length === 1 ? "" : "s"}.`}
        </p>
      )}
      <div className="mt-3 overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">
            Each observer's answer to each question. Rows marked “Observers disagree” hold different answers
            other than silence.
          </caption>
          <thead>
            <tr className="border-b border-stone-300 align-bottom">
              <th
                scope="col"
                className="min-w-56 px-3 py-2 text-xs font-medium uppercase tracking-wide text-stone-500"
              >
                Question
              </th>
              {props.observers.map((observer) => {
                const dates = readingsOf(observer.id)
                  .map((reading) => reading.readAt)
                  .filter(Boolean);
                return (
                  <th key={observer.id} scope="col" className="min-w-44 px-3 py-2 font-normal">
                    <Link
                      href={`/projects/${props.projectId}/observers/${observer.id}`}
                      className="font-serif text-base text-ink hover:text-accent"
                    >
                      {observer.name}
                    </Link>
                    <span className="block text-xs text-stone-500">
                      {OBSERVER_KIND_LABEL[observer.kind]}
                      {dates.length > 0 && ` · ${dates.join("; ")}`}
                    </span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {props.questions.map((question) => (
              <tr
                key={question.id}
                className={`border-b border-stone-200 align-top ${question.disagreement ? "bg-amber-50" : ""}`}
              >
                <th
                  scope="row"
                  className={`px-3 py-3 font-normal ${question.disagreement ? "border-l-4 border-amber-400" : "border-l-4 border-transparent"}`}
                >
                  <QuestionHeader
                    question={question}
                    answerCount={props.answers.filter((answer) => answer.questionId === question.id).length}
                    editable={props.editableQuestionIds.includes(question.id)}
                  />
                </th>
                {props.observers.map((observer) => {
                  const answer = answerOf(question.id, observer.id);
                  const mayEdit = answer ? props.editableAnswerIds.includes(answer.id) : props.canAdd;
                  return (
                    <td key={observer.id} className="px-3 py-3">
                      <AnswerSummary answer={answer} />
                      {mayEdit && (
                        <Button
                          variant="ghost"
                          className="-ml-3 mt-1 text-xs"
                          aria-label={`${answer ? "Change the answer of" : "Answer for"} ${observer.name}: ${question.text}`}
                          onClick={() => setEditing({ question, observer, answer })}
                        >
                          {answer ? "Change" : "Answer"}
                        </Button>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {props.questions.length === 0 && (
          <p className="p-4 text-sm text-stone-500">
            No questions yet. Ask something every reading can answer: “Does Stalin call on workers abroad to
            act?”
          </p>
        )}
      </div>
      {props.canAdd && <AddQuestionForm sourceId={props.sourceId} />}
      {editing && (
        <AnswerDialog
          key={`${editing.question.id}-${editing.observer.id}`}
          cell={editing}
          reading={readingsOf(editing.observer.id)[0]}
          projectId={props.projectId}
          citationSources={props.citationSources}
          mayDelete={Boolean(editing.answer && props.editableAnswerIds.includes(editing.answer.id))}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}

function AnswerSummary({ answer }: { answer: AnswerView | undefined }) {
  if (!answer) {
    return (
      <span className="text-stone-400">
        —<span className="sr-only">not answered</span>
      </span>
    );
  }
  return (
    <div className="space-y-1">
      <AnswerBadge value={answer.value} />
      {answer.note && <p className="text-stone-700">{answer.note}</p>}
      {answer.citation && (
        <p className="text-xs text-stone-500">
          <cite className="not-italic" title={answer.citation.note}>
            {answer.citation.short}
          </cite>
        </p>
      )}
    </div>
  );
}

function QuestionHeader(props: { question: QuestionView; answerCount: number; editable: boolean }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(props.question.text);
  const [version, setVersion] = useState(props.question.version);
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
            { questionId: props.question.id, version, text },
            () => {
              setEditing(false);
              router.refresh();
            },
            (error) => {
              const current = error.details?.current as { version?: number } | undefined;
              if (error.code === "CONFLICT" && current?.version) setVersion(current.version);
            },
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
        <div className="flex gap-1">
          <Button type="submit" disabled={update.pending}>
            {update.pending ? "Saving…" : "Save"}
          </Button>
          <Button variant="ghost" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </div>
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

function AddQuestionForm({ sourceId }: { sourceId: string }) {
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

/** Records or changes one observer's answer to one question, in a modal dialog. */
function AnswerDialog(props: {
  projectId: string;
  cell: Cell;
  reading: MatrixReading | undefined;
  citationSources: { id: string; label: string }[];
  mayDelete: boolean;
  onClose: () => void;
}) {
  const { question, observer, answer } = props.cell;
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
  const [version, setVersion] = useState(answer?.version ?? 0);
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
      update.submit({ answerId: answer.id, version, ...fields }, done, (error) => {
        const current = error.details?.current as { version?: number } | undefined;
        if (error.code === "CONFLICT" && current?.version) setVersion(current.version);
      });
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
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" disabled={form.pending}>
            {form.pending ? "Saving…" : "Save answer"}
          </Button>
          <Button variant="ghost" onClick={() => dialog.current?.close()}>
            Cancel
          </Button>
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
        </div>
      </form>
    </dialog>
  );
}
