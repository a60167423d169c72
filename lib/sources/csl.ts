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
  titleTranslated: string | null;
  issuedEdtf: string | null;
  containerTitle: string | null;
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

/**
 * The CSL-JSON item of a source: the stored item (which keeps whatever an import brought) with
 * the normalized columns written over it, so the columns always win and nothing else is lost.
 */
export function toCslItem(
  id: string,
  columns: CslSourceColumns,
  contributors: ContributorInput[],
  stored: Record<string, unknown> = {},
): Record<string, unknown> {
  const names: Record<string, CslName[]> = {};
  for (const person of contributors) {
    const variable = ROLE_VARIABLE[person.role];
    const name: CslName = person.literal
      ? { literal: person.literal }
      : { family: person.family ?? undefined, given: person.given ?? undefined };
    names[variable] = [...(names[variable] ?? []), name];
  }
  const item: Record<string, unknown> = {
    ...stored,
    ...Object.fromEntries(Object.values(ROLE_VARIABLE).map((variable) => [variable, undefined])),
    ...names,
    id,
    type: columns.cslType,
    genre: columns.genre ?? SOURCE_KIND_INFO[columns.kind].genre ?? undefined,
    title: columns.title,
    "original-title": columns.titleOriginal ?? undefined,
    "title-short": undefined,
    issued: cslDate(columns.issuedEdtf),
    "container-title": columns.containerTitle ?? undefined,
    "collection-title": columns.collectionTitle ?? undefined,
    volume: columns.volume ?? undefined,
    issue: columns.issue ?? undefined,
    page: columns.page ?? undefined,
    edition: columns.edition ?? undefined,
    publisher: columns.publisher ?? undefined,
    "publisher-place": columns.publisherPlace ?? undefined,
    language: columns.language ?? undefined,
    DOI: columns.doi ?? undefined,
    ISBN: columns.isbn ?? undefined,
    URL: columns.url ?? undefined,
    archive: columns.archive ?? undefined,
    "archive-place": columns.archivePlace ?? undefined,
    archive_location: composeArchiveLocation(columns) ?? undefined,
    abstract: columns.abstract ?? undefined,
    note: columns.note ?? undefined,
  };
  if (columns.titleTranslated) item["translated-title"] = columns.titleTranslated;
  return JSON.parse(JSON.stringify(item));
}
