import type { CitationScript } from "@/lib/db/generated/enums";
import { hasCyrillic, hasNonLatinLetters, romanizeCyrillic } from "@/lib/text/transliterate";
import { NAME_VARIABLES, names, text } from "./csl-variables";
import { isDescriptiveTitle } from "./descriptive-title";
import type { CslItem } from "./render";
import { shortTitle } from "./short-title";

// A source's CSL item as citation styles should read it. The stored item (lib/sources/csl.ts)
// says what the historian recorded; this says how a citation presents it, the Chicago Manual's
// way, in variables every CSL style understands:
// - a title in another language is cited in that language (romanized for a non-Latin script,
//   14.98), its English translation in `translated-title` for the styles that print it in
//   brackets (ours do);
// - a descriptive title ("[Minute on the Moscow dispatch]") is not a title: CSL's convention
//   for an untitled item is its description in `genre`, which styles print without quotation
//   marks or headline capitals (14.225);
// - a short title for short notes: the main title's first words, at most four (14.33);
// - an English newspaper's name without its initial "The" (14.191), and a newspaper's name in
//   its own script where the project cites originals.

export interface ItemForStyleOptions {
  /** How the project cites titles in a non-Latin script. */
  script?: CitationScript;
  /**
   * The Chicago Manual's conventions (descriptive titles as descriptions, "Times" without its
   * article, a letter's "to" standing for its kind) apply to Chicago, Turabian and other note
   * styles; APA and MLA keep a bracketed description as the title and a newspaper's "The".
   */
  chicago?: boolean;
}

/** Whether a style follows the Chicago Manual's conventions for the fields itemForStyle shapes. */
export function followsChicago(style: { id: string; engineKey: string; note: boolean }): boolean {
  return style.note || /chicago|turabian/.test(`${style.id} ${style.engineKey}`);
}

/** Titles of published, titled things keep square brackets: the title is supplied (a headline not known). */
const UNPUBLISHED_TYPES = new Set(["manuscript", "letter", "personal_communication", "interview", "speech"]);

/** The title in the form the project cites: romanized, in the original script, or both. */
function citedOriginal(original: string, romanized: string | null, script: CitationScript): string {
  if (!hasNonLatinLetters(original)) return original;
  const latin = romanized ?? (hasCyrillic(original) ? romanizeCyrillic(original) : null);
  if (!latin || script === "original") return original;
  return script === "both" ? `${latin} (${original})` : latin;
}

/** Cyrillic in a name or a place, romanized unless the project cites originals (14.83). */
function latin(value: string, script: CitationScript): string {
  return script !== "original" && hasCyrillic(value) ? romanizeCyrillic(value) : value;
}

const ROMANIZED_TEXT = ["publisher", "publisher-place", "collection-title", "event-place", "archive-place"];

function romanizedNames(value: unknown, script: CitationScript): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((name) => {
    if (!name || typeof name !== "object") return name;
    const result: Record<string, unknown> = { ...name };
    for (const part of ["family", "given", "literal", "non-dropping-particle", "dropping-particle"]) {
      if (typeof result[part] === "string") result[part] = latin(result[part] as string, script);
    }
    return result;
  });
}

function isEnglish(item: CslItem): boolean {
  const language = text(item, "language");
  return !language || /^en\b/i.test(language);
}

export function itemForStyle(item: CslItem, options: ItemForStyleOptions = {}): CslItem {
  const script = options.script ?? "romanized";
  const chicago = options.chicago ?? true;
  const result: CslItem = { ...item };
  const type = text(item, "type") ?? "document";
  const title = text(item, "title");
  const original = text(item, "original-title");
  const translation = text(item, "translated-title");

  let cited = title;
  if (original && original !== title) {
    cited = citedOriginal(original, text(item, "transliterated-title"), script);
  } else if (title && hasNonLatinLetters(title)) {
    cited = citedOriginal(title, text(item, "transliterated-title"), script);
  }
  if (original && original !== title) {
    // The working title, when it is not the original, is the historian's English for it.
    result["translated-title"] = translation ?? title ?? undefined;
  } else if (title && translation && !isEnglish(item)) {
    result["translated-title"] = translation;
  } else {
    delete result["translated-title"];
  }
  // An item in English keeps no bracketed translation; styles would print it.
  if (result["translated-title"] === cited) delete result["translated-title"];

  const hasRecipient = names(item, "recipient").length > 0;
  if (cited && isDescriptiveTitle(cited)) {
    delete result.title;
    delete result["title-short"];
    if (!chicago) {
      // APA and MLA print an untitled work's description in place of its title (APA in
      // brackets of its own).
      result.genre = cited.slice(1, -1);
    } else {
      const description = UNPUBLISHED_TYPES.has(type) ? cited.slice(1, -1) : cited;
      // A letter or dispatch is described by its sender and recipient; its kind says the rest.
      result.genre = hasRecipient && text(item, "genre") ? text(item, "genre")! : description;
    }
  } else if (cited) {
    result.title = cited;
    if (cited !== title || !text(item, "title-short")) result["title-short"] = shortTitle(cited);
  }

  const container = text(item, "container-title");
  const containerOriginal = text(item, "original-container-title");
  if (container && containerOriginal && containerOriginal !== container) {
    result["container-title"] = citedOriginal(containerOriginal, container, script);
  } else if (container && hasNonLatinLetters(container)) {
    result["container-title"] = citedOriginal(container, null, script);
  } else if (chicago && container && type === "article-newspaper" && isEnglish(item)) {
    result["container-title"] = container.replace(/^The\s+(?=\S)/, "");
  }
  for (const variable of NAME_VARIABLES) {
    if (item[variable] !== undefined) result[variable] = romanizedNames(item[variable], script);
  }
  for (const variable of ROMANIZED_TEXT) {
    const value = text(item, variable);
    if (value) result[variable] = latin(value, script);
  }
  // "Creel to House, September 25, 1918": the "to" says it is a letter; another kind (dispatch,
  // telegram) is named.
  if (chicago && hasRecipient && /^letters?$/i.test(text(result, "genre") ?? "")) delete result.genre;
  // Bookkeeping of ours that no style reads, and the original once it is the cited title.
  if (original && cited !== title) delete result["original-title"];
  delete result["transliterated-title"];
  delete result["original-container-title"];
  return result;
}
