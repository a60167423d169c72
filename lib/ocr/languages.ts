/** Tesseract language data that ships with Apparatus: npm's @tesseract.js-data packages and lib/ocr/tessdata. */
export const BUNDLED_OCR_LANGUAGES: ReadonlySet<string> = new Set(["eng", "fra", "deu", "rus"]);

/**
 * Tesseract's name for each language it has data for (tessdata_fast), keyed by the language's
 * BCP 47 subtag, so that a missing language's message can name the file to install.
 */
// biome-ignore format: a table, which a line per language would stretch over a hundred lines
const TESSERACT_CODES: Readonly<Record<string, string>> = {
  af: "afr", am: "amh", ar: "ara", as: "asm", az: "aze", be: "bel", bg: "bul", bn: "ben", bo: "bod",
  br: "bre", bs: "bos", ca: "cat", co: "cos", cs: "ces", cy: "cym", da: "dan", de: "deu", dv: "div",
  dz: "dzo", el: "ell", en: "eng", eo: "epo", es: "spa", et: "est", eu: "eus", fa: "fas", fi: "fin",
  fo: "fao", fr: "fra", fy: "fry", ga: "gle", gd: "gla", gl: "glg", gu: "guj", he: "heb", hi: "hin",
  hr: "hrv", ht: "hat", hu: "hun", hy: "hye", id: "ind", is: "isl", it: "ita", iu: "iku", ja: "jpn",
  jv: "jav", ka: "kat", kk: "kaz", km: "khm", kn: "kan", ko: "kor", ku: "kmr", ky: "kir", la: "lat",
  lb: "ltz", lo: "lao", lt: "lit", lv: "lav", mi: "mri", mk: "mkd", ml: "mal", mn: "mon", mr: "mar",
  ms: "msa", mt: "mlt", my: "mya", nb: "nor", ne: "nep", nl: "nld", nn: "nor", no: "nor", oc: "oci",
  or: "ori", pa: "pan", pl: "pol", ps: "pus", pt: "por", qu: "que", ro: "ron", ru: "rus", sa: "san",
  sd: "snd", si: "sin", sk: "slk", sl: "slv", sq: "sqi", sr: "srp", su: "sun", sv: "swe", sw: "swa",
  ta: "tam", te: "tel", tg: "tgk", th: "tha", ti: "tir", to: "ton", tr: "tur", tt: "tat", ug: "uig",
  uk: "ukr", ur: "urd", uz: "uzb", vi: "vie", yi: "yid", yo: "yor", zh: "chi_sim",
};

/** Languages Tesseract reads in two scripts, with separate data for the one that is not the default. */
const OTHER_SCRIPT_CODES: Readonly<Record<string, string>> = {
  "az-Cyrl": "aze_cyrl",
  "sr-Latn": "srp_latn",
  "uz-Cyrl": "uzb_cyrl",
  "zh-Hant": "chi_tra",
};

export type OcrLanguage =
  | { ok: true /** Tesseract's code, "rus". */; code: string /** In English, "Russian". */; name: string }
  | { ok: false; message: string };

const DATA_README = "lib/ocr/tessdata/README.md";

/**
 * The Tesseract language data to read a text in the language `tag` (BCP 47: "ru", "ru-RU",
 * "en-GB"; ISO 639-2 "rus" or "fre" too), or a message for the historian saying why not and what
 * to do. `installed` lists the Tesseract codes whose data is at hand (the bundled ones by default).
 */
export function ocrLanguageFor(
  tag: string,
  installed: ReadonlySet<string> = BUNDLED_OCR_LANGUAGES,
): OcrLanguage {
  let locale: Intl.Locale | undefined;
  try {
    locale = new Intl.Locale(tag.trim());
  } catch {}
  const language = locale?.language;
  // "English" parses (as a five-to-eight-letter subtag) but names no language; "und" is none.
  if (!locale || !language || !/^[a-z]{2,3}$/.test(language) || language === "und") {
    return {
      ok: false,
      message: `"${tag}" is not a language tag (such as "en" or "ru-RU"): give the source its language to transcribe it with OCR.`,
    };
  }
  const named = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" }).of(language);
  const name = named ?? `the language "${language}"`;
  const script = locale.maximize().script;
  const code =
    OTHER_SCRIPT_CODES[`${language}-${script}`] ??
    TESSERACT_CODES[language] ??
    // Tesseract names most languages by their ISO 639-2 code: "grc", "syr", "chr".
    (language.length === 3 ? language : undefined);
  if (code && installed.has(code)) return { ok: true, code, name };
  return {
    ok: false,
    message: code
      ? `No OCR data for ${name}: type the text, or install the Tesseract language data "${code}" (see ${DATA_README}).`
      : `No OCR data for ${name}: type the text, or install Tesseract language data for it (see ${DATA_README}).`,
  };
}
