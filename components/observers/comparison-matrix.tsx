"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { OBSERVER_KIND_LABEL } from "@/lib/observers/schema";
import type { AnswerView, ObserverSummary, QuestionView } from "@/lib/observers/types";
import { AddQuestionForm } from "./add-question-form";
import { AnswerBadge } from "./answer-badge";
import { AnswerDialog } from "./answer-dialog";
import { QuestionHeader } from "./question-header";

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
          question={editing.question}
          observer={editing.observer}
          answer={editing.answer}
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
