import type { CitationScript, Stance } from "@/lib/db/generated/enums";
import { toBibtex } from "./bibtex";
import { toCslJson } from "./csl-json";
import {
  type FormatTarget,
  formatBibliography,
  formatNotes,
  type NoteCite,
  type Progress,
} from "./formatting";
import { followsChicago, itemForStyle } from "./item-for-style";
import { quotedInTerm } from "./locales";
import {
  type DocumentSection,
  type ExportDocument,
  renderHtmlDocument,
  renderRtfDocument,
  renderTextDocument,
} from "./markup";
import type { CslItem } from "./render";
import { toRis } from "./ris";
import type { CitationFormat, FormattedOutput } from "./schema";
import type { ResolvedStyle } from "./styles";

// An export, composed: a claim's evidence chain grouped by stance (notes with their pinpoints, or
// bibliographies), a project's or a selection's sources; written as HTML, plain text or RTF, or
// as BibTeX, BibLaTeX, RIS or CSL-JSON data.

export interface CitableSource {
  id: string;
  /** The source's CSL-JSON item (its id is the source's id). */
  csl: CslItem;
  /** The item for notes whose pinpoint gives the folio or page: the archival reference without its own. */
  cslForPinpoint: CslItem;
  /** The source it is known only through ("quoted in"), and where in it. */
  quotedIn: { id: string; locator: string | null } | null;
}

export interface Locator {
  label: string;
  value: string;
}

export interface ChainCite {
  sourceId: string;
  locator: Locator | null;
  /** The sub-claim the evidence comes through (its number), if not the claim itself. */
  viaClaim: number | null;
  /** Where the passage stands on the source's photos: "photo 12, region 3". */
  scans?: string | null;
}

export interface ChainSection {
  stance: Stance;
  cites: ChainCite[];
}

export interface ExportRequest {
  format: CitationFormat;
  output: FormattedOutput;
  style: ResolvedStyle;
  locale: string;
  cslDirectory?: string;
  /** Said in the export (e.g. that the styles package is missing and a built-in style was used). */
  notices?: string[];
  /** How the project cites titles in a non-Latin script (romanized unless it chose otherwise). */
  script?: CitationScript;
}

/** A source's item as the request's style should read it (item-for-style.ts). */
function styled(request: ExportRequest, item: CslItem): CslItem {
  return itemForStyle(item, { script: request.script, chicago: followsChicago(request.style) });
}

export interface ExportFile {
  body: string;
  contentType: string;
  fileName: string;
  notices: string[];
  entries: number;
}

const HEADINGS: Record<string, Record<Stance | "bibliography" | "sources", string>> = {
  en: {
    supports: "Supporting evidence",
    contradicts: "Contrary evidence",
    qualifies: "Qualifying evidence",
    context: "Context",
    bibliography: "Bibliography",
    sources: "Sources",
  },
  fr: {
    supports: "Éléments à l’appui",
    contradicts: "Éléments contraires",
    qualifies: "Éléments qui nuancent",
    context: "Contexte",
    bibliography: "Bibliographie",
    sources: "Sources",
  },
  de: {
    supports: "Belege dafür",
    contradicts: "Belege dagegen",
    qualifies: "Einschränkende Belege",
    context: "Kontext",
    bibliography: "Bibliographie",
    sources: "Quellen",
  },
  ru: {
    supports: "Подтверждающие свидетельства",
    contradicts: "Противоречащие свидетельства",
    qualifies: "Уточняющие свидетельства",
    context: "Контекст",
    bibliography: "Библиография",
    sources: "Источники",
  },
};

function headings(locale: string) {
  return HEADINGS[locale.slice(0, 2)] ?? HEADINGS.en!;
}

const CONTENT_TYPES: Record<CitationFormat | FormattedOutput, string> = {
  html: "text/html; charset=utf-8",
  text: "text/plain; charset=utf-8",
  rtf: "application/rtf",
  bibliography: "text/html; charset=utf-8",
  notes: "text/html; charset=utf-8",
  bibtex: "application/x-bibtex; charset=utf-8",
  biblatex: "application/x-bibtex; charset=utf-8",
  ris: "application/x-research-info-systems; charset=utf-8",
  "csl-json": "application/vnd.citationstyles.csl+json; charset=utf-8",
};

const EXTENSIONS: Record<CitationFormat | FormattedOutput, string> = {
  html: "html",
  text: "txt",
  rtf: "rtf",
  bibliography: "html",
  notes: "html",
  bibtex: "bib",
  biblatex: "bib",
  ris: "ris",
  "csl-json": "json",
};

export function slug(value: string): string {
  return (
    value
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "export"
  );
}

function target(request: ExportRequest): FormatTarget {
  return { style: request.style, locale: request.locale, cslDirectory: request.cslDirectory };
}

/** The sources in order of first mention, with the ones they are quoted in. */
function withQuotedIn(ids: string[], sources: Map<string, CitableSource>): CitableSource[] {
  const seen = new Set<string>();
  const result: CitableSource[] = [];
  const add = (id: string) => {
    const source = sources.get(id);
    if (!source || seen.has(id)) return;
    seen.add(id);
    result.push(source);
    if (source.quotedIn) add(source.quotedIn.id);
  };
  for (const id of ids) add(id);
  return result;
}

/** "Quoted in" completions of bibliography entries, one per source known through another. */
async function quotedInSuffixes(
  entries: { id: string }[],
  sources: Map<string, CitableSource>,
  request: ExportRequest,
): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  const term = quotedInTerm(request.locale);
  const capitalized = term.charAt(0).toUpperCase() + term.slice(1);
  for (const entry of entries) {
    const quoted = sources.get(entry.id)?.quotedIn;
    const through = quoted && sources.get(quoted.id);
    if (!quoted || !through) continue;
    let text: string;
    if (request.style.note) {
      // As Chicago has it: the secondary source in its full note form, with the page.
      const cite: NoteCite = { id: through.id };
      if (quoted.locator) {
        const { label, value } = splitLocator(quoted.locator);
        Object.assign(cite, { label, locator: value });
      }
      [text] = (await formatNotes(target(request), [styled(request, through.csl)], [[cite]])) as [string];
    } else {
      const formatted = await formatBibliography(target(request), [styled(request, through.csl)]);
      text = formatted.entries[0]?.html ?? "";
    }
    result.set(entry.id, `${capitalized} ${text}`);
  }
  return result;
}

/** CSL's locator labels as a note abbreviates them (a Russian archive's leaf is CSL's "line"). */
export const LOCATOR_ABBREVIATIONS: Record<string, string> = {
  page: "p.",
  folio: "fol.",
  line: "l.",
  column: "col.",
  paragraph: "para.",
};

/** "p. 12" / "f. 14" / "12" → CSL label and locator. */
export function splitLocator(locator: string): Locator {
  const match = /^(p|pp|f|ff|fol|fols|col|para|l|ll)\.?\s*(.+)$/i.exec(locator.trim());
  if (!match) return { label: "page", value: locator.trim() };
  const label = {
    p: "page",
    pp: "page",
    f: "folio",
    ff: "folio",
    fol: "folio",
    fols: "folio",
    col: "column",
    para: "paragraph",
    l: "folio",
    ll: "folio",
  }[match[1]!.toLowerCase()]!;
  return { label, value: match[2]! };
}

function joinEntry(html: string, suffix: string | undefined): string {
  if (!suffix) return html;
  return /[.!?](<\/[a-z]+>)*$/.test(html) ? `${html} ${suffix}` : `${html}. ${suffix}`;
}

export async function bibliographySection(
  heading: string,
  ids: string[],
  sources: Map<string, CitableSource>,
  request: ExportRequest,
  onProgress?: Progress,
): Promise<{ section: DocumentSection; hangingIndent: boolean }> {
  const items = ids.map((id) => styled(request, sources.get(id)!.csl));
  const formatted = await formatBibliography(target(request), items, onProgress);
  const suffixes = await quotedInSuffixes(formatted.entries, sources, request);
  return {
    section: {
      heading,
      kind: "bibliography",
      entries: formatted.entries.map((entry) => joinEntry(entry.html, suffixes.get(entry.id))),
    },
    hangingIndent: formatted.layout.hangingIndent,
  };
}

function dataExport(items: CslItem[], request: ExportRequest, baseName: string, header: string): ExportFile {
  let body: string;
  const notices = [...(request.notices ?? [])];
  switch (request.format) {
    case "bibtex":
    case "biblatex": {
      const result = toBibtex(items, request.format, header);
      body = result.text;
      if (result.lost.length)
        notices.push(
          `${result.lost.length} entries have fields ${request.format === "bibtex" ? "BibTeX" : "BibLaTeX"} cannot carry: see the comment at the top of the file.`,
        );
      break;
    }
    case "ris": {
      const result = toRis(items, header);
      body = result.text;
      if (result.lost.length)
        notices.push(
          `${result.lost.length} entries have fields RIS cannot carry: see the note at the end of the file.`,
        );
      break;
    }
    default:
      body = toCslJson(items);
  }
  return {
    body,
    contentType: CONTENT_TYPES[request.format],
    fileName: `${baseName}.${EXTENSIONS[request.format]}`,
    notices,
    entries: items.length,
  };
}

function writeDocument(
  doc: ExportDocument,
  request: ExportRequest,
  baseName: string,
  entries: number,
): ExportFile {
  const body =
    request.output === "text"
      ? renderTextDocument(doc)
      : request.output === "rtf"
        ? renderRtfDocument(doc)
        : renderHtmlDocument(doc);
  return {
    body,
    contentType: CONTENT_TYPES[request.output],
    fileName: `${baseName}.${EXTENSIONS[request.output]}`,
    notices: doc.notices,
    entries,
  };
}

function stampLine(request: ExportRequest): string {
  return `${request.style.title}; ${request.locale}.`;
}

/**
 * A claim's evidence chain: notes (the first citation of a source in full, later ones short, each
 * with the passage's pinpoint) or bibliographies, grouped by stance.
 */
export async function exportClaimChain(
  input: {
    claim: { number: number; statement: string };
    sections: ChainSection[];
    sources: Map<string, CitableSource>;
  },
  request: ExportRequest,
  onProgress?: Progress,
): Promise<ExportFile> {
  const words = headings(request.locale);
  const baseName = `claim-c${input.claim.number}-${request.format === "bibliography" || request.format === "notes" ? `${request.format}-${slug(request.style.id)}` : "sources"}`;
  const title = `C${input.claim.number}. ${input.claim.statement}`;
  const sections = input.sections.filter((section) => section.cites.length > 0);
  const citedIds = [...new Set(sections.flatMap((section) => section.cites.map((cite) => cite.sourceId)))];
  const everything = withQuotedIn(citedIds, input.sources);

  if (request.format !== "bibliography" && request.format !== "notes") {
    // CSL-JSON names where each cited passage stands on the source's photos ("fol. 14: photo 12,
    // region 3"), in a key of ours that CSL processors ignore and Zotero keeps.
    const scans = new Map<string, string[]>();
    for (const cite of sections.flatMap((section) => section.cites)) {
      if (!cite.scans) continue;
      const label = cite.locator && (LOCATOR_ABBREVIATIONS[cite.locator.label] ?? cite.locator.label);
      const place = cite.locator ? `${label} ${cite.locator.value}: ${cite.scans}` : cite.scans;
      scans.set(cite.sourceId, [...new Set([...(scans.get(cite.sourceId) ?? []), place])]);
    }
    return dataExport(
      everything.map((source) =>
        request.format === "csl-json" && scans.has(source.id)
          ? { ...source.csl, "apparatus-scans": scans.get(source.id) }
          : source.csl,
      ),
      request,
      baseName,
      `Evidence chain of claim C${input.claim.number}: ${input.claim.statement}`,
    );
  }

  const docSections: DocumentSection[] = [];
  let hangingIndent = true;
  if (request.format === "notes") {
    const flat = sections.flatMap((section) => section.cites.map((cite) => ({ section, cite })));
    // A source whose every cite gives a folio or page is cited without its own in the reference.
    const pinpointed = new Map<string, boolean>();
    for (const { cite } of flat) {
      pinpointed.set(cite.sourceId, (pinpointed.get(cite.sourceId) ?? true) && cite.locator !== null);
    }
    const items = new Map<string, CslItem>();
    for (const source of everything) {
      items.set(source.id, styled(request, pinpointed.get(source.id) ? source.cslForPinpoint : source.csl));
    }
    const term = quotedInTerm(request.locale);
    const notes: NoteCite[][] = flat.map(({ cite }) => {
      const first: NoteCite = {
        id: cite.sourceId,
        ...(cite.locator ? { locator: cite.locator.value, label: cite.locator.label } : {}),
        ...(cite.scans ? { suffix: cite.scans } : {}),
      };
      const quoted = input.sources.get(cite.sourceId)?.quotedIn;
      if (!quoted || !input.sources.has(quoted.id)) return [first];
      const second: NoteCite = { id: quoted.id, prefix: term };
      if (quoted.locator)
        Object.assign(second, {
          locator: splitLocator(quoted.locator).value,
          label: splitLocator(quoted.locator).label,
        });
      return [first, second];
    });
    const texts = await formatNotes(target(request), [...items.values()], notes, onProgress);
    let number = 1;
    let offset = 0;
    for (const section of sections) {
      const count = section.cites.length;
      docSections.push({
        heading: words[section.stance],
        kind: "notes",
        entries: texts.slice(offset, offset + count),
        start: number,
      });
      number += count;
      offset += count;
    }
    const bibliography = await bibliographySection(
      words.bibliography,
      everything.filter((source) => citedIds.includes(source.id)).map((source) => source.id),
      input.sources,
      request,
    );
    docSections.push(bibliography.section);
    hangingIndent = bibliography.hangingIndent;
  } else {
    for (const section of sections) {
      const ids = [...new Set(section.cites.map((cite) => cite.sourceId))];
      const result = await bibliographySection(
        words[section.stance],
        ids,
        input.sources,
        request,
        onProgress,
      );
      docSections.push(result.section);
      hangingIndent = result.hangingIndent;
    }
  }
  return writeDocument(
    {
      title,
      subtitle: stampLine(request),
      lang: request.locale,
      sections: docSections,
      notices: request.notices ?? [],
      hangingIndent,
    },
    request,
    baseName,
    citedIds.length,
  );
}

/** A project's sources, or a selection of them: one bibliography (or the data formats). */
export async function exportSources(
  input: { title: string; fileBase: string; ids: string[]; sources: Map<string, CitableSource> },
  request: ExportRequest,
  onProgress?: Progress,
): Promise<ExportFile> {
  const baseName = `${slug(input.fileBase)}-${request.format === "bibliography" || request.format === "notes" ? `${request.format}-${slug(request.style.id)}` : "sources"}`;
  const everything = withQuotedIn(input.ids, input.sources);
  if (request.format !== "bibliography" && request.format !== "notes") {
    return dataExport(
      everything.map((source) => source.csl),
      request,
      baseName,
      input.title,
    );
  }
  const words = headings(request.locale);
  const sections: DocumentSection[] = [];
  let hangingIndent = true;
  if (request.format === "notes") {
    const notes = input.ids.map((id) => [{ id }]);
    const texts = await formatNotes(
      target(request),
      everything.map((source) => styled(request, source.csl)),
      notes,
      onProgress,
    );
    sections.push({ heading: words.sources, kind: "notes", entries: texts, start: 1 });
  } else {
    const result = await bibliographySection(
      words.bibliography,
      input.ids,
      input.sources,
      request,
      onProgress,
    );
    sections.push(result.section);
    hangingIndent = result.hangingIndent;
  }
  return writeDocument(
    {
      title: input.title,
      subtitle: stampLine(request),
      lang: request.locale,
      sections,
      notices: request.notices ?? [],
      hangingIndent,
    },
    request,
    baseName,
    input.ids.length,
  );
}
