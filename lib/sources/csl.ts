import type { SourceKind } from "@/lib/db/generated/enums";
import { composeArchiveLocation } from "./archival-locator";
import { SOURCE_KIND_INFO } from "./kinds";
import type { ContributorInput } from "./schema";

type CslName = { family?: string; given?: string; literal?: string };

export interface CslSourceColumns {
  kind: SourceKind;
  cslType: string;
  genre: string | null;
  title: string;
  titleOriginal: string | null;
  titleTransliterated: string | null;
  titleTranslated: string | null;
  /** The historian's short title for short notes; null: one is made from the title. */
  titleShort: string | null;
  issuedEdtf: string | null;
  containerTitle: string | null;
  containerTitleOriginal: string | null;
  collectionTitle: string | null;
  volume: string | null;
  issue: string | null;
  page: string | null;
  edition: string | null;
  publisher: string | null;
  publisherPlace: string | null;
  language: string | null;
  doi: string | null;
  isbn: string | null;
  url: string | null;
  archive: string | null;
  archivePlace: string | null;
  archivalScheme: "tna" | "russian" | "generic" | null;
  archiveRepository: string | null;
  archiveCollection: string | null;
  archiveSeries: string | null;
  archiveFile: string | null;
  archiveItem: string | null;
  archiveFolio: string | null;
  archivePage: string | null;
  archiveLocation: string | null;
  abstract: string | null;
  note: string | null;
}

const ROLE_VARIABLE: Record<ContributorInput["role"], string> = {
  author: "author",
  editor: "editor",
  translator: "translator",
  recipient: "recipient",
  interviewer: "interviewer",
  container_author: "container-author",
  collection_editor: "collection-editor",
  reviewed_author: "reviewed-author",
};

/** EDTF to CSL date parts: "1938-02-14?" → {date-parts: [[1938, 2, 14]], circa: true}. */
export function cslDate(edtf: string | null): Record<string, unknown> | undefined {
  if (!edtf) return undefined;
  const parts = edtf.split("/").map((part) => /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(part));
  if (parts.some((match) => !match)) return { literal: edtf };
  const dateParts = parts.map((match) => match!.slice(1).filter(Boolean).map(Number));
  return { "date-parts": dateParts, ...(/[?~%]/.test(edtf) ? { circa: true } : {}) };
}

export type ContributorName = {
  role: ContributorInput["role"];
  family?: string | null;
  given?: string | null;
  literal?: string | null;
  droppingParticle?: string | null;
  nonDroppingParticle?: string | null;
  suffix?: string | null;
};

function trimmed(value: unknown): string | null {
  return typeof value === "string" || typeof value === "number" ? String(value).trim() || null : null;
}

/** The DOI a column holds for a CSL value ("https://doi.org/10.1/x" → "10.1/x"), or null. */
export function doiColumn(value: unknown): string | null {
  const doi = trimmed(value)?.replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:\s*)/i, "");
  return doi && /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : null;
}

/** The first ISBN of a CSL value ("978-0-8047-2415-9 0804724156" → "9780804724159"), or null. */
export function isbnColumn(value: unknown): string | null {
  for (const candidate of trimmed(value)?.split(/[\s,;]+(?=[\dXx])/) ?? []) {
    const isbn = candidate.replace(/[\s-]/g, "").toUpperCase();
    if (/^(\d{9}[\dX]|\d{13})$/.test(isbn)) return isbn;
  }
  return null;
}

/** A BCP 47-like language tag ("ru", "en-GB"), or null for anything else ("English"). */
export function languageColumn(value: unknown): string | null {
  const tag = trimmed(value);
  return tag && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(tag) ? tag : null;
}

/** The EDTF a CSL date stands for, when the app's columns can hold it. */
export function edtfOfCslDate(value: unknown): string | null {
  if (!value || typeof value !== "object") return null;
  const date = value as { "date-parts"?: unknown; circa?: unknown; season?: unknown };
  const parts = date["date-parts"];
  if (!Array.isArray(parts) || parts.length === 0 || parts.length > 2 || date.season !== undefined)
    return null;
  const ends: string[] = [];
  for (const part of parts) {
    if (!Array.isArray(part) || part.length === 0 || part.length > 3) return null;
    const numbers = part.map(Number);
    if (numbers.some((n) => !Number.isInteger(n))) return null;
    ends.push(
      [String(numbers[0]).padStart(4, "0"), ...numbers.slice(1).map((n) => String(n).padStart(2, "0"))].join(
        "-",
      ),
    );
  }
  const circa = date.circa === true || date.circa === 1 || date.circa === "1" || date.circa === "true";
  return `${ends.join("/")}${circa ? "~" : ""}`;
}

/**
 * A column's value, or the stored (imported) value it was made from: the stored one wins when it
 * reads as the same column value (an ISBN with its hyphens, a DOI as a link), or when the column
 * could not hold it at all and is empty ("English" as a language). An edit that changes the
 * column makes the column win.
 */
function preferStored(
  column: string | null,
  stored: unknown,
  normalize: (value: unknown) => string | null = trimmed,
): unknown {
  if (stored === undefined || stored === null || stored === "") return column ?? undefined;
  const normalized = normalize(stored);
  if (column === null) return normalized === null ? stored : undefined;
  return normalized === column ? stored : column;
}

function sameName(stored: unknown, row: ContributorName): boolean {
  if (!stored || typeof stored !== "object") return false;
  const name = stored as CslName;
  if (row.literal) return trimmed(name.literal) === row.literal;
  return trimmed(name.family) === (row.family ?? null) && trimmed(name.given) === (row.given ?? null);
}

function cslName(person: ContributorName): Record<string, string | undefined> {
  if (person.literal) return { literal: person.literal };
  return {
    family: person.family ?? undefined,
    given: person.given ?? undefined,
    "non-dropping-particle": person.nonDroppingParticle ?? undefined,
    "dropping-particle": person.droppingParticle ?? undefined,
    suffix: person.suffix ?? undefined,
  };
}

/** Text columns and the CSL variables they hold. */
const TEXT_COLUMNS = [
  ["containerTitle", "container-title"],
  ["collectionTitle", "collection-title"],
  ["volume", "volume"],
  ["issue", "issue"],
  ["page", "page"],
  ["edition", "edition"],
  ["publisher", "publisher"],
  ["publisherPlace", "publisher-place"],
  ["url", "URL"],
  ["archive", "archive"],
  ["archivePlace", "archive-place"],
  ["abstract", "abstract"],
  ["note", "note"],
] as const satisfies readonly (readonly [keyof CslSourceColumns, string])[];

/**
 * The CSL-JSON item of a source: the stored item (which keeps whatever an import brought) with
 * the normalized columns written over it, so the columns always win and nothing else is lost.
 * Where the stored item says the same thing in its own words (names with particles, an ISBN with
 * hyphens, a date with a season), its words are kept, so that an import exports as it came.
 */
export function toCslItem(
  id: string,
  columns: CslSourceColumns,
  contributors: ContributorName[],
  stored: Record<string, unknown> = {},
): Record<string, unknown> {
  const computed: Record<string, unknown> = {};
  const byRole = new Map<string, ContributorName[]>();
  for (const person of contributors) {
    const list = byRole.get(person.role);
    if (list) list.push(person);
    else byRole.set(person.role, [person]);
  }
  for (const role in ROLE_VARIABLE) {
    const variable = ROLE_VARIABLE[role as ContributorName["role"]];
    const rows = byRole.get(role);
    const kept = stored[variable];
    if (!rows) computed[variable] = undefined;
    else if (
      Array.isArray(kept) &&
      kept.length === rows.length &&
      rows.every((row, i) => sameName(kept[i], row))
    ) {
      computed[variable] = kept;
    } else computed[variable] = rows.map(cslName);
  }
  for (const [column, variable] of TEXT_COLUMNS)
    computed[variable] = preferStored(columns[column], stored[variable]);
  const storedIssued = stored.issued;
  const storedEdtf = storedIssued === undefined ? null : edtfOfCslDate(storedIssued);
  computed.issued =
    storedIssued !== undefined && storedEdtf === (columns.issuedEdtf?.replace(/[?%]$/, "~") ?? null)
      ? storedIssued
      : columns.issuedEdtf === null && storedIssued !== undefined && storedEdtf === null
        ? storedIssued
        : cslDate(columns.issuedEdtf);
  computed.id = id;
  computed.type = columns.cslType;
  computed.genre = preferStored(columns.genre ?? SOURCE_KIND_INFO[columns.kind].genre, stored.genre);
  computed.title = columns.title;
  computed["original-title"] = preferStored(columns.titleOriginal, stored["original-title"]);
  // The historian's short title; else an imported one, kept only while its title is unchanged.
  computed["title-short"] =
    columns.titleShort ?? (trimmed(stored.title) === columns.title ? stored["title-short"] : undefined);
  computed.language = preferStored(columns.language, stored.language, languageColumn);
  computed.DOI = preferStored(columns.doi, stored.DOI, doiColumn);
  computed.ISBN = preferStored(columns.isbn, stored.ISBN, isbnColumn);
  computed.archive_location = preferStored(composeArchiveLocation(columns), stored.archive_location);
  computed["translated-title"] = preferStored(columns.titleTranslated, stored["translated-title"]);
  // CSL has no variables for these two; the names follow "original-title" and Zotero's CSL-JSON
  // keeps keys it does not know, so they travel with the item.
  computed["transliterated-title"] = preferStored(
    columns.titleTransliterated,
    stored["transliterated-title"],
  );
  computed["original-container-title"] = preferStored(
    columns.containerTitleOriginal,
    stored["original-container-title"],
  );

  // The stored item's other variables, in their order, then the computed ones; absent ones are
  // left out (as JSON would leave them).
  const item: Record<string, unknown> = {};
  for (const key in stored) {
    if (!(key in computed) && stored[key] !== undefined) item[key] = stored[key];
  }
  for (const key in computed) if (computed[key] !== undefined) item[key] = computed[key];
  return item;
}
