import { describe, expect, it } from "vitest";
import { disagreeingQuestions, isDisagreement } from "./disagreement";

describe("isDisagreement", () => {
  it("yes against no, and a clear answer against ambiguous, are disagreements", () => {
    expect(isDisagreement(["yes", "no"])).toBe(true);
    expect(isDisagreement(["yes", "yes", "ambiguous"])).toBe(true);
  });

  it("silence disagrees with no one: the same answer from all who speak is agreement", () => {
    expect(isDisagreement(["no", "silent", "no", "no"])).toBe(false);
    expect(isDisagreement(["silent", "silent"])).toBe(false);
    expect(isDisagreement(["yes"])).toBe(false);
    expect(isDisagreement([])).toBe(false);
  });
});

it("disagreeingQuestions names the questions whose answers differ", () => {
  const ids = disagreeingQuestions([
    { questionId: "defensive", value: "yes" },
    { questionId: "defensive", value: "silent" },
    { questionId: "defensive", value: "no" },
    { questionId: "final", value: "no" },
    { questionId: "final", value: "silent" },
    { questionId: "final", value: "no" },
  ]);
  expect([...ids]).toEqual(["defensive"]);
});
