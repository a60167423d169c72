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
