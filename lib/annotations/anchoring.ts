// Text-quote selectors (W3C Web Annotation): an annotation on a span of a passage stores the
// exact quote with some context before and after. When the passage is edited, the span is found
// again by its quote and context; when the quote is gone, the annotation is orphaned, not lost.

export const CONTEXT_LENGTH = 32;

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the span started when it was made; breaks ties between equal quotes. */
  start: number;
}

export function createSelector(text: string, start: number, end: number): TextQuoteSelector {
  if (start < 0 || end > text.length || start >= end)
    throw new RangeError("The selection is outside the text.");
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
  };
}

export function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

export function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let index = text.indexOf(quote); index !== -1; index = text.indexOf(quote, index + 1))
    found.push(index);
  return found;
}

/**
 * Finds the selector's span in (possibly edited) text: every occurrence of the quote is scored
 * by how much of its context still matches, and ties go to the one nearest the old position.
 * Null when the quote no longer occurs: the annotation is then shown as orphaned.
 */
export function anchorSelector(
  text: string,
  selector: TextQuoteSelector,
): { start: number; end: number } | null {
  if (!selector.exact) return null;
  const candidates = occurrences(text, selector.exact);
  if (candidates.length === 0) return null;
  let best = candidates[0]!;
  let bestScore = -1;
  for (const start of candidates) {
    const before = text.slice(Math.max(0, start - selector.prefix.length), start);
    const after = text.slice(
      start + selector.exact.length,
      start + selector.exact.length + selector.suffix.length,
    );
    const context = commonSuffixLength(before, selector.prefix) + commonPrefixLength(after, selector.suffix);
    // Context counts for much more than position; position only breaks ties.
    const score = context * 1_000_000 - Math.abs(start - selector.start);
    if (score > bestScore) {
      bestScore = score;
      best = start;
    }
  }
  return { start: best, end: best + selector.exact.length };
}
