// The short title of Chicago's short notes (CMOS 17th, 14.33), made from a title when the
// historian has not recorded one. Pure, so that the source form can show the one it would make.

/** Words a short title does not end on: "Stalin's Drive to the" → "Stalin's Drive". */
const TRAILING_FUNCTION_WORDS = new Set(
  "a an and at by for from in into of on or the to with über und der die das le la les des du de et".split(
    " ",
  ),
);
const INITIAL_ARTICLE = /^(?:the|a|an)\s+/i;

/**
 * The short title Chicago's short notes use (14.33): the main title without its subtitle, an
 * initial article or trailing dates, at most four words, not ending on a function word.
 */
export function shortTitle(title: string): string {
  let main = /^(.+?)\s*[:?!]\s+\S/.exec(title)?.[1] ?? title;
  // "Stalin's Drive to the West, 1938-1945": dates set off by a comma or parentheses are the
  // period covered, not words of the title ("Soviet Policy in 1938" keeps its year).
  main = main.replace(/(?:,\s*|\s+\()\d{3,4}(?:\s*[-–—]\s*\d{2,4})?\)?$/, "").trim();
  const words = main.replace(INITIAL_ARTICLE, "").split(/\s+/).filter(Boolean);
  if (words.length <= 4) return words.join(" ");
  // The key words: the longest opening phrase of two to four words that ends where a function
  // word begins ("Moscow Reply to a Komsomol" → "Moscow Reply"), else the first four words.
  const isFunctionWord = (word: string | undefined) =>
    !!word && TRAILING_FUNCTION_WORDS.has(word.toLowerCase());
  for (let length = 4; length >= 2; length--) {
    if (isFunctionWord(words[length]) && !isFunctionWord(words[length - 1])) {
      return words.slice(0, length).join(" ").replace(/[,;]$/, "");
    }
  }
  const kept = words.slice(0, 4);
  while (kept.length > 1 && TRAILING_FUNCTION_WORDS.has(kept[kept.length - 1]!.toLowerCase())) kept.pop();
  return kept.join(" ").replace(/[,;]$/, "");
}
