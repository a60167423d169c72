import type { AnswerValue } from "./types";

/**
 * Observers disagree on a question when their answers other than "silent" differ: yes against
 * no, or a clear answer against "ambiguous". An observer who says nothing disagrees with no one.
 */
export function isDisagreement(values: readonly AnswerValue[]): boolean {
  return new Set(values.filter((value) => value !== "silent")).size > 1;
}

/** The questions whose answers disagree. */
export function disagreeingQuestions(answers: readonly { questionId: string; value: AnswerValue }[]) {
  const byQuestion = new Map<string, AnswerValue[]>();
  for (const answer of answers) {
    byQuestion.set(answer.questionId, [...(byQuestion.get(answer.questionId) ?? []), answer.value]);
  }
  return new Set([...byQuestion].filter(([, values]) => isDisagreement(values)).map(([id]) => id));
}
