// Cyrillic in Latin letters, as the scholarly (Library of Congress) system writes it without its
// diacritics: "Ответ товарищу" → "Otvet tovarishchu". Used wherever only ASCII will do (citation
// keys) and to make transliterated titles (the benchmark's data).

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "iu",
  я: "ia",
  і: "i",
  ї: "i",
  є: "ie",
  ґ: "g",
  ў: "u",
};

/** Each Cyrillic letter in Latin letters, keeping its case; anything else unchanged. */
export function transliterateCyrillic(text: string): string {
  let result = "";
  for (const char of text) {
    const lower = char.toLowerCase();
    const latin = CYRILLIC_TO_LATIN[lower];
    if (latin === undefined) result += char;
    else result += char === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return result;
}

// The soft and hard signs as the Library of Congress table writes them (modifier primes), which
// Chicago keeps in romanized titles: "Obʺiavlenie", "Izvestiia Sovetov deputatov trudiashchikhsia".
const SIGNS: Record<string, string> = { ь: "ʹ", ъ: "ʺ" };

/**
 * Russian in the Library of Congress romanization that Chicago recommends (11.103), without its
 * tie bars and breves, as most publishers print it: "Ответ товарищу Иванову" → "Otvet tovarishchu
 * Ivanovu", "Обращение" → "Obrashchenie", "Объявление" → "Obʺiavlenie".
 */
export function romanizeCyrillic(text: string): string {
  let result = "";
  for (const char of text) {
    const lower = char.toLowerCase();
    const sign = SIGNS[lower];
    if (sign !== undefined) {
      result += sign;
      continue;
    }
    const latin = CYRILLIC_TO_LATIN[lower];
    if (latin === undefined) result += char;
    else result += char === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return result;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const NON_LATIN_LETTER = /(?![\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}])\p{L}/u;

export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/** True when the text has letters of a script other than Latin (Cyrillic, Greek, Hebrew, CJK ...). */
export function hasNonLatinLetters(text: string): boolean {
  return NON_LATIN_LETTER.test(text);
}
