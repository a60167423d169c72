import { edtfBounds } from "@/lib/dates/edtf";
import type { ContributorRole, SourceKind } from "@/lib/db/generated/enums";
import {
  type CslSourceColumns,
  doiColumn,
  edtfOfCslDate,
  isbnColumn,
  languageColumn,
} from "@/lib/sources/csl";
import { interactionKey } from "./interaction-groups";
import type { CslItem } from "./render";

// An imported CSL item as a source of the project: the normalized columns the app works with,
// the contributors, and the item itself (kept whole in Source.csl, so nothing is lost).

export interface ImportedContributor {
  role: ContributorRole;
  position: number;
  family: string | null;
  given: string | null;
  literal: string | null;
  droppingParticle: string | null;
  nonDroppingParticle: string | null;
  suffix: string | null;
}

export interface ImportedSource {
  columns: CslSourceColumns & { issuedStart: Date | null; issuedEnd: Date | null };
  contributors: ImportedContributor[];
  /** The item as it came, without its file-specific id. */
  csl: Record<string, unknown>;
}

const ROLE_OF_VARIABLE: Record<string, ContributorRole> = {
  author: "author",
  editor: "editor",
  translator: "translator",
  recipient: "recipient",
  interviewer: "interviewer",
  "container-author": "container_author",
  "collection-editor": "collection_editor",
  "reviewed-author": "reviewed_author",
};

/** Which kind of source a CSL item is (its CSL type is kept as it is). */
export function kindOfCslItem(type: string, genre: string | null): SourceKind {
  switch (type) {
    case "article-newspaper":
      return "newspaper_article";
    case "manuscript":
      if (genre && /minute|memorand/i.test(genre)) return "minute";
      if (genre && /dispatch|despatch/i.test(genre)) return "dispatch";
      return "archival_document";
    case "letter":
    case "personal_communication":
      return "letter";
    case "speech":
      return "speech";
    case "book":
      return "book";
    case "chapter":
      return "chapter";
    case "article-journal":
      return "journal_article";
    case "webpage":
    case "post-weblog":
    case "post":
      return "web_page";
    default:
      return "other";
  }
}

// The same limits as the source form and the API (lib/sources/schema.ts).
const LIMITS: Partial<Record<keyof CslSourceColumns, number>> = {
  title: 1000,
  genre: 100,
  titleOriginal: 1000,
  titleTransliterated: 1000,
  titleTranslated: 1000,
  titleShort: 200,
  containerTitle: 500,
  containerTitleOriginal: 500,
  collectionTitle: 500,
  volume: 50,
  issue: 50,
  page: 50,
  edition: 50,
  publisher: 300,
  publisherPlace: 200,
  archive: 300,
  archivePlace: 200,
  archiveLocation: 300,
  abstract: 20_000,
  note: 20_000,
};

const LABEL: Partial<Record<keyof CslSourceColumns, string>> = {
  title: "title",
  genre: "genre",
  titleOriginal: "original title",
  titleTransliterated: "transliterated title",
  titleTranslated: "translated title",
  titleShort: "short title",
  containerTitle: "container title",
  containerTitleOriginal: "container title in its own script",
  collectionTitle: "series",
  volume: "volume",
  issue: "issue",
  page: "pages",
  edition: "edition",
  publisher: "publisher",
  publisherPlace: "place of publication",
  archive: "archive",
  archivePlace: "archive place",
  archiveLocation: "archival reference",
  abstract: "abstract",
  note: "note",
};

function textOf(item: CslItem, variable: string): string | null {
  const value = item[variable];
  if (typeof value === "number") return String(value);
  return typeof value === "string" ? value.trim() || null : null;
}

function nameText(value: unknown): string | null {
  return typeof value === "string" ? value.trim() || null : null;
}

export type MappedEntry = { ok: true; source: ImportedSource } | { ok: false; error: string };

/** The source an imported item makes, or the reason it cannot make one. */
export function sourceFromCsl(item: CslItem): MappedEntry {
  const type = typeof item.type === "string" && item.type ? item.type : "document";
  const title = textOf(item, "title");
  if (!title) return { ok: false, error: "The entry has no title." };
  const genre = textOf(item, "genre");
  const issuedEdtf = edtfOfCslDate(item.issued);
  const bounds = issuedEdtf ? edtfBounds(issuedEdtf) : null;
  const url = textOf(item, "URL");
  const columns: ImportedSource["columns"] = {
    kind: kindOfCslItem(type, genre),
    cslType: type,
    genre,
    title,
    titleOriginal: textOf(item, "original-title"),
    titleTransliterated: textOf(item, "transliterated-title"),
    titleTranslated: textOf(item, "translated-title"),
    titleShort: textOf(item, "title-short"),
    issuedEdtf: bounds ? issuedEdtf : null,
    issuedStart: bounds?.start ?? null,
    issuedEnd: bounds?.end ?? null,
    containerTitle: textOf(item, "container-title"),
    containerTitleOriginal: textOf(item, "original-container-title"),
    collectionTitle: textOf(item, "collection-title"),
    volume: textOf(item, "volume"),
    issue: textOf(item, "issue"),
    page: textOf(item, "page"),
    edition: textOf(item, "edition"),
    publisher: textOf(item, "publisher"),
    publisherPlace: textOf(item, "publisher-place"),
    language: languageColumn(item.language),
    doi: doiColumn(item.DOI),
    isbn: isbnColumn(item.ISBN),
    url: url && /^https?:\/\/\S+$/i.test(url) ? url : null,
    archive: textOf(item, "archive"),
    archivePlace: textOf(item, "archive-place"),
    archivalScheme: null,
    archiveRepository: null,
    archiveCollection: null,
    archiveSeries: null,
    archiveFile: null,
    archiveItem: null,
    archiveFolio: null,
    archivePage: null,
    archiveLocation: textOf(item, "archive_location"),
    abstract: textOf(item, "abstract"),
    note: textOf(item, "note"),
  };
  for (const [column, limit] of Object.entries(LIMITS) as [keyof CslSourceColumns, number][]) {
    const value = columns[column];
    if (typeof value === "string" && value.length > limit) {
      return {
        ok: false,
        error: `The ${LABEL[column]} is longer than ${limit.toLocaleString("en")} characters.`,
      };
    }
  }

  const contributors: ImportedContributor[] = [];
  for (const [variable, role] of Object.entries(ROLE_OF_VARIABLE)) {
    const list = item[variable];
    if (!Array.isArray(list)) continue;
    list.forEach((raw: Record<string, unknown>, position) => {
      const family = nameText(raw?.family);
      const given = nameText(raw?.given);
      // A name with no family name is written whole (a body, or a single name).
      const literal = nameText(raw?.literal) ?? (family ? null : given);
      contributors.push({
        role,
        position,
        family: literal ? null : family,
        given: literal ? null : given,
        literal,
        droppingParticle: literal ? null : nameText(raw?.["dropping-particle"]),
        nonDroppingParticle: literal ? null : nameText(raw?.["non-dropping-particle"]),
        suffix: literal ? null : nameText(raw?.suffix),
      });
    });
  }
  for (const person of contributors) {
    for (const [field, limit] of [
      ["family", 200],
      ["given", 200],
      ["literal", 300],
    ] as const) {
      const value = person[field];
      if (value && value.length > limit) {
        return { ok: false, error: `A name (${field}) is longer than ${limit} characters.` };
      }
    }
  }

  const { id: _fileId, ...csl } = item;
  return { ok: true, source: { columns, contributors, csl } };
}

// ─── Duplicates ──────────────────────────────────────────────────────────────────────────────

export interface DuplicateFacts {
  doi: string | null;
  isbn: string | null;
  title: string;
  year: number | null;
  firstAuthor: string | null;
  /** A part of a book (chapter, paper, entry): its ISBN is the book's, shared by its other parts. */
  part?: boolean;
}

const PART_TYPES = new Set([
  "chapter",
  "paper-conference",
  "entry",
  "entry-dictionary",
  "entry-encyclopedia",
]);

export type DuplicateReason = "doi" | "isbn" | "title";

/** ISBN-10 and ISBN-13 of the same book compare equal. */
export function isbn13(isbn: string | null): string | null {
  if (!isbn) return null;
  if (isbn.length === 13) return isbn;
  const core = `978${isbn.slice(0, 9)}`;
  const sum = [...core].reduce((total, digit, index) => total + Number(digit) * (index % 2 ? 3 : 1), 0);
  return `${core}${(10 - (sum % 10)) % 10}`;
}

export function titleKey(facts: DuplicateFacts): string | null {
  const title = interactionKey(facts.title.replace(/<[^>]+>/g, ""));
  if (!title) return null;
  return `${title}|${facts.year ?? ""}|${facts.firstAuthor ? interactionKey(facts.firstAuthor) : ""}`;
}

export function duplicateKeys(facts: DuplicateFacts): [DuplicateReason, string][] {
  const keys: [DuplicateReason, string][] = [];
  if (facts.doi) keys.push(["doi", facts.doi.toLowerCase()]);
  const isbn = isbn13(facts.isbn);
  // A chapter and its book (a crossref child and the parent it inherits the ISBN from, or two
  // chapters of one book) share an ISBN and are not the same source: a part's ISBN counts only
  // with its own title.
  if (isbn)
    keys.push(["isbn", facts.part ? `${isbn}|${interactionKey(facts.title.replace(/<[^>]+>/g, ""))}` : isbn]);
  const title = titleKey(facts);
  if (title) keys.push(["title", title]);
  return keys;
}

export function factsOfImported(source: ImportedSource): DuplicateFacts {
  const first =
    source.contributors.find((person) => person.role === "author") ??
    source.contributors.find((person) => person.role === "editor") ??
    null;
  return {
    doi: source.columns.doi,
    isbn: source.columns.isbn,
    title: source.columns.title,
    year: source.columns.issuedStart ? source.columns.issuedStart.getUTCFullYear() : null,
    firstAuthor: first ? (first.family ?? first.literal) : null,
    part: PART_TYPES.has(source.columns.cslType),
  };
}

export const DUPLICATE_REASON_TEXT: Record<DuplicateReason, string> = {
  doi: "the same DOI",
  isbn: "the same ISBN",
  title: "the same title, year and first author",
};
