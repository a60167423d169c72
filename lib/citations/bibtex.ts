import { plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import { parse as parseLatexValue } from "@citation-js/plugin-bibtex/lib/input/value.js";
import { hasCyrillic, hasNonLatinLetters, romanizeCyrillic } from "@/lib/text/transliterate";
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
  mvreference: "book",
  manual: "book",
  periodical: "periodical",
  misc: "document",
  // biblatex's non-standard types (supported by its data model, printed as @misc by the standard
  // styles), which Zotero's BibLaTeX export writes for cases, statutes, films, recordings, artworks.
  jurisdiction: "legal_case",
  legislation: "legislation",
  legal: "treaty",
  movie: "motion_picture",
  video: "motion_picture",
  audio: "song",
  music: "song",
  artwork: "graphic",
  image: "graphic",
  performance: "performance",
  review: "review",
  standard: "standard",
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

/**
 * The entry type, and the CSL type in `entrysubtype` where the entry type alone would not read
 * back as it (a newspaper article is an @article with entrysubtype newspaper, biblatex's own
 * convention). Plain BibTeX styles ignore the field; our importer reads it in both dialects.
 */
function entryType(type: string, dialect: BibtexDialect): { type: string; subtype?: string } {
  const mapped = TYPE_OUT[type];
  const entry = mapped?.[dialect] ?? "misc";
  const subtype = mapped?.subtype ?? (cslType(entry, null) === type ? undefined : type);
  return { type: entry, subtype };
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
/** Types whose `number` is their own (a report's, a patent's), not a number in a series. */
const NUMBERED_TYPES = new Set(["report", "patent", "standard", "legislation", "bill", "regulation"]);
/** Read only: a case's docket number, a hearing's document number (Zotero's BibLaTeX export). */
const OWN_NUMBER_ON_READ = new Set(["legal_case", "hearing"]);
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

/**
 * The titles a .bib entry writes for an item. Where the item records an original title other
 * than its working title, the original is cited: romanized when in a non-Latin script (the
 * transliteration the historian typed, or the Library of Congress romanization of Cyrillic),
 * with the translation (or else the working title, the historian's English) beside it.
 */
export function foreignTitles(item: CslItem): {
  title: string | null;
  romanized: string | null;
  original: string | null;
  translation: string | null;
  keeps: { title: boolean };
} {
  const title = text(item, "title");
  const original = text(item, "original-title");
  const translated = text(item, "translated-title");
  if (!original || original === title) {
    return {
      title,
      romanized: null,
      original: null,
      translation: translated !== title ? translated : null,
      keeps: { title: true },
    };
  }
  const romanized = hasNonLatinLetters(original)
    ? (text(item, "transliterated-title") ?? (hasCyrillic(original) ? romanizeCyrillic(original) : null))
    : null;
  const cited = romanized ?? original;
  const translation = translated ?? title;
  return {
    title: cited,
    romanized,
    original: cited === original ? null : original,
    translation: translation !== cited ? translation : null,
    keeps: { title: title === cited },
  };
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
  // A foreign source is cited by its original title, romanized for a non-Latin script (Chicago
  // 14.98), with the translation in brackets after it: in `titleaddon`, which biblatex prints
  // right after the title, rather than in `note`, which holds the historian's note and could not
  // be told apart from it when read back. BibLaTeX also keeps the original script in `origtitle`;
  // plain BibTeX has no field for it.
  const titles = foreignTitles(item);
  if (titles.title) {
    fields.push({ name: "title", value: `{${latexRich(titles.title)}}` });
    if (titles.keeps.title) carried.add("title");
    else lost.push("title (the original title, romanized, takes its place)");
  }
  if (titles.romanized) {
    if (biblatex) carried.add("transliterated-title");
    else lost.push("transliterated-title (written as the title)");
  }
  if (titles.original) {
    if (biblatex) {
      carried.add("original-title");
      fields.push({ name: "origtitle", value: `{${latexRich(titles.original)}}` });
    } else lost.push("original-title");
  }
  if (titles.translation) {
    fields.push({ name: "titleaddon", value: `[${latexRich(titles.translation)}]` });
    if (text(item, "translated-title") === titles.translation) carried.add("translated-title");
  }
  if (article)
    put("container-title", biblatex ? "journaltitle" : "journal", text(item, "container-title"), "rich");
  else if (IN_BOOK_TYPES.has(type))
    put("container-title", "booktitle", text(item, "container-title"), "braced");
  put("collection-title", "series", text(item, "collection-title"), "rich");
  if (biblatex && titles.keeps.title) put("title-short", "shorttitle", text(item, "title-short"), "braced");
  if (subtype) fields.push({ name: "entrysubtype", value: latexEscape(subtype) });

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
  else if (NUMBERED_TYPES.has(type)) put("number", "number", text(item, "number"), "plain");
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
  const place = text(item, "publisher-place");
  if (biblatex && place) {
    // biblatex's location is a list: "Durham; London" is "Durham and London", and a literal
    // "and" in a place is braced.
    carried.add("publisher-place");
    fields.push({
      name: "location",
      value: place
        .split(/\s*;\s*/)
        .map((part) => latexEscape(part).replace(/\band\b/g, "{and}"))
        .join(" and "),
    });
  } else put("publisher-place", "address", place, "plain");
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

// citation-js decodes LaTeX; these are the biblatex and TeX macros it does not know that real
// files use in titles (biblatex-examples.bib: "The \TeX book", "methodology\hyphen independent").
// A control word swallows the spaces after it, as TeX does: "\TeX book" is "TeXbook".
const bibtexConstants = (plugins.config.get("@bibtex") as { constants: { commands: Record<string, string> } })
  .constants;
Object.assign(bibtexConstants.commands, {
  TeX: "TeX",
  LaTeX: "LaTeX",
  BibTeX: "BibTeX",
  hyphen: "-",
  slash: "/",
  adddot: ".",
  addcomma: ",",
  addspace: " ",
  addnbspace: "\u00a0",
});

/**
 * A starred macro (`\enquote*{series}`, `\textcite*{…}`) is the same macro in another variant;
 * citation-js's tokenizer stops at the star ("expected lbrace, got text"), so it is dropped.
 */
function withoutStars(text: string): string {
  return text.replace(/(\\[A-Za-z]+)\*(?=\s*[{[])/g, "$1");
}

function parseRaw(textValue: string): RawEntry[] {
  return plugins.input.chainLink(withoutStars(textValue), {
    forceType: "@bibtex/text",
  }) as unknown as RawEntry[];
}

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

// ─── biblatex's localisation keys ────────────────────────────────────────────────────────────
// A field whose whole value (or list item) is a key is printed by biblatex in the document's
// language; we take the English of biblatex's english.lbx, first letter capitalized for a genre
// as the app writes them ("Minute", "Dispatch").

const GENRE_KEYS: Record<string, string> = {
  phdthesis: "PhD thesis",
  mathesis: "Master's thesis",
  candthesis: "Candidate thesis",
  techreport: "Technical report",
  resreport: "Research report",
  software: "Computer software",
  datacd: "CD-ROM",
  audiocd: "Audio CD",
  patent: "Patent",
  patentde: "German patent",
  patenteu: "European patent",
  patentfr: "French patent",
  patentuk: "British patent",
  patentus: "U.S. patent",
  patreq: "Patent request",
  patreqde: "German patent request",
  patreqeu: "European patent request",
  patreqfr: "French patent request",
  patrequk: "British patent request",
  patrequs: "U.S. patent request",
};

/** The genre of a BibTeX entry type that is a biblatex type with a `type` (its alias). */
const GENRE_OF_ENTRY_TYPE: Record<string, string> = {
  phdthesis: "PhD thesis",
  mastersthesis: "Master's thesis",
  techreport: "Technical report",
};

const PLACE_KEYS: Record<string, string> = {
  countryde: "Germany",
  countryeu: "European Union",
  countryep: "European Patent Organization",
  countryfr: "France",
  countryuk: "United Kingdom",
  countryus: "United States of America",
};

const SERIES_KEYS: Record<string, string> = { newseries: "new series", oldseries: "old series" };

/** babel's language names (langid, and `language` without or with biblatex's "lang" prefix) as BCP 47. */
const LANGUAGE_TAGS: Record<string, string> = {
  english: "en",
  american: "en-US",
  usenglish: "en-US",
  british: "en-GB",
  ukenglish: "en-GB",
  australian: "en-AU",
  canadian: "en-CA",
  german: "de",
  ngerman: "de",
  austrian: "de-AT",
  naustrian: "de-AT",
  swissgerman: "de-CH",
  nswissgerman: "de-CH",
  french: "fr",
  francais: "fr",
  italian: "it",
  spanish: "es",
  portuguese: "pt",
  brazilian: "pt-BR",
  russian: "ru",
  ukrainian: "uk",
  polish: "pl",
  czech: "cs",
  slovak: "sk",
  slovene: "sl",
  croatian: "hr",
  serbian: "sr",
  bulgarian: "bg",
  latin: "la",
  greek: "el",
  dutch: "nl",
  danish: "da",
  norwegian: "nb",
  norsk: "nb",
  nynorsk: "nn",
  swedish: "sv",
  finnish: "fi",
  icelandic: "is",
  estonian: "et",
  latvian: "lv",
  lithuanian: "lt",
  hungarian: "hu",
  romanian: "ro",
  turkish: "tr",
  catalan: "ca",
  basque: "eu",
  galician: "gl",
  hebrew: "he",
  arabic: "ar",
  japanese: "ja",
  chinese: "zh",
  korean: "ko",
};

/** A language key ("german", "langgerman") as its tag; a tag as it is; a name in words ("French") null. */
function languageTag(value: string): string | null {
  const trimmed = value.trim();
  if (/^[a-z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(trimmed) && !LANGUAGE_TAGS[trimmed]) return trimmed;
  return LANGUAGE_TAGS[trimmed.replace(/^lang(?=[a-z]{4,})/, "")] ?? null;
}

// ─── Decoding values ─────────────────────────────────────────────────────────────────────────

function decodePlain(raw: string, kind: "rich" | "plain" | "verbatim"): string {
  const field = kind === "verbatim" ? "doi" : kind === "rich" ? "title" : "note";
  return String(parseLatexValue(raw, field)).replace(/\u00a0/g, " ");
}

/**
 * Splits a value at its case-protected groups: a brace group at the top level that is neither a
 * macro's argument (`\emph{De Anima}`) nor a special character (`{\"U}ber`). BibTeX and every
 * style keep the case of such a group ("Proceedings of the {IEEE}", "{An} algorithm").
 */
function protectedParts(raw: string): { text: string; protect: boolean }[] {
  const parts: { text: string; protect: boolean }[] = [];
  let plain = "";
  const groupEnd = (from: number) => {
    let depth = 0;
    for (let j = from; j < raw.length; j++) {
      if (raw[j] === "\\") j++;
      else if (raw[j] === "{") depth++;
      else if (raw[j] === "}" && --depth === 0) return j;
    }
    return raw.length - 1;
  };
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i]!;
    if (char === "\\") {
      // A macro with its arguments stays in the plain text.
      const name = /^\\(?:[A-Za-z]+|.)\s*/.exec(raw.slice(i))![0];
      let end = i + name.length;
      while (raw[end] === "{") end = groupEnd(end) + 1;
      plain += raw.slice(i, end);
      i = end - 1;
    } else if (char === "{") {
      const end = groupEnd(i);
      const inner = raw.slice(i + 1, end);
      if (/^\s*\\/.test(inner)) plain += raw.slice(i, end + 1);
      else {
        if (plain) parts.push({ text: plain, protect: false });
        parts.push({ text: inner, protect: true });
        plain = "";
      }
      i = end;
    } else plain += char;
  }
  if (plain) parts.push({ text: plain, protect: false });
  return parts;
}

// Units after a number keep their case: a style's title case must not make "5.2 nm" "5.2 Nm".
const UNIT_AFTER_NUMBER =
  /(\d)(\s+)(nm|mm|cm|km|µm|μm|m|mg|kg|g|ms|ns|µs|μs|s|min|h|mol|mmol|kHz|kV|mV|mA|kW|mW|kPa|hPa|eV|keV|mL|ml|dB|cd|lm|lx|kb|kB|kbp|bp|px|pt)(?![\p{L}\d])/gu;

const NOCASE = (text: string) => `<span class="nocase">${text}</span>`;

/** A title-like value as CSL rich text: case-protected groups and units in nocase spans. */
function decodeTitle(raw: string): string {
  const parts = protectedParts(raw.trim());
  // A value braced whole ({{Title}}, as our export and others write titles) is kept from BibTeX
  // styles' lowercasing; CSL styles never lower a title's case, so it needs no nocase span.
  if (parts.length === 1 && parts[0]!.protect) parts[0]!.protect = false;
  return parts
    .map((part) => {
      const text = decodePlain(part.text, "rich");
      return part.protect && /\p{L}/u.test(text) ? NOCASE(text) : text;
    })
    .join("")
    .replace(UNIT_AFTER_NUMBER, (_match, digit, space, unit) => `${digit}${space}${NOCASE(unit)}`)
    .replace(/\s+/g, " ")
    .trim();
}

function decode(value: string | number, kind: "rich" | "plain" | "verbatim"): string {
  const raw = String(value);
  return (kind === "rich" ? decodeTitle(raw) : decodePlain(raw, kind)).replace(/\s+/g, " ").trim();
}

/** Splits a value at its top-level " and " (names and biblatex lists), braces kept. */
function splitAnd(raw: string): string[] {
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
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** A biblatex list field (location, language): its items, localisation keys resolved. */
function decodeList(value: string | number, keys: Record<string, string> = {}): string[] {
  return splitAnd(String(value))
    .filter((part) => part.toLowerCase() !== "others")
    .map((part) => keys[part.toLowerCase()] ?? decode(part, "plain"));
}

/** Splits a name list at top-level " and "; a fully braced name is a body's name (literal). */
function decodeNames(value: string | number): CslName[] {
  return splitAnd(String(value))
    .filter((part) => part.toLowerCase() !== "others")
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

function decodeDate(
  properties: Record<string, string | number>,
  dateField: string,
  yearField?: string,
): CslDate | null {
  const full = properties[dateField];
  if (full !== undefined) {
    // Verbatim: "~" (circa) is not a LaTeX space here.
    const value = decode(full, "verbatim");
    return edtfToDate(value) ?? { literal: value };
  }
  if (!yearField) return null;
  const yearValue = properties[yearField];
  if (yearValue === undefined) return null;
  const yearText = decode(yearValue, "plain");
  if (!/^-?\d{1,4}$/.test(yearText)) return { literal: yearText };
  const parts = [Number(yearText)];
  const monthValue = yearField === "year" ? properties.month : undefined;
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

// ─── Cross-references ────────────────────────────────────────────────────────────────────────
// A child entry (`crossref = {parent}`) takes the fields it lacks from its parent, by biblatex's
// default inheritance rules (biblatex.def): a book's or collection's title becomes the part's
// booktitle, a multi-volume work's its maintitle, a periodical's an article's journaltitle.

/** Never inherited: biblatex's list, and what identifies or describes the parent itself. */
const NOT_INHERITED = new Set([
  "ids",
  "crossref",
  "xref",
  "entryset",
  "entrysubtype",
  "execute",
  "label",
  "options",
  "presort",
  "related",
  "relatedoptions",
  "relatedstring",
  "relatedtype",
  "shorthand",
  "shorthandintro",
  "sortkey",
  "doi",
  "url",
  "urldate",
  "eprint",
  "eprinttype",
  "eprintclass",
  "file",
  "abstract",
  "annotation",
  "shorttitle",
  "sorttitle",
  "indextitle",
  "indexsorttitle",
]);
const TITLE_FIELDS = new Set(["title", "subtitle", "titleaddon"]);

function lowerKeys(properties: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key.toLowerCase(), value]));
}

function inheritFrom(child: RawEntry, parent: RawEntry): RawEntry {
  const properties = lowerKeys(child.properties);
  const parentType = parent.type.toLowerCase();
  const prefix = parentType.startsWith("mv")
    ? "main"
    : parentType === "periodical"
      ? "journal"
      : /^(in|suppbook|suppcollection|bookinbook)/.test(child.type.toLowerCase())
        ? "book"
        : null;
  for (const [field, value] of Object.entries(lowerKeys(parent.properties))) {
    if (NOT_INHERITED.has(field)) continue;
    let target = field;
    if (TITLE_FIELDS.has(field)) {
      if (!prefix) continue;
      target = `${prefix}${field}`;
    }
    if (properties[target] === undefined) properties[target] = value;
  }
  return { ...child, properties };
}

// ─── Entries ─────────────────────────────────────────────────────────────────────────────────

/** "Title" and "Subtitle" as one CSL title, the way Zotero and citation-js join them. */
function joinTitle(title: string | null, subtitle: string | null): string | null {
  if (!title || !subtitle) return title ?? subtitle;
  return /[.:?!]$/.test(title) ? `${title} ${subtitle}` : `${title}: ${subtitle}`;
}

/** A translation written as `titleaddon = {[Reply to Comrade Ivanov]}` (our export's way). */
function bracketed(value: string | null): string | null {
  const match = value ? /^\[([^[\]]+)\]$/.exec(value.trim()) : null;
  return match ? match[1]!.trim() : null;
}

/** The CSL item of a parsed entry (fields of both dialects are read). */
export function bibtexEntryToCsl(entry: RawEntry): CslItem {
  const p = lowerKeys(entry.properties);
  const subtype = p.entrysubtype !== undefined ? decode(p.entrysubtype, "plain") : null;
  const type = miscType(entry.type, subtype, p) ?? cslType(entry.type, subtype);
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
      if (list.length)
        item[variable] = /\buseprefix\s*=\s*false\b/i.test(String(p.options ?? ""))
          ? list.map(droppingParticle)
          : list;
    }
  }
  const get = (field: string, kind: "rich" | "plain" | "verbatim" = "plain") =>
    p[field] !== undefined ? decode(p[field], kind) || null : null;
  const keyed = (field: string, keys: Record<string, string>) => {
    const value = p[field] !== undefined ? String(p[field]).trim() : null;
    return value ? (keys[value.toLowerCase()] ?? get(field)) : null;
  };

  const title = joinTitle(get("title", "rich"), get("subtitle", "rich"));
  set("title", title);
  const original = get("origtitle", "rich");
  set("original-title", original);
  // Our export writes the romanization in `title` beside the original script in `origtitle`.
  if (original && title && hasNonLatinLetters(original) && !hasNonLatinLetters(title))
    set("transliterated-title", title);
  const addon = get("titleaddon", "rich");
  set("translated-title", bracketed(addon));
  set(
    "container-title",
    joinTitle(get("journaltitle", "rich") ?? get("journal", "rich"), get("journalsubtitle", "rich")) ??
      // A whole book's own booktitle (biblatex-examples' westfahl:frontier) only repeats its title.
      (type === "book" ? null : joinTitle(get("booktitle", "rich"), get("booksubtitle", "rich"))) ??
      // Zotero's BibLaTeX export puts a web page's site (a blog's, a forum's) in titleaddon.
      (type === "webpage" && addon && !bracketed(addon) ? addon : null),
  );
  set("collection-title", seriesOf(p.series, ARTICLE_TYPES.has(type)));
  // A periodical's issue with a title of its own (biblatex's issuetitle; citation-js's reading).
  set("volume-title", joinTitle(get("issuetitle", "rich"), get("issuesubtitle", "rich")));
  set("title-short", get("shorttitle", "rich"));
  const issued = decodeDate(p, "date", "year");
  if (issued) item.issued = issued;
  for (const [field, variable, yearField] of [
    ["urldate", "accessed", undefined],
    ["origdate", "original-date", "origyear"],
    ["eventdate", "event-date", undefined],
  ] as const) {
    const value = decodeDate(p, field, yearField);
    if (value) item[variable] = value;
  }
  set("volume", get("volume"));
  set("number-of-volumes", get("volumes"));
  if (ARTICLE_TYPES.has(type) || type === "periodical") set("issue", get("number") ?? get("issue"));
  else if (NUMBERED_TYPES.has(type) || OWN_NUMBER_ON_READ.has(type)) set("number", get("number"));
  else set("collection-number", get("number"));
  set("chapter-number", get("chapter"));
  set("page", get("pages"));
  set("number-of-pages", get("pagetotal"));
  set("edition", get("edition"));
  set("version", get("version"));
  // Not a title: braces in a publisher ("Routledge {and} Kegan Paul", where they keep biblatex
  // from splitting the list) are not case protection, and no nocase span is added.
  set("publisher", get("publisher") ?? get("school") ?? get("institution") ?? get("organization"));
  // biblatex's location is a list ("Durham and London"); BibTeX's address is one literal.
  const location = p.location !== undefined ? decodeList(p.location, PLACE_KEYS).join("; ") : null;
  set("publisher-place", location || get("address"));
  set("original-publisher", get("origpublisher", "rich"));
  set(
    "original-publisher-place",
    p.origlocation !== undefined ? decodeList(p.origlocation, PLACE_KEYS).join("; ") : null,
  );
  set("genre", keyed("type", GENRE_KEYS) ?? GENRE_OF_ENTRY_TYPE[entry.type.toLowerCase()]);
  set("event-title", get("eventtitle", "rich"));
  set("event-place", get("venue"));
  set("archive", get("archive"));
  set("archive-place", get("archive-place"));
  set("archive_location", get("archive_location"));
  if (!item.archive && !item.archive_location && p.library !== undefined)
    set("archive_location", get("library"));
  // `language` names the work's languages, `langid` the one its entry is typeset in.
  const languages = p.language !== undefined ? decodeList(p.language).map(languageTag) : [];
  const langid = p.langid !== undefined ? languageTag(String(p.langid)) : null;
  const variant = /variant=(american|british|australian|canadian)/.exec(String(p.langidopts ?? ""))?.[1];
  const typeset = variant && langid === "en" ? LANGUAGE_TAGS[variant]! : langid;
  const known = languages.filter((tag): tag is string => tag !== null);
  set(
    "language",
    known.length === 1
      ? typeset?.startsWith(`${known[0]}-`)
        ? typeset
        : known[0]
      : known.length > 1
        ? (known.find((tag) => tag === typeset) ?? known[0])
        : languages.length
          ? get("language")
          : typeset,
  );
  set("DOI", get("doi", "verbatim"));
  set("ISBN", get("isbn"));
  set("ISSN", get("issn"));
  const eprint = get("eprint", "verbatim");
  set(
    "URL",
    get("url", "verbatim") ??
      (eprint && /^arxiv$/i.test(String(p.eprinttype ?? "")) ? `https://arxiv.org/abs/${eprint}` : null) ??
      (type === "webpage"
        ? (/https?:\/\/[^\s{}]+/.exec(get("howpublished", "verbatim") ?? "")?.[0] ?? null)
        : null),
  );
  set("keyword", get("keywords"));
  set("abstract", get("abstract", "rich"));
  set("note", get("note", "rich"));
  set("annote", get("annotation", "rich") ?? get("annote", "rich"));
  return item;
}

/**
 * The CSL type of a @misc that says what it is: a web page (plain BibTeX's convention, a @misc
 * with its URL in `howpublished`, which Zotero's BibTeX export also wrote before 2019), or a
 * letter (`type = {Letter}`: Zotero's BibTeX export writes a letter as @misc with its letter type
 * in `type`). Null for everything else, which stays a document.
 */
function miscType(
  entryTypeName: string,
  subtype: string | null,
  p: Record<string, string | number>,
): string | null {
  if (entryTypeName.toLowerCase() !== "misc" || (subtype && CSL_TYPES.has(subtype))) return null;
  const genre = p.type !== undefined ? decode(p.type, "plain").toLowerCase() : "";
  if (genre === "letter") return "letter";
  const published = p.howpublished !== undefined ? decode(p.howpublished, "verbatim") : "";
  if (/^(\\url\{)?https?:\/\/\S+\}?$/i.test(published.trim())) return "webpage";
  return null;
}

/**
 * biblatex's `useprefix=false` (its default, written out in biblatex-examples' brandt and geer):
 * the particle is printed before the given name when the name is inverted ("Brandt, Ahasver
 * von") and is not part of the name for sorting, which is CSL's dropping particle.
 */
function droppingParticle(name: CslName): CslName {
  const { "non-dropping-particle": particle, ...rest } = name;
  return particle ? { ...rest, "dropping-particle": particle } : name;
}

const ORDINAL_SUFFIX = (n: number) =>
  n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");

/**
 * A journal's series: a localisation key ("newseries" → "new series"), or for an article an
 * integer, which biblatex prints as an ordinal followed by "series" ("3" → "3rd series").
 */
function seriesOf(value: string | number | undefined, article: boolean): string | null {
  if (value === undefined) return null;
  const raw = String(value).trim();
  const key = SERIES_KEYS[raw.toLowerCase()];
  if (key) return key;
  if (article && /^\d+$/.test(raw)) return `${Number(raw)}${ORDINAL_SUFFIX(Number(raw))} series`;
  return decode(raw, "rich") || null;
}

/** Entry types that group other entries and are not sources themselves. */
const CONTAINER_TYPES: Record<string, (properties: Record<string, string | number>) => string> = {
  set: (properties) =>
    `A BibLaTeX @set: it groups ${
      properties.entryset !== undefined
        ? `the entries ${String(properties.entryset).replace(/\s*,\s*/g, ", ")}`
        : "other entries"
    }, which are imported on their own.`,
  xdata: () => "A BibLaTeX @xdata entry: fields shared by other entries, not a source.",
};

/**
 * Every entry of a .bib file: the parsed ones as CSL items (with what they inherit through
 * crossref), the broken ones with the line and the reason, the containers (@set) as skipped.
 * @string abbreviations are applied; @comment and @preamble are skipped.
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

  const labels = entries.map((chunk) => /^\s*@\s*[A-Za-z]+\s*[{(]\s*([^,\s]*)/.exec(chunk.text)?.[1] || null);
  const read = entries.map((chunk, index): { raw?: RawEntry; entry?: ParsedEntry } => {
    const label = labels[index]!;
    const base = { index, line: chunk.line, label };
    if (chunk.problem) return { entry: { ...base, ok: false, error: chunk.problem } };
    let raw: RawEntry | undefined = whole?.[index];
    if (!raw) {
      try {
        // The abbreviations come first; line numbers are shifted back by their lines.
        raw = parseRaw(`${strings}\n${chunk.text}`)[0];
        if (!raw)
          return { entry: { ...base, ok: false, error: `Line ${chunk.line}: the entry could not be read.` } };
      } catch (error) {
        const { message, line } = syntaxMessage(error, chunk.line, stringLines);
        return { entry: { ...base, line, ok: false, error: message } };
      }
    }
    const container = CONTAINER_TYPES[raw.type.toLowerCase()];
    if (container) return { entry: { ...base, ok: false, skipped: container(lowerKeys(raw.properties)) } };
    return { raw };
  });

  const byLabel = new Map<string, RawEntry>();
  for (const { raw } of read) if (raw) byLabel.set(raw.label.toLowerCase(), raw);
  return read.map(({ raw, entry }, index) => {
    if (entry) return entry;
    const chunk = entries[index]!;
    const base = { index, line: chunk.line, label: labels[index]! };
    try {
      const crossref = lowerKeys(raw!.properties).crossref;
      const parent = crossref !== undefined ? byLabel.get(String(crossref).trim().toLowerCase()) : undefined;
      const complete = parent && parent !== raw ? inheritFrom(raw!, parent) : raw!;
      return { ...base, ok: true as const, item: bibtexEntryToCsl(complete) };
    } catch (error) {
      return {
        ...base,
        ok: false as const,
        error: `Line ${chunk.line}: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  });
}
