import { transliterateCyrillic } from "@/lib/text/transliterate";

// ts_headline marks matches with these two control characters, which no stored text contains
// (a form or import strips them), so the text can be split into plain runs and rendered safely.
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

export interface HighlightedText {
  text: string;
  /** [start, end) offsets in `text` of the words that matched. */
  highlights: [number, number][];
}

/** Turns marked text into plain text with the offsets of its marked runs. */
export function parseHighlights(marked: string): HighlightedText {
  let text = "";
  const highlights: [number, number][] = [];
  let start: number | null = null;
  for (const char of marked) {
    if (char === MATCH_START) start = text.length;
    else if (char === MATCH_END) {
      if (start !== null && text.length > start) highlights.push([start, text.length]);
      start = null;
    } else text += char;
  }
  return { text, highlights: mergeAdjacent(highlights, text) };
}

/** "Journal de Moscou" reads better as one mark than as three with spaces between. */
function mergeAdjacent(ranges: [number, number][], text: string): [number, number][] {
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && /^\s*$/.test(text.slice(last[1], range[0]))) last[1] = range[1];
    else merged.push([...range]);
  }
  return merged;
}

/**
 * Marks the case- and accent-insensitive occurrences of a phrase in a text, for matches the
 * full-text search did not mark (a reference found by trigrams, "FO 371/22286").
 */
export function highlightPhrase(text: string, phrase: string): HighlightedText {
  const fold = (value: string) => value.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const needle = fold(phrase.trim());
  if (!needle) return { text, highlights: [] };
  // Folding removes combining marks only, so offsets in the folded text map back through a table.
  const offsets: number[] = [];
  let folded = "";
  for (let index = 0; index < text.length; index++) {
    const piece = fold(text[index]!);
    for (let k = 0; k < piece.length; k++) offsets.push(index);
    folded += piece;
  }
  offsets.push(text.length);
  const highlights: [number, number][] = [];
  let from = folded.indexOf(needle);
  while (from !== -1) {
    highlights.push([offsets[from]!, offsets[from + needle.length]!]);
    from = folded.indexOf(needle, from + needle.length);
  }
  return { text, highlights };
}

/** Folded to compare across scripts: Latin letters, lower case, without accents or LC signs. */
const romanized = (word: string) =>
  transliterateCyrillic(word)
    .normalize("NFD")
    .replace(/[\p{M}ʹʺ'’]/gu, "")
    .toLowerCase();

/**
 * Marks the words of a text that the query found in another script, which ts_headline cannot see
 * (the index holds a Cyrillic word's romanization too, migration search_across_scripts): "Stalin"
 * marks "Сталин" and "Сталина", "Правда" marks "Pravda", "Staline" marks "Stalin". A word is marked
 * when, both romanized, one begins with the other (the shorter of at least four letters), as a stem
 * and a name's French form do.
 */
export function highlightRomanized(text: string, query: string): HighlightedText {
  const wanted = [...query.matchAll(/\p{L}[\p{L}\p{M}ʹʺ'’]*/gu)]
    .map(([word]) => romanized(word))
    .filter((word) => word.length >= 3);
  const highlights: [number, number][] = [];
  if (!wanted.length) return { text, highlights };
  for (const match of text.matchAll(/\p{L}[\p{L}\p{M}ʹʺ]*/gu)) {
    const word = romanized(match[0]);
    const found = wanted.some(
      (query) => word.startsWith(query) || (word.length >= 4 && query.startsWith(word)),
    );
    if (found) highlights.push([match.index, match.index + match[0].length]);
  }
  return { text, highlights: mergeAdjacent(highlights, text) };
}
