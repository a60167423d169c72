import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import builtinLocales from "@citation-js/plugin-csl/lib/locales.json";
import { BUNDLED_CSL_DIR, cslDirectory } from "@/lib/env";

// The CSL locales offered for export (terms, dates and punctuation of a citation's language):
// the server's (Debian's citation-style-language-locales package, or CSL_DIR), else the ones
// bundled in the repository (every CSL locale), else citation-js's built-in ones.

/** "Quoted in" as each language says it, for a source known only through another (CSL has no term). */
export const QUOTED_IN: Record<string, string> = {
  en: "quoted in",
  fr: "cité dans",
  de: "zitiert in",
  ru: "цит. по",
};

export function quotedInTerm(locale: string): string {
  return QUOTED_IN[locale.slice(0, 2)] ?? QUOTED_IN.en!;
}

/**
 * The XML of a locale (any CSL locale a style asks for, not only the offered ones): the server's
 * file, else the bundled one, else a built-in one, else null (citeproc then falls back to en-US,
 * which is always available).
 */
const read = new Map<string, string | null>();

export function readLocaleXml(locale: string, directory = cslDirectory()): string | null {
  const normalized = locale.replace("_", "-");
  const name = `locales-${normalized}.xml`;
  // citeproc asks again for every item in another language: read each file once.
  const key = `${directory}|${name}`;
  const known = read.get(key);
  if (known !== undefined) return known;
  const file = [directory, BUNDLED_CSL_DIR]
    .map((folder) => path.join(folder, "locales", name))
    .find((candidate) => existsSync(candidate));
  const builtins = builtinLocales as Record<string, string>;
  const xml = file ? readFileSync(file, "utf8") : (builtins[normalized] ?? null);
  read.set(key, xml);
  return xml;
}

/** Whether the locale's own terms are available (else citations fall back to American English). */
export function localeAvailable(locale: string, directory = cslDirectory()): boolean {
  return readLocaleXml(locale, directory) !== null;
}
