import { describe, expect, it } from "vitest";
import { anchorSelector, createSelector } from "./anchoring";

const original =
  "The victory of socialism in one country is assured; the victory of socialism in our country is not final.";

function quoteAt(text: string, span: { start: number; end: number } | null) {
  return span && text.slice(span.start, span.end);
}

describe("text-quote anchoring", () => {
  it("finds the span in the unchanged text", () => {
    const start = original.indexOf("not final");
    const selector = createSelector(original, start, start + "not final".length);
    expect(anchorSelector(original, selector)).toEqual({ start, end: start + 9 });
  });

  it("tells two equal quotes apart by their context", () => {
    const second = original.lastIndexOf("victory of socialism");
    const selector = createSelector(original, second, second + "victory of socialism".length);
    expect(anchorSelector(original, selector)?.start).toBe(second);
  });

  it("re-anchors after the passage is edited around the span", () => {
    const second = original.lastIndexOf("victory of socialism");
    const selector = createSelector(original, second, second + "victory of socialism".length);
    const edited = `[Pravda, 14 February 1938] ${original.replace("is assured", "has been achieved")}`;
    const span = anchorSelector(edited, selector);
    expect(quoteAt(edited, span)).toBe("victory of socialism");
    // Still the second occurrence: its context ("the … in our country") decides.
    expect(span?.start).toBe(edited.lastIndexOf("victory of socialism"));
  });

  it("is orphaned, not guessed, when the quote is gone", () => {
    const start = original.indexOf("not final");
    const selector = createSelector(original, start, start + 9);
    expect(anchorSelector(original.replace("not final", "final"), selector)).toBeNull();
  });

  it("refuses a selection outside the text", () => {
    expect(() => createSelector("abc", 2, 10)).toThrow(RangeError);
  });
});
