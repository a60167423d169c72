import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import builtinLocales from "@citation-js/plugin-csl/lib/locales.json";
import { cslDirectory } from "@/lib/env";

// The CSL locales offered for export (terms, dates and punctuation of a citation's language),
// from Debian's citation-style-language-locales package, else citation-js's built-in ones.

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
 * The XML of a locale (any CSL locale a style asks for, not only the offered ones): Debian's file,
 * else a built-in one, else null (citeproc then falls back to en-US, which is always available).
 */
const read = new Map<string, string | null>();

export function readLocaleXml(locale: string, directory = cslDirectory()): string | null {
  const normalized = locale.replace("_", "-");
  const file = path.join(directory, "locales", `locales-${normalized}.xml`);
  // citeproc asks again for every item in another language: read each file once.
  const known = read.get(file);
  if (known !== undefined) return known;
  const builtins = builtinLocales as Record<string, string>;
  const xml = existsSync(file) ? readFileSync(file, "utf8") : (builtins[normalized] ?? null);
  read.set(file, xml);
  return xml;
}

/** Whether the locale's own terms are available (else citations fall back to American English). */
export function localeAvailable(locale: string, directory = cslDirectory()): boolean {
  return readLocaleXml(locale, directory) !== null;
}
