import { transliterateCyrillic } from "@/lib/text/transliterate";
import { firstCreator, year } from "./csl-variables";
import type { CslItem } from "./render";

// BibTeX keys ("Raack1995Stalins", "Stalin1938Otvet"): ASCII, from the first creator, the year and
// the first word of the title. Cyrillic is transliterated (scholarly, without diacritics), other
// letters lose their accents, so that every key works in LaTeX.

export function asciiFold(value: string): string {
  return transliterateCyrillic(value)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/[Ææ]/g, "ae")
    .replace(/[Øø]/g, "o")
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim();
}

const STOP_WORDS = new Set(["a", "an", "the", "le", "la", "les", "l", "der", "die", "das", "on", "of"]);

function titleWord(item: CslItem): string {
  const title = typeof item.title === "string" ? item.title.replace(/<[^>]+>/g, "") : "";
  const words = asciiFold(title).split(" ").filter(Boolean);
  const word = words.find((candidate) => !STOP_WORDS.has(candidate.toLowerCase())) ?? words[0] ?? "";
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

function baseKey(item: CslItem): string {
  const creator = firstCreator(item);
  const name = creator ? (asciiFold(creator.literal ?? creator.family ?? "").split(" ")[0] ?? "") : "";
  const key = `${name}${year(item) ?? ""}${titleWord(item)}`.replace(/[^A-Za-z0-9]/g, "");
  return key || "ref";
}

/** A unique key per item, in order; a valid key the item already has (from an import) is kept. */
export function citationKeys(items: CslItem[]): string[] {
  const used = new Set<string>();
  return items.map((item) => {
    const own = typeof item["citation-key"] === "string" ? item["citation-key"] : null;
    let key = own && /^[A-Za-z0-9_:.\-/+]+$/.test(own) && !used.has(own) ? own : baseKey(item);
    if (used.has(key)) {
      const base = key;
      let suffix = 0;
      do {
        suffix++;
        key = `${base}${suffixLetters(suffix)}`;
      } while (used.has(key));
    }
    used.add(key);
    return key;
  });
}

function suffixLetters(n: number): string {
  let result = "";
  let value = n;
  while (value > 0) {
    value--;
    result = String.fromCharCode(97 + (value % 26)) + result;
    value = Math.floor(value / 26);
  }
  return result;
}
