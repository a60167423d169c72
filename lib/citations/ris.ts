import { hasNonLatinLetters } from "@/lib/text/transliterate";
import { foreignTitles } from "./bibtex";
import { citationKeys } from "./citation-keys";
import { type CslDate, type CslName, date, dateParts, names, presentVariables, text } from "./csl-variables";
import type { ParsedEntry } from "./import-types";
import type { CslItem } from "./render";

// RIS, both ways, with the tags Zotero reads and writes (DB archive, AN archive location), AV for
// the archive's place, and full dates in DA. Values are written on one line each (no wrapping at
// 70 characters, which a reader would re-join with a space inside a word); continuation lines of
// other writers are joined back. A body's name (a literal) ends with a comma, EndNote's way of
// marking a name that is not "Family, Given".

const TYPE_OUT: Record<string, string> = {
  "article-journal": "JOUR",
  "article-magazine": "MGZN",
  "article-newspaper": "NEWS",
  book: "BOOK",
  chapter: "CHAP",
  "paper-conference": "CPAPER",
  thesis: "THES",
  report: "RPRT",
  manuscript: "MANSCPT",
  letter: "PCOMM",
  speech: "SLIDE",
  webpage: "ELEC",
  "post-weblog": "BLOG",
  dataset: "DATA",
  software: "COMP",
  map: "MAP",
  motion_picture: "MPCT",
  patent: "PAT",
  bill: "BILL",
  legal_case: "CASE",
  legislation: "STAT",
  hearing: "HEAR",
  "entry-encyclopedia": "ENCYC",
  "entry-dictionary": "DICT",
  graphic: "ART",
  song: "SOUND",
  musical_score: "MUSIC",
  pamphlet: "PAMP",
  standard: "STAND",
  document: "GEN",
};

const TYPE_IN: Record<string, string> = {
  ...Object.fromEntries(Object.entries(TYPE_OUT).map(([csl, ris]) => [ris, csl])),
  JFULL: "article-journal",
  EJOUR: "article-journal",
  ABST: "article-journal",
  INPR: "article-journal",
  EBOOK: "book",
  EDBOOK: "book",
  ECHAP: "chapter",
  CONF: "paper-conference",
  UNPB: "manuscript",
  UNPD: "manuscript",
  WEB: "webpage",
  // "Internet communication": Zotero writes e-mails, instant messages and forum posts as ICOMM.
  ICOMM: "personal_communication",
  DBASE: "dataset",
  VIDEO: "motion_picture",
};

// The titles of a foreign source as BibTeX writes them (bibtex.ts, foreignTitles): TI the original,
// romanized; TT (the RIS specification's "Translated Title") the translation; OP ("Original
// Publication", where EndNote keeps the original's title) the original script.
const TITLE_TAGS: [string, string][] = [
  ["TI", "title"],
  ["TT", "translated-title"],
  ["OP", "original-title"],
];

// The simple one-to-one tags, in the order they are written.
const TEXT_TAGS: [string, string][] = [
  ["ST", "title-short"],
  ["T2", "container-title"],
  ["T3", "collection-title"],
  ["VL", "volume"],
  ["IS", "issue"],
  ["SP", "page"],
  ["NV", "number-of-volumes"],
  ["SE", "section"],
  ["ET", "edition"],
  ["PB", "publisher"],
  ["CY", "publisher-place"],
  ["M3", "genre"],
  ["LA", "language"],
  ["DB", "archive"],
  ["AV", "archive-place"],
  ["AN", "archive_location"],
  ["CN", "call-number"],
  ["DO", "DOI"],
  ["UR", "URL"],
  ["KW", "keyword"],
  ["AB", "abstract"],
  ["N1", "note"],
];

const NAME_TAGS: [string, string][] = [
  ["AU", "author"],
  ["ED", "editor"],
  ["A4", "translator"],
  ["A2", "recipient"],
];

function risName(name: CslName): string {
  if (name.literal) return `${name.literal},`;
  const family = [name["non-dropping-particle"], name.family].filter(Boolean).join(" ");
  const given = [name.given, name["dropping-particle"]].filter(Boolean).join(" ");
  return [family, given, name.suffix]
    .filter((part, index) => part || index === 0)
    .join(", ")
    .replace(/, $/, "");
}

function risDate(value: CslDate | null): string | null {
  const parts = dateParts(value);
  if (parts) {
    const [y, m, d] = parts[0]!;
    return `${String(y).padStart(4, "0")}/${m ? String(m).padStart(2, "0") : ""}/${d ? String(d).padStart(2, "0") : ""}/`;
  }
  return value?.literal ?? value?.raw ?? null;
}

/** One line per value: line breaks inside a value become spaces (RIS has no escape for them). */
function oneLine(value: string): string {
  return value.replace(/\s*\r?\n\s*/g, " ");
}

export interface RisExport {
  text: string;
  lost: { key: string; title: string; variables: string[] }[];
}

export function toRis(items: CslItem[], header?: string): RisExport {
  const keys = citationKeys(items);
  const lost: RisExport["lost"] = [];
  const records = items.map((item, index) => {
    const carried = new Set<string>();
    const lines: string[] = [];
    const type = String(item.type);
    const ty = TYPE_OUT[type] ?? "GEN";
    lines.push(`TY  - ${ty}`);
    lines.push(`ID  - ${keys[index]}`);
    for (const [tag, variable] of NAME_TAGS) {
      const list = names(item, variable);
      if (!list.length) continue;
      carried.add(variable);
      for (const name of list) lines.push(`${tag}  - ${oneLine(risName(name))}`);
    }
    const issued = date(item, "issued");
    const parts = dateParts(issued);
    if (parts) lines.push(`PY  - ${String(parts[0]![0]).padStart(4, "0")}`);
    const issuedText = risDate(issued);
    if (issuedText) lines.push(`DA  - ${oneLine(issuedText)}`);
    if (issued && (parts?.length === 1 || !parts) && !issued.circa && !issued.season) carried.add("issued");
    const accessed = risDate(date(item, "accessed"));
    if (accessed) {
      lines.push(`Y2  - ${accessed}`);
      carried.add("accessed");
    }
    const titles = foreignTitles(item);
    if (titles.title) lines.push(`TI  - ${oneLine(titles.title)}`);
    if (titles.translation) lines.push(`TT  - ${oneLine(titles.translation)}`);
    if (titles.original) lines.push(`OP  - ${oneLine(titles.original)}`);
    if (titles.title && titles.keeps.title) carried.add("title");
    if (titles.romanized) carried.add("transliterated-title");
    if (titles.original || text(item, "original-title") === titles.title) carried.add("original-title");
    if (titles.translation && titles.translation === text(item, "translated-title"))
      carried.add("translated-title");
    for (const [tag, variable] of TEXT_TAGS) {
      const value = text(item, variable);
      if (value === null) continue;
      if (variable === "title-short" && !titles.keeps.title) continue;
      carried.add(variable);
      if (variable === "ISBN" || variable === "ISSN") continue;
      lines.push(`${tag}  - ${oneLine(value)}`);
    }
    for (const variable of ["ISBN", "ISSN"]) {
      const value = text(item, variable);
      if (value === null) continue;
      carried.add(variable);
      lines.push(`SN  - ${oneLine(value)}`);
    }
    lines.push("ER  - ");
    const missing = presentVariables(item)
      .filter((variable) => !carried.has(variable))
      .map((variable) =>
        variable === "title" ? "title (the original title, romanized, takes its place)" : variable,
      );
    if ((TYPE_IN[ty] ?? "document") !== type) missing.unshift(`type (${type})`);
    if (missing.length) lost.push({ key: keys[index]!, title: String(item.title ?? ""), variables: missing });
    return lines.join("\n");
  });
  // A note after the last record, where RIS readers ignore text (a note before the first record
  // would stop Zotero from recognizing the file).
  const notice = [
    header,
    lost.length
      ? `RIS has no tag for some of what these sources record; the CSL-JSON export keeps everything. Not carried:\n${lost
          .map((entry) => `  ${entry.key}: ${entry.variables.join(", ")}`)
          .join("\n")}`
      : "Every recorded field is carried.",
  ]
    .filter(Boolean)
    .map((line) => line!.replace(/^([A-Z][A-Z0-9]) {2}-/gm, "$1 -"))
    .join("\n");
  return { text: `${records.join("\n\n")}\n\n${notice}\n`, lost };
}

// ─── Reading ─────────────────────────────────────────────────────────────────────────────────

const TAG_LINE = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/;

interface RisRecord {
  line: number;
  tags: [string, string][];
  problem?: string;
}

/** The records of a RIS file with their first line; a record without ER is reported broken. */
export function splitRis(input: string): RisRecord[] {
  const records: RisRecord[] = [];
  let current: RisRecord | null = null;
  let lastValueLength = 0;
  const lines = input.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((rawLine, index) => {
    const number = index + 1;
    const line = rawLine.replace(/\s+$/, "");
    const match = TAG_LINE.exec(line.trimStart());
    if (match) {
      const [, tag, value = ""] = match;
      if (tag === "TY") {
        if (current) {
          current.problem = `The record starting on line ${current.line} has no end (ER) before the next record on line ${number}.`;
          records.push(current);
        }
        current = { line: number, tags: [["TY", value.trim()]] };
      } else if (tag === "ER") {
        if (current) records.push(current);
        current = null;
      } else if (current) {
        current.tags.push([tag!, value]);
      }
      lastValueLength = value.length;
      return;
    }
    if (current && line.trim() && current.tags.length > 1) {
      // A continuation line: a value cut at exactly 70 characters was wrapped inside a word.
      const last = current.tags[current.tags.length - 1]!;
      last[1] += (lastValueLength === 70 ? "" : " ") + line.trim();
      lastValueLength = line.trim().length;
    }
  });
  if (current) {
    const open = current as RisRecord;
    open.problem = `The record starting on line ${open.line} has no end (ER) before the end of the file.`;
    records.push(open);
  }
  return records;
}

function readName(value: string): CslName {
  const trimmed = value.trim();
  if (trimmed.endsWith(",")) return { literal: trimmed.slice(0, -1).trim() };
  const [family, given, suffix] = trimmed.split(/\s*,\s*/);
  if (given === undefined) return { family: family! };
  // Leading lower-case words of the family name are its particle ("de la Fontaine").
  const particle = /^((?:\p{Ll}[\p{L}']*\s+)+)(.+)$/u.exec(family!);
  const name: CslName = particle
    ? { family: particle[2]!, "non-dropping-particle": particle[1]!.trim() }
    : { family: family! };
  if (given) name.given = given;
  if (suffix) name.suffix = suffix;
  return name;
}

function readDate(value: string): CslDate | null {
  const trimmed = value.trim();
  const match = /^(-?\d{1,4})(?:\/(\d{0,2})(?:\/(\d{0,2})(?:\/(.*))?)?)?$/.exec(trimmed);
  if (!match) return trimmed ? { literal: trimmed } : null;
  const parts = [Number(match[1])];
  if (match[2]) {
    parts.push(Number(match[2]));
    if (match[3]) parts.push(Number(match[3]));
  }
  return { "date-parts": [parts] };
}

function isIssn(value: string): boolean {
  return /^\d{4}-?\d{3}[\dXx]$/.test(value.trim());
}

function isIsbn(value: string): boolean {
  return /^(97[89])?\d{9}[\dXx]$/.test(value.replace(/[\s-]/g, ""));
}

// What some tags mean depends on the record's type: these are the meanings Zotero's RIS translator
// writes (the RIS specification's, for the types it names), read where they differ from the
// tag's usual one. Our own export (toRis) uses A2 only for a recipient, which these types do not
// have, and writes a series in T3, never in T2.

/** A2, "secondary author": a part's editor; a book's series editor; else a letter's recipient. */
const A2_EDITOR = new Set(["CHAP", "JOUR", "CONF", "CPAPER", "DICT", "ENCYC"]);
/** A3, "tertiary author": a book's editor; a part's series editor. */
const A3_SERIES_EDITOR = new Set(["CHAP", "CONF", "CPAPER", "DICT", "ENCYC", "MAP"]);
/** T2 of a book, report, program or map is its series (T3 being absent). */
const T2_SERIES = new Set(["BOOK", "RPRT", "COMP", "MAP"]);
/** SN of a report or patent is its number, unless it has the form of an ISBN or ISSN. */
const SN_NUMBER = new Set(["RPRT", "PAT"]);
/** M1 ("number") of a bill, hearing, statute or broadcast is its number. */
const M1_NUMBER = new Set(["BILL", "HEAR", "STAT", "SOUND", "MPCT"]);

function a2Variable(ty: string): string | null {
  if (A2_EDITOR.has(ty)) return "editor";
  if (ty === "BOOK") return "collection-editor";
  // A presentation's presenter and a bill's sponsor (Zotero's), a recording's performer.
  if (ty === "SLIDE" || ty === "BILL") return "author";
  if (ty === "SOUND") return "performer";
  // A case's reporter and a patent's issuing authority are not names (read below).
  if (ty === "CASE" || ty === "PAT") return null;
  return "recipient";
}

export function risRecordToCsl(record: RisRecord): CslItem {
  const ty = (record.tags[0]?.[1] ?? "").toUpperCase();
  const type = TYPE_IN[ty] ?? "document";
  const item: CslItem = { id: "", type };
  const values = (tag: string) =>
    record.tags.filter(([name]) => name === tag).map(([, value]) => value.trim());
  const first = (...tags: string[]) => tags.map((tag) => values(tag).find(Boolean)).find(Boolean) ?? null;

  const id = first("ID");
  if (id) {
    item.id = id;
    item["citation-key"] = id;
  }
  const nameTags: [string, string | null][] = [
    ...NAME_TAGS.map(([tag, variable]): [string, string | null] => [
      tag,
      tag === "A2" ? a2Variable(ty) : variable,
    ]),
    ["A1", "author"],
    ["A3", ty === "BOOK" ? "editor" : A3_SERIES_EDITOR.has(ty) ? "collection-editor" : null],
  ];
  for (const [tag, variable] of nameTags) {
    if (!variable) continue;
    const list = values(tag).filter(Boolean).map(readName);
    if (list.length) item[variable] = [...names(item, variable), ...list];
  }
  for (const [tag, variable] of [...TITLE_TAGS, ...TEXT_TAGS]) {
    if (variable === "keyword") continue;
    const value = first(tag);
    if (value) item[variable] = value;
  }
  if (T2_SERIES.has(ty) && !first("T3") && item["container-title"]) {
    item["collection-title"] = item["container-title"];
    delete item["container-title"];
  }
  // A conference paper: T2 the conference, C3 the proceedings, C1 the place (Zotero's way).
  const proceedings = (ty === "CONF" || ty === "CPAPER") && first("C3");
  if (proceedings) {
    if (item["container-title"]) item["event-title"] = item["container-title"];
    item["container-title"] = proceedings;
  }
  if (ty === "CONF" || ty === "CPAPER") item["publisher-place"] ??= first("C1") ?? undefined;
  // A presentation's T2 is the meeting it was given at.
  if (ty === "SLIDE" && item["container-title"]) {
    item["event-title"] = item["container-title"];
    delete item["container-title"];
  }
  if (ty === "CASE") item["container-title"] ??= first("A2") ?? undefined;
  if (ty === "PAT") item.authority ??= first("A2") ?? undefined;
  const number =
    (M1_NUMBER.has(ty) ? first("M1") : null) ??
    (ty === "CASE" ? first("SV") : null) ??
    (SN_NUMBER.has(ty)
      ? (values("SN").find((value) => value && !isIsbn(value) && !isIssn(value)) ?? null)
      : null);
  if (number) item.number = number;
  const seriesNumber = ty === "BOOK" ? first("M1") : ty === "CHAP" ? first("SV") : null;
  if (seriesNumber) item["collection-number"] = seriesNumber;
  const original = text(item, "original-title");
  const title = text(item, "title");
  if (original && title && hasNonLatinLetters(original) && !hasNonLatinLetters(title))
    item["transliterated-title"] = title;
  // Older and other writers' tags, when the usual one is absent.
  item.title ??= first("T1", "CT", "BT") ?? undefined;
  item["container-title"] ??= first("JO", "JF", "JA", "J2", "J1") ?? undefined;
  const keywords = values("KW").filter(Boolean);
  if (keywords.length) item.keyword = keywords.join(", ");
  const end = first("EP");
  if (end) item.page = item.page ? `${item.page}-${end}` : end;
  for (const value of values("SN").filter((value) => value && value !== number)) {
    if (isIssn(value) && !item.ISSN) item.ISSN = value;
    else if (!item.ISBN) item.ISBN = value;
    else item.ISSN ??= value;
  }
  const issued = readDate(first("DA", "Y1") ?? "") ?? readDate(first("PY") ?? "");
  if (issued) item.issued = issued;
  const accessed = readDate(first("Y2") ?? "");
  if (accessed) item.accessed = accessed;
  for (const key of Object.keys(item)) if (item[key] === undefined) delete item[key];
  return item;
}

export function parseRis(input: string): ParsedEntry[] {
  return splitRis(input).map((record, index) => {
    const label = record.tags.find(([tag]) => tag === "ID")?.[1]?.trim() || null;
    const base = { index, line: record.line, label };
    if (record.problem) return { ...base, ok: false as const, error: record.problem };
    return { ...base, ok: true as const, item: risRecordToCsl(record) };
  });
}
