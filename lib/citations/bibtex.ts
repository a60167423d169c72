import { plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import { parse as parseLatexValue } from "@citation-js/plugin-bibtex/lib/input/value.js";
import { citationKeys } from "./citation-keys";
import {
  type CslDate,
  type CslName,
  date,
  dateParts,
  dateToEdtf,
  edtfToDate,
  isCirca,
  names,
  presentVariables,
  text,
} from "./csl-variables";
import type { ParsedEntry } from "./import-types";
import type { CslItem } from "./render";

// BibTeX and BibLaTeX, both ways, with an explicit field table: citation-js tokenizes the file and
// decodes LaTeX into Unicode, this module maps fields to CSL variables and back. Non-Latin text is
// written as it is (UTF-8), never dropped. What a dialect has no field for is reported, entry by
// entry, so that the export can say so.

export type BibtexDialect = "bibtex" | "biblatex";

// ─── Types ───────────────────────────────────────────────────────────────────────────────────

const TYPE_OUT: Record<string, { bibtex: string; biblatex: string; subtype?: string }> = {
  "article-journal": { bibtex: "article", biblatex: "article" },
  "article-magazine": { bibtex: "article", biblatex: "article", subtype: "magazine" },
  "article-newspaper": { bibtex: "article", biblatex: "article", subtype: "newspaper" },
  book: { bibtex: "book", biblatex: "book" },
  chapter: { bibtex: "incollection", biblatex: "incollection" },
  "paper-conference": { bibtex: "inproceedings", biblatex: "inproceedings" },
  thesis: { bibtex: "phdthesis", biblatex: "thesis" },
  report: { bibtex: "techreport", biblatex: "report" },
  manuscript: { bibtex: "unpublished", biblatex: "unpublished" },
  letter: { bibtex: "misc", biblatex: "letter" },
  webpage: { bibtex: "misc", biblatex: "online" },
  dataset: { bibtex: "misc", biblatex: "dataset" },
  software: { bibtex: "misc", biblatex: "software" },
  patent: { bibtex: "misc", biblatex: "patent" },
  "entry-encyclopedia": { bibtex: "incollection", biblatex: "inreference", subtype: "entry-encyclopedia" },
  "entry-dictionary": { bibtex: "incollection", biblatex: "inreference", subtype: "entry-dictionary" },
  pamphlet: { bibtex: "booklet", biblatex: "booklet" },
  periodical: { bibtex: "misc", biblatex: "periodical" },
};

const TYPE_IN: Record<string, string> = {
  article: "article-journal",
  book: "book",
  mvbook: "book",
  booklet: "pamphlet",
  inbook: "chapter",
  incollection: "chapter",
  bookinbook: "chapter",
  suppbook: "chapter",
  suppcollection: "chapter",
  collection: "book",
  mvcollection: "book",
  proceedings: "book",
  mvproceedings: "book",
  inproceedings: "paper-conference",
  conference: "paper-conference",
  phdthesis: "thesis",
  mastersthesis: "thesis",
  thesis: "thesis",
  techreport: "report",
  report: "report",
  unpublished: "manuscript",
  letter: "letter",
  online: "webpage",
  www: "webpage",
  electronic: "webpage",
  dataset: "dataset",
  software: "software",
  patent: "patent",
  inreference: "entry-encyclopedia",
  reference: "book",
  manual: "book",
  periodical: "periodical",
  misc: "document",
};

const CSL_TYPES = new Set([
  "article",
  "article-journal",
  "article-magazine",
  "article-newspaper",
  "bill",
  "book",
  "broadcast",
  "chapter",
  "classic",
  "collection",
  "dataset",
  "document",
  "entry",
  "entry-dictionary",
  "entry-encyclopedia",
  "event",
  "figure",
  "graphic",
  "hearing",
  "interview",
  "legal_case",
  "legislation",
  "manuscript",
  "map",
  "motion_picture",
  "musical_score",
  "pamphlet",
  "paper-conference",
  "patent",
  "performance",
  "periodical",
  "personal_communication",
  "post",
  "post-weblog",
  "regulation",
  "report",
  "review",
  "review-book",
  "software",
  "song",
  "speech",
  "standard",
  "thesis",
  "treaty",
  "webpage",
]);

function entryType(type: string, dialect: BibtexDialect): { type: string; subtype?: string } {
  const mapped = TYPE_OUT[type];
  if (mapped) {
    return { type: mapped[dialect], subtype: dialect === "biblatex" ? mapped.subtype : undefined };
  }
  // BibLaTeX keeps any other CSL type in entrysubtype, which styles do not print.
  return { type: "misc", subtype: dialect === "biblatex" ? type : undefined };
}

function cslType(entryTypeName: string, subtype: string | null): string {
  const type = entryTypeName.toLowerCase();
  if (subtype && CSL_TYPES.has(subtype)) {
    if (type === "article" && (subtype === "newspaper" || subtype === "magazine"))
      return `article-${subtype}`;
    return subtype;
  }
  if (type === "article" && subtype === "newspaper") return "article-newspaper";
  if (type === "article" && subtype === "magazine") return "article-magazine";
  return TYPE_IN[type] ?? "document";
}

const ARTICLE_TYPES = new Set(["article-journal", "article-magazine", "article-newspaper", "article"]);
const IN_BOOK_TYPES = new Set(["chapter", "paper-conference", "entry-encyclopedia", "entry-dictionary"]);

// ─── Writing ─────────────────────────────────────────────────────────────────────────────────

/** LaTeX-safe text: specials escaped, ligatures (--, ``, '') and ~ kept literal. */
export function latexEscape(value: string): string {
  return value
    .replace(/[\\{}&%$#_~^]/g, (char) => {
      switch (char) {
        case "\\":
          return "\\textbackslash{}";
        case "~":
          return "\\textasciitilde{}";
        case "^":
          return "\\textasciicircum{}";
        default:
          return `\\${char}`;
      }
    })
    .replace(/-(?=-)/g, "-{}")
    .replace(/`(?=`)/g, "`{}")
    .replace(/'(?=')/g, "'{}");
}

const RICH_TAGS: [RegExp, string][] = [
  [/^<i>$/, "\\textit{"],
  [/^<em>$/, "\\emph{"],
  [/^<b>$/, "\\textbf{"],
  [/^<sup>$/, "\\textsuperscript{"],
  [/^<sub>$/, "\\textsubscript{"],
  [/^<span style="font-variant:\s*small-caps;?">$/, "\\textsc{"],
  [/^<span class="nocase">$/, "{"],
];

/** Text with CSL's rich-text tags (<i>, <b>, <sup>, <sub>, small caps, nocase) as LaTeX. */
function latexRich(value: string): string {
  let depth = 0;
  return value
    .split(/(<\/?(?:i|em|b|sup|sub|span)(?:\s[^>]*)?>)/)
    .map((part, index) => {
      if (index % 2 === 0) return latexEscape(part);
      if (part.startsWith("</")) {
        if (depth === 0) return latexEscape(part);
        depth--;
        return "}";
      }
      const command = RICH_TAGS.find(([pattern]) => pattern.test(part))?.[1];
      if (!command) return latexEscape(part);
      depth++;
      return command;
    })
    .join("")
    .concat("}".repeat(depth));
}

function latexName(name: CslName): string {
  if (name.literal) return `{${latexEscape(name.literal)}}`;
  const family = [name["non-dropping-particle"], name.family].filter(Boolean).join(" ");
  const given = [name.given, name["dropping-particle"]].filter(Boolean).join(" ");
  if (!given && !name.suffix) {
    // A single family name; more words would be read as given names, so brace them.
    return /\s/.test(family) ? `{${latexEscape(family)}},` : latexEscape(family);
  }
  const parts = [latexEscape(family)];
  if (name.suffix) parts.push(latexEscape(name.suffix));
  parts.push(latexEscape(given));
  return parts.join(", ");
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

interface Field {
  name: string;
  /** Written as is (already LaTeX), or as a month macro. */
  value: string;
  bare?: boolean;
}

/** The fields of one entry, and the CSL variables they do not carry. */
function entryFields(item: CslItem, dialect: BibtexDialect): { fields: Field[]; lost: string[] } {
  const fields: Field[] = [];
  const carried = new Set<string>(["type"]);
  const lost: string[] = [];
  const biblatex = dialect === "biblatex";
  const type = item.type as string;
  const { subtype } = entryType(type, dialect);
  const article = ARTICLE_TYPES.has(type);

  const put = (
    variable: string,
    name: string,
    value: string | null,
    how: "rich" | "plain" | "verbatim" | "braced",
  ) => {
    if (value === null) return;
    carried.add(variable);
    const written =
      how === "rich"
        ? latexRich(value)
        : how === "braced"
          ? `{${latexRich(value)}}`
          : how === "verbatim"
            ? value.replace(/[{}]/g, "")
            : latexEscape(value);
    fields.push({ name, value: written });
  };
  const putNames = (variable: string, name: string) => {
    const list = names(item, variable);
    if (!list.length) return;
    carried.add(variable);
    fields.push({ name, value: list.map(latexName).join(" and ") });
  };

  putNames("author", "author");
  putNames("editor", "editor");
  if (biblatex) {
    putNames("translator", "translator");
    putNames("container-author", "bookauthor");
  }
  put("title", "title", text(item, "title"), "braced");
  if (article)
    put("container-title", biblatex ? "journaltitle" : "journal", text(item, "container-title"), "rich");
  else if (IN_BOOK_TYPES.has(type))
    put("container-title", "booktitle", text(item, "container-title"), "braced");
  put("collection-title", "series", text(item, "collection-title"), "rich");
  if (biblatex) {
    put("title-short", "shorttitle", text(item, "title-short"), "braced");
    put("original-title", "origtitle", text(item, "original-title"), "braced");
    if (subtype) fields.push({ name: "entrysubtype", value: latexEscape(subtype) });
  }

  // Dates.
  const issued = date(item, "issued");
  if (issued) {
    const parts = dateParts(issued);
    if (biblatex && parts) {
      carried.add("issued");
      fields.push({ name: "date", value: dateToEdtf(issued)! });
    } else if (parts) {
      const first = parts[0]!;
      fields.push({ name: "year", value: String(first[0]) });
      if (first[1])
        fields.push({ name: "month", value: MONTHS[first[1] - 1] ?? String(first[1]), bare: true });
      if (first[2] || parts.length > 1 || isCirca(issued) || issued.season)
        lost.push("issued (BibTeX keeps only year and month)");
      else carried.add("issued");
    } else if (issued.literal || issued.raw) {
      carried.add("issued");
      fields.push({ name: "year", value: latexEscape((issued.literal ?? issued.raw)!) });
    }
  }
  if (biblatex) {
    for (const [variable, name] of [
      ["accessed", "urldate"],
      ["original-date", "origdate"],
      ["event-date", "eventdate"],
    ] as const) {
      const value = date(item, variable);
      const edtf = dateToEdtf(value);
      if (edtf) {
        carried.add(variable);
        fields.push({ name, value: edtf });
      }
    }
  }

  put("volume", "volume", text(item, "volume"), "plain");
  if (article) put("issue", "number", text(item, "issue"), "plain");
  else put("collection-number", "number", text(item, "collection-number"), "plain");
  put("chapter-number", "chapter", text(item, "chapter-number"), "plain");
  put("page", "pages", text(item, "page"), "plain");
  if (biblatex) put("number-of-pages", "pagetotal", text(item, "number-of-pages"), "plain");
  put("edition", "edition", text(item, "edition"), "plain");
  const publisherField =
    type === "thesis"
      ? biblatex
        ? "institution"
        : "school"
      : type === "report"
        ? "institution"
        : "publisher";
  put("publisher", publisherField, text(item, "publisher"), "rich");
  put("publisher-place", biblatex ? "location" : "address", text(item, "publisher-place"), "plain");
  put("genre", "type", text(item, "genre"), "plain");
  if (biblatex) {
    put("event-title", "eventtitle", text(item, "event-title") ?? null, "rich");
    put("event-place", "venue", text(item, "event-place"), "plain");
  }

  // Archives: BibLaTeX has no fields of its own for them, so they travel under their CSL names
  // (read back exactly), with the reference in words in `library`, which biblatex styles print.
  if (biblatex) {
    const archive = text(item, "archive");
    const place = text(item, "archive-place");
    const location = text(item, "archive_location");
    put("archive", "archive", archive, "plain");
    put("archive-place", "archive-place", place, "plain");
    put("archive_location", "archive_location", location, "plain");
    const library = [location, archive, place].filter(Boolean).join(", ");
    if (library) fields.push({ name: "library", value: latexEscape(library) });
  }

  put("language", "language", text(item, "language"), "plain");
  put("DOI", "doi", text(item, "DOI"), "verbatim");
  put("ISBN", "isbn", text(item, "ISBN"), "plain");
  put("ISSN", "issn", text(item, "ISSN"), "plain");
  put("URL", "url", text(item, "URL"), "verbatim");
  put("keyword", "keywords", text(item, "keyword"), "plain");
  put("abstract", "abstract", text(item, "abstract"), "rich");
  put("note", "note", text(item, "note"), "rich");
  put("annote", biblatex ? "annotation" : "annote", text(item, "annote"), "rich");

  const typeRoundTrips = cslType(entryType(type, dialect).type, subtype ?? null) === type;
  if (!typeRoundTrips) lost.push(`type (${type})`);
  for (const variable of presentVariables(item)) {
    if (!carried.has(variable) && !lost.some((entry) => entry.startsWith(variable))) lost.push(variable);
  }
  return { fields, lost };
}

export interface BibtexExport {
  text: string;
  /** Per entry key, the CSL variables the dialect could not carry. */
  lost: { key: string; title: string; variables: string[] }[];
}

function braceSafe(value: string): string {
  // @comment's text ends at its closing brace: keep the braces out.
  return value.replace(/[{}]/g, "");
}

/** The items as a .bib file (UTF-8), with a comment listing what the dialect could not carry. */
export function toBibtex(items: CslItem[], dialect: BibtexDialect, header?: string): BibtexExport {
  const keys = citationKeys(items);
  const lost: BibtexExport["lost"] = [];
  const entries = items.map((item, index) => {
    const { fields, lost: missing } = entryFields(item, dialect);
    const key = keys[index]!;
    if (missing.length) lost.push({ key, title: String(item.title ?? ""), variables: missing });
    const { type } = entryType(item.type as string, dialect);
    const body = fields
      .map((field) => `  ${field.name} = ${field.bare ? field.value : `{${field.value}}`}`)
      .join(",\n");
    return `@${type}{${key},\n${body}\n}\n`;
  });
  const dialectName = dialect === "bibtex" ? "BibTeX" : "BibLaTeX";
  const notice = [
    header,
    lost.length
      ? `${dialectName} has no field for some of what these sources record; the CSL-JSON export keeps everything. Not carried:\n${lost
          .map((entry) => `  ${entry.key}: ${entry.variables.join(", ")}`)
          .join("\n")}`
      : `Every recorded field is carried.`,
  ]
    .filter(Boolean)
    .join("\n");
  return { text: `@comment{${braceSafe(notice)}\n}\n\n${entries.join("\n")}`, lost };
}

// ─── Reading ─────────────────────────────────────────────────────────────────────────────────

interface RawEntry {
  type: string;
  label: string;
  properties: Record<string, string | number>;
}

interface EntryChunk {
  text: string;
  /** 1-based line of the @ that starts the entry. */
  line: number;
  kind: "entry" | "string" | "comment" | "preamble";
  /** Set when the splitter already knows the entry is broken. */
  problem?: string;
}

/**
 * Splits a .bib file into entries with their line numbers, by brace depth. An entry whose braces
 * never close ends where the next line starting with "@type{" begins, and is reported broken, so
 * that one bad entry does not swallow the rest.
 */
export function splitBibtex(input: string): EntryChunk[] {
  const chunks: EntryChunk[] = [];
  const queue = input.split(/\r?\n/).map((text, index) => ({ text, number: index + 1 }));
  const entryStart = /^\s*@\s*([A-Za-z]+)\s*([{(])/;
  let current: {
    start: number;
    lines: string[];
    kind: EntryChunk["kind"];
    depth: number;
    paren: boolean;
  } | null = null;

  const kindOf = (type: string): EntryChunk["kind"] =>
    type === "string"
      ? "string"
      : type === "comment"
        ? "comment"
        : type === "preamble"
          ? "preamble"
          : "entry";
  const close = (problem?: string) => {
    if (!current) return;
    chunks.push({
      text: current.lines.join("\n"),
      line: current.start,
      kind: current.kind,
      ...(problem ? { problem } : {}),
    });
    current = null;
  };

  for (let position = 0; position < queue.length; position++) {
    const { text: line, number } = queue[position]!;
    const start = entryStart.exec(line);
    if (current && start && current.depth > 0) {
      close(
        `The entry starting on line ${current.start} is not closed: a “}” is missing before line ${number}.`,
      );
    }
    if (!current) {
      if (!start) continue; // text between entries is a comment in BibTeX
      current = {
        start: number,
        lines: [],
        kind: kindOf(start[1]!.toLowerCase()),
        depth: 0,
        paren: start[2] === "(",
      };
    }
    const open = current;
    open.lines.push(line);
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (char === "\\") {
        i++;
        continue;
      }
      if (char === '"' && open.depth === 1 && !open.paren) quoted = !quoted;
      if (open.depth === 0) {
        if (char === "{" || char === "(") open.depth = 1;
        continue;
      }
      if (char === "{") open.depth++;
      else if (char === "}" && !(quoted && open.depth === 1)) open.depth--;
      else if (char === ")" && open.paren && open.depth === 1) open.depth = 0;
      if (open.depth === 0) {
        open.lines[open.lines.length - 1] = line.slice(0, i + 1);
        close();
        const rest = line.slice(i + 1);
        // A second entry on the same line: read it as a line of its own.
        if (entryStart.test(rest)) queue.splice(position + 1, 0, { text: rest, number });
        break;
      }
    }
  }
  if (current) {
    const unclosed = (current as { start: number }).start;
    close(`The entry starting on line ${unclosed} is not closed: a “}” is missing at the end of the file.`);
  }
  return chunks;
}

function parseRaw(textValue: string): RawEntry[] {
  return plugins.input.chainLink(textValue, { forceType: "@bibtex/text" }) as unknown as RawEntry[];
}

/** "invalid syntax at line 3 col 1" of a chunk → the line in the whole file. */
/** "invalid syntax at line 3 col 1" of a chunk (after `offset` lines of abbreviations) → the file's line. */
function syntaxMessage(error: unknown, chunkLine: number, offset: number): { message: string; line: number } {
  const raw = error instanceof Error ? error.message : String(error);
  const match = /line (\d+) col (\d+)/.exec(raw);
  if (!match) {
    return {
      line: chunkLine,
      message: `Line ${chunkLine}: the entry could not be read (is the comma after its key missing, or a field not written name = {value}?).`,
    };
  }
  const line = Math.max(chunkLine, chunkLine + Number(match[1]) - 1 - offset);
  const reason = raw
    .split("\n")[0]!
    .replace(/ at line \d+ col \d+:?/, "")
    .replace(/^invalid syntax/i, "unexpected text");
  return { line, message: `BibTeX syntax error on line ${line}, column ${match[2]}: ${reason}.` };
}

const MONTH_NUMBER: Record<string, number> = Object.fromEntries([
  ...MONTHS.map((month, index) => [month, index + 1] as const),
  ...[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
  ].map((month, index) => [month, index + 1] as const),
]);

function decode(value: string | number, kind: "rich" | "plain" | "verbatim"): string {
  const raw = String(value);
  const decoded =
    kind === "verbatim"
      ? String(parseLatexValue(raw, "doi"))
      : String(parseLatexValue(raw, kind === "rich" ? "title" : "note"));
  return decoded.replace(/\u00a0/g, " ").trim();
}

/** Splits a name list at top-level " and "; a fully braced name is a body's name (literal). */
function decodeNames(value: string | number): CslName[] {
  const raw = String(value);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (char === "\\") {
      i++;
      continue;
    }
    if (char === "{") depth++;
    else if (char === "}") depth--;
    else if (depth === 0 && /\s/.test(char!) && /^\s+and\s+/i.test(raw.slice(i))) {
      const match = /^\s+and\s+/i.exec(raw.slice(i))!;
      parts.push(raw.slice(start, i));
      i += match[0].length - 1;
      start = i + 1;
    }
  }
  parts.push(raw.slice(start));
  return parts
    .map((part) => part.trim())
    .filter((part) => part && part.toLowerCase() !== "others")
    .map((part) => {
      if (/^\{[^{}]*(\{[^{}]*\}[^{}]*)*\}$/.test(part))
        return { literal: decode(part.slice(1, -1), "plain") };
      const parsed =
        (
          parseLatexValue(part, "author") as {
            family?: string;
            given?: string;
            prefix?: string;
            suffix?: string;
          }[]
        )[0] ?? {};
      const name: CslName = {};
      if (parsed.family) name.family = parsed.family;
      if (parsed.given) name.given = parsed.given;
      if (parsed.prefix) name["non-dropping-particle"] = parsed.prefix;
      if (parsed.suffix) name.suffix = parsed.suffix;
      return name;
    });
}

function decodeDate(properties: Record<string, string | number>, dateField: string): CslDate | null {
  const full = properties[dateField];
  if (full !== undefined) {
    // Verbatim: "~" (circa) is not a LaTeX space here.
    const value = decode(full, "verbatim");
    return edtfToDate(value) ?? { literal: value };
  }
  if (dateField !== "date") return null;
  const yearValue = properties.year;
  if (yearValue === undefined) return null;
  const yearText = decode(yearValue, "plain");
  if (!/^-?\d{1,4}$/.test(yearText)) return { literal: yearText };
  const parts = [Number(yearText)];
  const monthValue = properties.month;
  if (monthValue !== undefined) {
    const month = String(monthValue).trim().toLowerCase();
    const number = /^\d+$/.test(month) ? Number(month) : MONTH_NUMBER[month.replace(/\.$/, "")];
    if (number && number >= 1 && number <= 12) {
      parts.push(number);
      const dayValue = properties.day;
      if (dayValue !== undefined && /^\d+$/.test(String(dayValue).trim())) parts.push(Number(dayValue));
    }
  }
  return { "date-parts": [parts] };
}

/** The CSL item of a parsed entry (fields of both dialects are read). */
export function bibtexEntryToCsl(entry: RawEntry): CslItem {
  const p = Object.fromEntries(
    Object.entries(entry.properties).map(([key, value]) => [key.toLowerCase(), value]),
  );
  const subtype = p.entrysubtype !== undefined ? decode(p.entrysubtype, "plain") : null;
  const type = cslType(entry.type, subtype);
  const item: CslItem = { id: entry.label, type, "citation-key": entry.label };
  const set = (variable: string, value: string | null | undefined) => {
    if (value) item[variable] = value;
  };
  for (const [field, variable] of [
    ["author", "author"],
    ["editor", "editor"],
    ["translator", "translator"],
    ["bookauthor", "container-author"],
  ] as const) {
    if (p[field] !== undefined) {
      const list = decodeNames(p[field]);
      if (list.length) item[variable] = list;
    }
  }
  const get = (field: string, kind: "rich" | "plain" | "verbatim" = "plain") =>
    p[field] !== undefined ? decode(p[field], kind) : null;

  set("title", get("title", "rich"));
  set("container-title", get("journaltitle", "rich") ?? get("journal", "rich") ?? get("booktitle", "rich"));
  set("collection-title", get("series", "rich"));
  set("title-short", get("shorttitle", "rich"));
  set("original-title", get("origtitle", "rich"));
  const issued = decodeDate(p, "date");
  if (issued) item.issued = issued;
  for (const [field, variable] of [
    ["urldate", "accessed"],
    ["origdate", "original-date"],
    ["eventdate", "event-date"],
  ] as const) {
    const value = decodeDate(p, field);
    if (value) item[variable] = value;
  }
  set("volume", get("volume"));
  if (ARTICLE_TYPES.has(type)) set("issue", get("number") ?? get("issue"));
  else set("collection-number", get("number"));
  set("chapter-number", get("chapter"));
  set("page", get("pages"));
  set("number-of-pages", get("pagetotal"));
  set("edition", get("edition"));
  set(
    "publisher",
    get("publisher", "rich") ??
      get("school", "rich") ??
      get("institution", "rich") ??
      get("organization", "rich"),
  );
  set("publisher-place", get("location") ?? get("address"));
  set("genre", get("type"));
  set("event-title", get("eventtitle", "rich"));
  set("event-place", get("venue"));
  set("archive", get("archive"));
  set("archive-place", get("archive-place"));
  set("archive_location", get("archive_location"));
  if (!item.archive && !item.archive_location && p.library !== undefined)
    set("archive_location", get("library"));
  set("language", get("language") ?? get("langid"));
  set("DOI", get("doi", "verbatim"));
  set("ISBN", get("isbn"));
  set("ISSN", get("issn"));
  set("URL", get("url", "verbatim"));
  set("keyword", get("keywords"));
  set("abstract", get("abstract", "rich"));
  set("note", get("note", "rich"));
  set("annote", get("annotation", "rich") ?? get("annote", "rich"));
  return item;
}

/**
 * Every entry of a .bib file: the parsed ones as CSL items, the broken ones with the line and the
 * reason. @string abbreviations are applied; @comment and @preamble are skipped.
 */
export function parseBibtex(input: string): ParsedEntry[] {
  const chunks = splitBibtex(input);
  const strings = chunks
    .filter((chunk) => chunk.kind === "string" && !chunk.problem)
    .map((chunk) => chunk.text)
    .join("\n");
  const stringLines = strings ? strings.split("\n").length + 1 : 1;
  const entries = chunks.filter((chunk) => chunk.kind === "entry");
  if (entries.length === 0) return [];

  // Fast path: the whole file at once; entry by entry only when something is broken.
  let whole: RawEntry[] | null = null;
  if (!entries.some((chunk) => chunk.problem)) {
    try {
      const parsed = parseRaw(`${strings}\n${entries.map((chunk) => chunk.text).join("\n")}`);
      if (parsed.length === entries.length) whole = parsed;
    } catch {
      whole = null;
    }
  }

  return entries.map((chunk, index) => {
    const label = /^\s*@\s*[A-Za-z]+\s*[{(]\s*([^,\s]*)/.exec(chunk.text)?.[1] || null;
    const base = { index, line: chunk.line, label };
    if (chunk.problem) return { ...base, ok: false as const, error: chunk.problem };
    let raw: RawEntry | undefined = whole?.[index];
    if (!raw) {
      try {
        // The abbreviations come first; line numbers are shifted back by their lines.
        const parsed = parseRaw(`${strings}\n${chunk.text}`);
        raw = parsed[0];
        if (!raw)
          return { ...base, ok: false as const, error: `Line ${chunk.line}: the entry could not be read.` };
      } catch (error) {
        const { message, line } = syntaxMessage(error, chunk.line, stringLines);
        return { ...base, line, ok: false as const, error: message };
      }
    }
    try {
      return { ...base, ok: true as const, item: bibtexEntryToCsl(raw) };
    } catch (error) {
      return {
        ...base,
        ok: false as const,
        error: `Line ${chunk.line}: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  });
}
