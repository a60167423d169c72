import {
  bibliographySection,
  type CitableSource,
  type ExportRequest,
  type Locator,
  splitLocator,
} from "@/lib/citations/export";
import { type FormatTarget, formatNotes, type NoteCite, type Progress } from "@/lib/citations/formatting";
import { followsChicago, itemForStyle } from "@/lib/citations/item-for-style";
import { quotedInTerm } from "@/lib/citations/locales";
import type { CslItem } from "@/lib/citations/render";
import type { ResolvedStyle } from "@/lib/citations/styles";
import type { CitationScript } from "@/lib/db/generated/enums";
import type { ArgumentDocument, Block, Inline } from "./document";
import { runsFromHtml } from "./runs";
import type { QuoteMode } from "./schema";

// An argument made into a document: each claim point's text followed by one footnote citing its
// evidence (full note at a source's first citation, short after, "Ibid." where the style says
// so, the passage's page or folio as pinpoint, "quoted in" for a source known through another,
// "But see" for contrary evidence when asked), its passages quoted when asked, then the
// bibliography and the evidence check. Pure: the data comes in (./export-data.ts loads it).

export interface PointCite {
  sourceId: string;
  locator: Locator | null;
}

export interface PointQuote {
  original: { text: string; lang: string | null };
  translation: { text: string; lang: string | null } | null;
}

export interface ComposablePoint {
  kind: "section" | "claim" | "prose";
  depth: number;
  /** The historian's text (a section's heading); for a claim point without text, its statement. */
  text: string;
  cites: PointCite[];
  contrary: PointCite[];
  quote: QuoteMode;
  quotes: PointQuote[];
}

export interface EvidenceCheck {
  claimNumber: number;
  statement: string;
  independentOrigins: number;
  warnings: string[];
}

export interface ComposeInput {
  title: string;
  points: ComposablePoint[];
  sources: Map<string, CitableSource>;
  checks: EvidenceCheck[];
}

export interface ComposeOptions {
  style: ResolvedStyle;
  locale: string;
  cslDirectory?: string;
  bibliography: boolean;
  evidenceCheck: boolean;
  /** How the project cites titles in a non-Latin script. */
  script?: CitationScript;
}

const WORDS: Record<
  string,
  { bibliography: string; check: string; checkIntro: string; origins: (n: number) => string; butSee: string }
> = {
  en: {
    bibliography: "Bibliography",
    check: "Evidence check",
    checkIntro: "What each claim cited here rests on, as Apparatus counts it.",
    origins: (n) => `${n} independent origin${n === 1 ? "" : "s"}`,
    butSee: "but see",
  },
  fr: {
    bibliography: "Bibliographie",
    check: "Vérification des preuves",
    checkIntro: "Ce sur quoi repose chaque thèse citée ici, selon Apparatus.",
    origins: (n) => `${n} origine${n === 1 ? "" : "s"} indépendante${n === 1 ? "" : "s"}`,
    butSee: "voir cependant",
  },
  de: {
    bibliography: "Bibliographie",
    check: "Belegprüfung",
    checkIntro: "Worauf jede hier zitierte These beruht, wie Apparatus es zählt.",
    origins: (n) => `${n} unabhängige Herkunft${n === 1 ? "" : "en"}`,
    butSee: "aber siehe",
  },
  ru: {
    bibliography: "Библиография",
    check: "Проверка доказательств",
    checkIntro: "На чём основано каждое приведённое здесь утверждение (подсчёт Apparatus).",
    origins: (n) => `независимых источников: ${n}`,
    butSee: "но см.",
  },
};

export function argumentWords(locale: string) {
  return WORDS[locale.slice(0, 2)] ?? WORDS.en!;
}

function headingLevel(depth: number): 1 | 2 | 3 {
  return Math.min(depth + 1, 3) as 1 | 2 | 3;
}

/** A point's depth under its section: points directly under a level-1 section are flush. */
function indentOf(point: ComposablePoint, sectionDepth: number): number {
  return Math.max(0, point.depth - sectionDepth - 1);
}

function noteCite(cite: PointCite): NoteCite {
  return {
    id: cite.sourceId,
    ...(cite.locator ? { locator: cite.locator.value, label: cite.locator.label } : {}),
  };
}

/** The note's cites: each source, followed by the one it is quoted in; then "but see" the contrary. */
function citesOfPoint(
  point: ComposablePoint,
  sources: Map<string, CitableSource>,
  locale: string,
): NoteCite[] {
  const term = quotedInTerm(locale);
  const withQuotedIn = (cite: PointCite): NoteCite[] => {
    const first = noteCite(cite);
    const quoted = sources.get(cite.sourceId)?.quotedIn;
    if (!quoted || !sources.has(quoted.id)) return [first];
    const locator = quoted.locator ? splitLocator(quoted.locator) : null;
    return [
      first,
      { id: quoted.id, prefix: term, ...(locator ? { locator: locator.value, label: locator.label } : {}) },
    ];
  };
  const supporting = point.cites.filter((cite) => sources.has(cite.sourceId)).flatMap(withQuotedIn);
  const contrary = point.contrary.filter((cite) => sources.has(cite.sourceId)).flatMap(withQuotedIn);
  if (contrary.length && supporting.length)
    contrary[0] = { ...contrary[0]!, signal: argumentWords(locale).butSee };
  else if (contrary.length) contrary[0] = { ...contrary[0]!, prefix: undefined };
  return [...supporting, ...contrary];
}

function quoteBlocks(point: ComposablePoint): Block[] {
  if (point.quote === "none") return [];
  return point.quotes.flatMap((quote): Block[] => {
    const translation = quote.translation ?? undefined;
    switch (point.quote) {
      case "translation":
        return [{ kind: "quote", translation: translation ?? quote.original }];
      case "original":
        return [{ kind: "quote", original: quote.original }];
      default:
        return [
          translation
            ? { kind: "quote", original: quote.original, translation }
            : { kind: "quote", original: quote.original },
        ];
    }
  });
}

export async function composeArgument(
  input: ComposeInput,
  options: ComposeOptions,
  onProgress?: Progress,
): Promise<ArgumentDocument> {
  const target: FormatTarget = {
    style: options.style,
    locale: options.locale,
    cslDirectory: options.cslDirectory,
  };
  const words = argumentWords(options.locale);
  const notesCites: NoteCite[][] = [];
  const blocks: Block[] = [];
  let sectionDepth = -1;

  for (const point of input.points) {
    if (point.kind === "section") {
      sectionDepth = point.depth;
      blocks.push({ kind: "heading", level: headingLevel(point.depth), text: point.text });
      continue;
    }
    if (point.depth <= sectionDepth) sectionDepth = point.depth - 1;
    const cites = point.kind === "claim" ? citesOfPoint(point, input.sources, options.locale) : [];
    const content: Inline[] = [{ text: point.text }];
    blocks.push({ kind: "paragraph", content, indent: indentOf(point, sectionDepth) });
    if (cites.length) {
      notesCites.push(cites);
      content.push({ footnote: notesCites.length });
    }
    blocks.push(...quoteBlocks(point));
  }

  const citedIds = [...new Set(notesCites.flat().map((cite) => cite.id))];
  // A source whose every cite gives a folio or page is cited without its own in the reference.
  const pinpointed = new Map<string, boolean>();
  for (const cite of notesCites.flat()) {
    pinpointed.set(cite.id, (pinpointed.get(cite.id) ?? true) && cite.locator !== undefined);
  }
  const items: CslItem[] = citedIds.map((id) => {
    const source = input.sources.get(id)!;
    return itemForStyle(pinpointed.get(id) ? source.cslForPinpoint : source.csl, {
      script: options.script,
      chicago: followsChicago(options.style),
    });
  });
  const noteHtml = notesCites.length ? await formatNotes(target, items, notesCites, onProgress) : [];
  const notes = noteHtml.map(runsFromHtml);

  if (options.bibliography && citedIds.length) {
    const request: ExportRequest = {
      format: "bibliography",
      output: "html",
      style: options.style,
      locale: options.locale,
      cslDirectory: options.cslDirectory,
      script: options.script,
    };
    const { section, hangingIndent } = await bibliographySection(
      words.bibliography,
      citedIds,
      input.sources,
      request,
    );
    blocks.push({ kind: "heading", level: 1, text: words.bibliography });
    for (const entry of section.entries)
      blocks.push({ kind: "bibliography-entry", runs: runsFromHtml(entry), hangingIndent });
  }

  if (options.evidenceCheck && input.checks.length) {
    blocks.push({ kind: "heading", level: 1, text: words.check });
    blocks.push({ kind: "paragraph", content: [{ text: words.checkIntro, italic: true }], indent: 0 });
    for (const check of input.checks) {
      const summary = `C${check.claimNumber}. ${check.statement} (${words.origins(check.independentOrigins)})`;
      blocks.push({ kind: "paragraph", content: [{ text: summary, bold: true }], indent: 0 });
      for (const warning of check.warnings)
        blocks.push({ kind: "paragraph", content: [{ text: warning }], indent: 1 });
    }
  }

  return {
    title: input.title,
    subtitle: `${options.style.title}; ${options.locale}.`,
    lang: options.locale,
    blocks,
    notes,
  };
}
