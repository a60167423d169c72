import CSL, { type BibliographyParams, type CitationItem, type Engine } from "citeproc";
import { readLocaleXml } from "./locales";

// The one place that drives citeproc-js. It runs inside the citation worker threads (and in
// process where workers are not available): engines are built once per style and locale and kept
// warm; each call registers exactly the items it is given, so what it formats depends on nothing
// but them.

export type CslItem = Record<string, unknown> & { id: string };

export interface EngineSpec {
  /** Engines are kept under engineKey + locale. */
  engineKey: string;
  styleXml: string;
  locale: string;
  cslDirectory: string;
}

export interface BibliographyLayout {
  hangingIndent: boolean;
  entrySpacing: number;
  lineSpacing: number;
  secondFieldAlign: false | "flush" | "margin";
  /** Per sort key: [result when a < b, result when a > b] (citeproc's own convention). */
  sortDirections: [number, number][];
}

export interface RenderedEntry {
  id: string;
  html: string;
  sortkeys: (string | null)[];
}

export interface NoteCiteRequest {
  id: string;
  locator?: string;
  label?: string;
  position: 0 | 1 | 2 | 3;
  nearNote: boolean;
  firstNoteNumber?: number;
  /** Joins the cite to the one before: ", quoted in " (citeproc then drops its "; "). */
  prefix?: string;
  /** After the cite, inside the note: " (photo 12, region 3)". */
  suffix?: string;
}

export interface NoteRequest extends NoteCiteRequest {
  /** The caller's key for this note (returned as is). */
  key: string;
  /** The note's other cites, in order, rendered in the same cluster. */
  following?: NoteCiteRequest[];
}

function citationItem(note: NoteCiteRequest): CitationItem {
  const cite: CitationItem = { id: note.id, position: note.position };
  if (note.locator) {
    cite.locator = note.locator;
    cite.label = note.label ?? "page";
  }
  if (note.nearNote) cite["near-note"] = true;
  if (note.firstNoteNumber) cite["first-reference-note-number"] = note.firstNoteNumber;
  if (note.prefix) cite.prefix = note.prefix;
  if (note.suffix) cite.suffix = note.suffix;
  return cite;
}

interface WarmEngine {
  engine: Engine;
  items: Map<string, CslItem>;
  collator: Intl.Collator;
  layout: Omit<BibliographyLayout, "sortDirections"> | null;
}

const engines = new Map<string, WarmEngine>();
let activeCollator = new Intl.Collator("en-US", {
  sensitivity: "base",
  ignorePunctuation: true,
  numeric: true,
});

// citeproc compares sort keys with String#localeCompare, which builds a collator on every call;
// one collator per engine gives the same order (base sensitivity, punctuation ignored, numeric)
// several times faster.
CSL.stringCompare = (a: string, b: string) => activeCollator.compare(a, b);

// Registering an item, citeproc renders its citation once to find items whose citations would
// read alike (for disambiguation). For an item the caller knows to be alone in its interaction
// group (interaction-groups.ts), nothing can read alike, so that rendering is skipped: a key of
// its own stands in for it. This is nearly half the cost of a cold bibliography.
let unambiguous: Set<string> | null = null;
const ambiguousCite = CSL.getAmbiguousCite;
CSL.getAmbiguousCite = function (this: unknown, item: Record<string, unknown>, ...rest: unknown[]) {
  if (rest.length === 0 && unambiguous?.has(item.id as string)) return `\u0000${item.id as string}`;
  return ambiguousCite.call(this, item, ...rest);
};

function register(warm: WarmEngine, items: CslItem[], alone: string[] | undefined): void {
  unambiguous = alone?.length ? new Set(alone) : null;
  try {
    // Start from an empty registry, as citeproc's own rebuildProcessorState does: a registry
    // emptied item by item still remembers names and disambiguations of the last call, and a
    // source may come back changed under the same id.
    const internals = CSL as unknown as {
      Registry: new (state: unknown) => unknown;
      Disambiguation: new (state: unknown) => unknown;
      Engine: { Tmp: new () => unknown };
    };
    const engine = warm.engine as unknown as Record<string, unknown>;
    engine.registry = new internals.Registry(engine);
    engine.tmp = new internals.Engine.Tmp();
    engine.disambiguate = new internals.Disambiguation(engine);
    warm.engine.updateItems(items.map((item) => item.id));
  } finally {
    unambiguous = null;
  }
}

export function collatorFor(locale: string): Intl.Collator {
  return new Intl.Collator(locale, { sensitivity: "base", ignorePunctuation: true, numeric: true });
}

function warmEngine(spec: EngineSpec): WarmEngine {
  const key = `${spec.engineKey}|${spec.locale}`;
  const known = engines.get(key);
  if (known) {
    activeCollator = known.collator;
    return known;
  }
  const items = new Map<string, CslItem>();
  const collator = collatorFor(spec.locale);
  activeCollator = collator;
  const engine = new CSL.Engine(
    {
      retrieveItem: (id: string) => {
        const item = items.get(id);
        if (!item) throw new Error(`No item ${id} given to the citation engine.`);
        return item;
      },
      retrieveLocale: (lang: string) =>
        readLocaleXml(lang, spec.cslDirectory) ?? (false as unknown as string),
    },
    spec.styleXml,
    spec.locale,
    true,
  );
  engine.setOutputFormat("html");
  // Plain text of URLs and DOIs, as the item gives them (the export decides about links).
  engine.opt.development_extensions.wrap_url_and_doi = false;
  const warm: WarmEngine = { engine, items, collator, layout: null };
  engines.set(key, warm);
  return warm;
}

/** Builds the engine now, so that the first real request finds it warm. */
export function warmUp(spec: EngineSpec): void {
  warmEngine(spec);
}

function load(warm: WarmEngine, items: CslItem[]): void {
  warm.items.clear();
  // citeproc writes into the items it reads (parsed names, disambiguation): give it copies, so
  // that nothing of one call reaches the next through a shared object.
  for (const item of items) warm.items.set(item.id, structuredClone(item));
}

function layoutOf(warm: WarmEngine, params: BibliographyParams | null): BibliographyLayout {
  if (params && !warm.layout) {
    warm.layout = {
      hangingIndent: Boolean(params.hangingindent),
      entrySpacing: params.entryspacing,
      lineSpacing: params.linespacing,
      secondFieldAlign: params["second-field-align"],
    };
  }
  return {
    ...(warm.layout ?? { hangingIndent: false, entrySpacing: 0, lineSpacing: 1, secondFieldAlign: false }),
    sortDirections: warm.engine.bibliography?.opt?.sort_directions ?? [],
  };
}

function stripEntryWrapper(html: string): string {
  return html
    .trim()
    .replace(/^<div class="csl-entry">([\s\S]*)<\/div>$/, "$1")
    .trim();
}

/**
 * The bibliography entries of the given items, each with its citeproc sort keys. Items are
 * formatted together, so subsequent-author substitution and disambiguation among them are
 * citeproc's own; the caller gives together every item that can affect another.
 */
export function renderBibliography(
  spec: EngineSpec,
  items: CslItem[],
  alone?: string[],
): { entries: RenderedEntry[]; layout: BibliographyLayout } {
  const warm = warmEngine(spec);
  load(warm, items);
  const { engine } = warm;
  register(warm, items, alone);
  const made = engine.makeBibliography();
  if (!made) {
    // A style without a bibliography: its full citations stand in for the entries.
    const entries = items.map((item) => ({
      id: item.id,
      html: engine.makeCitationCluster([{ id: item.id, position: 0 }]),
      sortkeys: [],
    }));
    return { entries, layout: layoutOf(warm, null) };
  }
  const [params, html] = made;
  const entries = params.entry_ids.map((ids, index) => {
    const id = ids[0]!;
    const sortkeys = engine.registry.registry[id]?.sortkeys ?? [];
    return {
      id,
      html: stripEntryWrapper(html[index] ?? ""),
      sortkeys: sortkeys.map((key) => (key === undefined ? null : key)),
    };
  });
  return { entries, layout: layoutOf(warm, params) };
}

/**
 * Notes (or in-text citations) at the positions the caller computed: first, subsequent, ibid,
 * ibid with locator. The items of the notes are registered together, for disambiguation.
 */
export function renderNotes(
  spec: EngineSpec,
  items: CslItem[],
  notes: NoteRequest[],
  alone?: string[],
): Record<string, string> {
  const warm = warmEngine(spec);
  load(warm, items);
  register(warm, items, alone);
  const result: Record<string, string> = {};
  for (const note of notes) {
    result[note.key] = warm.engine.makeCitationCluster([
      citationItem(note),
      ...(note.following ?? []).map(citationItem),
    ]);
  }
  return result;
}

export function isNoteEngine(spec: EngineSpec): boolean {
  return warmEngine(spec).engine.opt.xclass === "note";
}
