// citation-js 0.8 and citeproc-js ship no TypeScript types: the parts this app uses, declared here.

declare module "citeproc" {
  interface CiteprocSys {
    retrieveItem(id: string): Record<string, unknown>;
    retrieveLocale(lang: string): string;
  }
  interface CitationItem {
    id: string;
    locator?: string;
    label?: string;
    position?: number;
    "near-note"?: boolean;
    "first-reference-note-number"?: number;
    prefix?: string;
    suffix?: string;
  }
  interface BibliographyParams {
    bibstart: string;
    bibend: string;
    hangingindent: boolean | number;
    entryspacing: number;
    linespacing: number;
    "second-field-align": false | "flush" | "margin";
    maxoffset: number;
    entry_ids: string[][];
    bibliography_errors: unknown[];
  }
  interface RegistryEntry {
    sortkeys?: (string | undefined)[];
  }
  class Engine {
    constructor(sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean);
    opt: {
      xclass: "note" | "in-text";
      development_extensions: Record<string, boolean>;
      "default-locale": string[];
    };
    bibliography: { opt: { sort_directions: [number, number][] } };
    registry: { registry: Record<string, RegistryEntry> };
    setOutputFormat(format: "html" | "text" | "rtf"): void;
    updateItems(ids: string[], nosort?: boolean): string[];
    makeBibliography(): [BibliographyParams, string[]] | false;
    makeCitationCluster(items: CitationItem[]): string;
  }
  const CSL: {
    Engine: typeof Engine;
    stringCompare?: (a: string, b: string) => number;
    /** Renders an item's citation to compare it with others (registry bookkeeping). */
    getAmbiguousCite: (this: unknown, item: Record<string, unknown>, ...rest: unknown[]) => string;
    POSITION_FIRST: 0;
    POSITION_SUBSEQUENT: 1;
    POSITION_IBID: 2;
    POSITION_IBID_WITH_LOCATOR: 3;
  };

  export type { BibliographyParams, CitationItem, CiteprocSys, Engine };
  export default CSL;
}

declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: { get(name: string): Record<string, unknown> & { format?: Record<string, unknown> } };
    input: {
      chain(data: unknown, options?: Record<string, unknown>): Record<string, unknown>[];
      chainLink(data: unknown, options?: Record<string, unknown>): unknown;
    };
    output: { format(name: string, data: unknown, options?: Record<string, unknown>): unknown };
  };
  export const util: Record<string, unknown>;
}

declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";

declare module "@citation-js/plugin-bibtex/lib/input/value.js" {
  /** Decodes a BibTeX field value (LaTeX to Unicode; names to name objects) by the field's type. */
  export function parse(text: string, field: string, languages?: string | string[]): unknown;
}
