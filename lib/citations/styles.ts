import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from "node:fs";
import path from "node:path";
import builtinStyles from "@citation-js/plugin-csl/lib/styles.json";
import { BUNDLED_CSL_DIR, cslDirectory } from "@/lib/env";

// The CSL styles the app formats with, in layers: a full set on the server (Debian's
// citation-style-language-styles package, about 2,500 independent styles and 7,800 dependent ones,
// or CSL_DIR), then the set bundled in the repository (lib/citations/csl: Chicago, Turabian, APA,
// MLA, Harvard, MHRA and their dependent journal styles), then citation-js's built-in ones. A style
// of an upper layer hides one of the same id below it. Read from disk once and kept as an index;
// nothing is ever fetched from the network.

export type StyleOrigin = "system" | "bundled" | "builtin" | "project";

export interface StyleInfo {
  /** The short id: the file name without .csl ("chicago-fullnote-bibliography"). */
  id: string;
  /** The CSL id, a URI ("http://www.zotero.org/styles/chicago-fullnote-bibliography"). */
  uri: string;
  title: string;
  shortTitle: string | null;
  /** note, author-date, numeric, label or author (the style's citation-format category). */
  format: string | null;
  fields: string[];
  /** The independent style it formats with, for a dependent style. */
  parentId: string | null;
  defaultLocale: string | null;
  origin: StyleOrigin;
  /** The .csl file (none for citation-js's built-in styles). */
  file: string | null;
  /** For a variant of our own (lib/citations/csl/README.md): what it changes in the official style. */
  changes: string | null;
}

/** Our own variants of published styles carry ids of this scheme, never a zotero.org one. */
const OWN_STYLE_ID = "tag:apparatus,";

export interface StyleCatalog {
  /** True when the server's full set (Debian's package or CSL_DIR) is there. */
  installed: boolean;
  /** The folder of the full set, whether or not it exists. */
  directory: string;
  /** Which set the catalog offers, in words, for the style picker. */
  description: string;
  styles: StyleInfo[];
  byId: Map<string, StyleInfo>;
}

/** A style ready for an engine: the XML of the independent style it formats with. */
export interface ResolvedStyle {
  /** The id that was asked for (a dependent style keeps its own id and title). */
  id: string;
  title: string;
  /** Engines are cached under this key: the independent style's id (and the project's, for uploads). */
  engineKey: string;
  xml: string;
  /** The engine formats notes (footnotes) rather than in-text citations. */
  note: boolean;
  defaultLocale: string | null;
  origin: StyleOrigin;
  /** Citation-number in the bibliography: entries depend on their position in the whole list. */
  numbered: boolean;
}

export const FALLBACK_DEFAULT_STYLE = "apa";
export const DEFAULT_STYLE = "apparatus-chicago-fullnote-bibliography";

/** The styles historians ask for first, in this order, shown above the search results. */
export const FEATURED_STYLES = [
  "apparatus-chicago-fullnote-bibliography",
  "chicago-fullnote-bibliography",
  "chicago-note-bibliography",
  "chicago-author-date",
  "apparatus-turabian-fullnote-bibliography",
  "turabian-fullnote-bibliography",
  "apparatus-apa",
  "apa",
  "apparatus-modern-language-association",
  "modern-language-association",
  "harvard-cite-them-right",
];

const BUILTIN_TITLES: Record<string, string> = {
  apa: "American Psychological Association 7th edition (built in)",
  vancouver: "Vancouver (built in)",
  harvard1: "Harvard reference format 1 (built in)",
};

function unescapeXml(value: string): string {
  return value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&amp;/g, "&");
}

function tag(xml: string, name: string): string | null {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml);
  return match ? unescapeXml(match[1]!.trim()) : null;
}

function shortId(uri: string): string {
  return uri.replace(/\/+$/, "").split("/").pop() ?? uri;
}

/** The metadata of a style from its <info> block (all that the index needs). */
export function parseStyleInfo(
  xml: string,
  origin: StyleOrigin,
  fileId?: string,
  file: string | null = null,
): StyleInfo | null {
  const info = /<info>([\s\S]*?)<\/info>/.exec(xml)?.[1];
  const styleTag = /<style\b[^>]*>/.exec(xml)?.[0];
  if (!info || !styleTag) return null;
  const uri = tag(info, "id");
  const title = tag(info, "title");
  if (!uri || !title) return null;
  const parent =
    /<link\s+href="([^"]+)"\s+rel="independent-parent"/.exec(info)?.[1] ??
    /<link\s+rel="independent-parent"\s+href="([^"]+)"/.exec(info)?.[1];
  return {
    id: fileId ?? shortId(uri),
    uri,
    title,
    shortTitle: tag(info, "title-short"),
    format: /<category\s+citation-format="([^"]+)"/.exec(info)?.[1] ?? null,
    fields: [...info.matchAll(/<category\s+field="([^"]+)"/g)].map((match) => match[1]!),
    parentId: parent ? shortId(unescapeXml(parent)) : null,
    defaultLocale: /default-locale="([^"]+)"/.exec(styleTag)?.[1] ?? null,
    origin,
    file,
    changes: uri.startsWith(OWN_STYLE_ID) ? tag(info, "summary") : null,
  };
}

/** The start of a file, up to the end of its <info> block (a style's metadata comes first). */
function readHead(file: string): string {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(8192);
    let text = "";
    let position = 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, position);
      text += buffer.toString("utf8", 0, read);
      position += read;
      if (read === 0 || text.includes("</info>")) return text;
    }
  } finally {
    closeSync(fd);
  }
}

function builtinStyleInfos(): StyleInfo[] {
  return Object.entries(builtinStyles as Record<string, string>).map(([id, xml]) => ({
    ...(parseStyleInfo(xml, "builtin", id) ?? {
      id,
      uri: id,
      shortTitle: null,
      format: null,
      fields: [],
      parentId: null,
      defaultLocale: null,
      origin: "builtin" as const,
      file: null,
      changes: null,
    }),
    title: BUILTIN_TITLES[id] ?? id,
  }));
}

/** The styles of a folder laid out as Debian's (styles/*.csl, styles/dependent/*.csl). */
function folderStyleInfos(directory: string, origin: StyleOrigin): StyleInfo[] {
  const stylesDir = path.join(directory, "styles");
  const styles: StyleInfo[] = [];
  for (const folder of [stylesDir, path.join(stylesDir, "dependent")]) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) {
      if (!name.endsWith(".csl")) continue;
      const file = path.join(folder, name);
      const info = parseStyleInfo(readHead(file), origin, name.slice(0, -4), file);
      if (info) styles.push(info);
    }
  }
  return styles;
}

const catalogs = new Map<string, StyleCatalog>();

/**
 * The index of every style offered: the full set in `directory` (when it exists) over the bundled
 * set over the built-in styles. Read once per pair of folders, then kept.
 */
export function loadStyleCatalog(
  directory = cslDirectory(),
  bundledDirectory: string | null = BUNDLED_CSL_DIR,
): StyleCatalog {
  const key = `${directory}|${bundledDirectory}`;
  const known = catalogs.get(key);
  if (known) return known;
  const installed = existsSync(path.join(directory, "styles"));
  const layers = [
    installed ? folderStyleInfos(directory, "system") : [],
    bundledDirectory ? folderStyleInfos(bundledDirectory, "bundled") : [],
    builtinStyleInfos(),
  ];
  const byId = new Map<string, StyleInfo>();
  for (const layer of layers) {
    const ids = new Set<string>();
    // Within a layer an independent style wins over a dependent one of the same name.
    for (const style of layer) {
      if (byId.has(style.id) && !ids.has(style.id)) continue;
      if (!ids.has(style.id) || !style.parentId) byId.set(style.id, style);
      ids.add(style.id);
    }
  }
  const styles = [...byId.values()].sort((a, b) => a.title.localeCompare(b.title, "en"));
  const independent = styles.filter((style) => !style.parentId).length;
  const description = installed
    ? `All ${styles.length.toLocaleString("en")} styles installed on this server (${directory}).`
    : `The ${styles.length.toLocaleString("en")} styles that come with Apparatus: Chicago, Turabian, APA, MLA, Harvard and MHRA, with ${(styles.length - independent).toLocaleString("en")} journal styles based on them. For all 10,000 styles, install Debian's citation-style-language-styles package or set CSL_DIR to a folder of CSL styles.`;
  const catalog: StyleCatalog = { installed, directory, description, styles, byId };
  catalogs.set(key, catalog);
  return catalog;
}

export function defaultStyleId(catalog: StyleCatalog): string {
  return catalog.byId.has(DEFAULT_STYLE) ? DEFAULT_STYLE : FALLBACK_DEFAULT_STYLE;
}

/** "chicago-fullnote-bibliography", its URI, or "https://…" all name the same style. */
export function normalizeStyleId(idOrUri: string): string {
  const trimmed = idOrUri.trim();
  return /^https?:\/\//i.test(trimmed) ? shortId(trimmed) : trimmed.replace(/\.csl$/, "");
}

function normalizeForSearch(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/**
 * Styles whose title, short title, id or field match every word of the query, featured styles
 * first, then independent styles before dependent ones, then by title.
 */
export function searchStyles(catalog: StyleCatalog, query: string, limit = 50): StyleInfo[] {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  const featured = new Map(FEATURED_STYLES.map((id, index) => [id, index]));
  const matches = catalog.styles.filter((style) => {
    if (words.length === 0) return true;
    const haystack = normalizeForSearch(
      [style.title, style.shortTitle ?? "", style.id, style.fields.join(" "), style.format ?? ""].join(" "),
    );
    return words.every((word) => haystack.includes(word));
  });
  const rank = (style: StyleInfo) => featured.get(style.id) ?? (style.parentId ? 2000 : 1000);
  return matches.sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title, "en")).slice(0, limit);
}

/** The featured styles that are installed, in order (the picker's first choices). */
export function featuredStyles(catalog: StyleCatalog): StyleInfo[] {
  const featured = FEATURED_STYLES.map((id) => catalog.byId.get(id)).filter((style) => style !== undefined);
  return featured.length ? featured : catalog.styles;
}

function styleXml(style: StyleInfo): string {
  return style.file ? readFileSync(style.file, "utf8") : (builtinStyles as Record<string, string>)[style.id]!;
}

export class UnknownStyleError extends Error {
  constructor(readonly styleId: string) {
    super(`No citation style “${styleId}”.`);
  }
}

function isNoteStyle(xml: string): boolean {
  return /<style\b[^>]*\bclass="note"/.test(xml);
}

/** True when the bibliography prints citation numbers (numeric styles): entries depend on order. */
function bibliographyNumbered(xml: string): boolean {
  const bibliography = /<bibliography\b[\s\S]*<\/bibliography>/.exec(xml)?.[0] ?? "";
  const macros = [...xml.matchAll(/<macro\s+name="([^"]+)">([\s\S]*?)<\/macro>/g)];
  const numbering = new Set(macros.filter((m) => m[2]!.includes("citation-number")).map((m) => m[1]!));
  return (
    bibliography.includes("citation-number") ||
    [...numbering].some((name) => bibliography.includes(`macro="${name}"`))
  );
}

const resolved = new WeakMap<StyleCatalog, Map<string, ResolvedStyle>>();

/** The style to format with: a dependent style resolves to its parent's XML. */
export function resolveStyle(catalog: StyleCatalog, idOrUri: string): ResolvedStyle {
  const id = normalizeStyleId(idOrUri);
  const cache = resolved.get(catalog) ?? new Map<string, ResolvedStyle>();
  resolved.set(catalog, cache);
  const known = cache.get(id);
  if (known) return known;
  const style = catalog.byId.get(id);
  if (!style) throw new UnknownStyleError(id);
  const parent = style.parentId ? catalog.byId.get(style.parentId) : style;
  if (!parent || parent.parentId) throw new UnknownStyleError(style.parentId ?? id);
  const xml = styleXml(parent);
  const result: ResolvedStyle = {
    id: style.id,
    title: style.title,
    engineKey: `${parent.origin}:${parent.id}`,
    xml,
    note: isNoteStyle(xml),
    defaultLocale: style.defaultLocale ?? parent.defaultLocale,
    origin: style.origin,
    numbered: bibliographyNumbered(xml),
  };
  cache.set(id, result);
  return result;
}

/**
 * A style uploaded to a project. A dependent upload formats with its installed parent; an
 * independent one with its own XML, under a key of its own content (a re-upload is a new engine).
 */
export function resolveUploadedStyle(
  catalog: StyleCatalog,
  upload: { name: string; title: string; xml: string; contentKey: string },
): ResolvedStyle {
  const info = parseStyleInfo(upload.xml, "project", upload.name);
  if (info?.parentId) {
    const parent = resolveStyle(catalog, info.parentId);
    return { ...parent, id: upload.name, title: upload.title, origin: "project" };
  }
  return {
    id: upload.name,
    title: upload.title,
    engineKey: `project:${upload.contentKey}`,
    xml: upload.xml,
    note: isNoteStyle(upload.xml),
    defaultLocale: info?.defaultLocale ?? null,
    origin: "project",
    numbered: bibliographyNumbered(upload.xml),
  };
}
