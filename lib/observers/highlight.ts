/**
 * Splits a passage around the phrase an observer quoted from it, so the phrase can be marked in
 * its context. Case, runs of white space and the form of apostrophes and quotation marks do not
 * matter; null when the phrase is not in the text (a paraphrase, or another language).
 */
export function splitAtPhrase(
  text: string,
  phrase: string,
): [before: string, match: string, after: string] | null {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = words
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace(/['’‘]/g, "['’‘]")
        .replace(/["“”«»]/g, '["“”«»]'),
    )
    .join("\\s+");
  const match = new RegExp(pattern, "iu").exec(text);
  if (!match) return null;
  return [text.slice(0, match.index), match[0], text.slice(match.index + match[0].length)];
}
