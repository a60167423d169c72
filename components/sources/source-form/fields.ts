import { SOURCE_KIND_INFO, type SOURCE_KINDS } from "@/lib/sources/kinds";
import type { ARCHIVAL_SCHEMES } from "@/lib/sources/schema";

export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Scheme = (typeof ARCHIVAL_SCHEMES)[number];
export type Section = "container" | "publication" | "archive" | "web";

export const TEXT_FIELDS = [
  "title",
  "titleOriginal",
  "titleTransliterated",
  "titleTranslated",
  "titleShort",
  "containerTitle",
  "containerTitleOriginal",
  "collectionTitle",
  "volume",
  "issue",
  "page",
  "edition",
  "publisher",
  "publisherPlace",
  "language",
  "doi",
  "isbn",
  "url",
  "archive",
  "archivePlace",
  "archiveRepository",
  "archiveCollection",
  "archiveSeries",
  "archiveFile",
  "archiveItem",
  "archiveFolio",
  "archivePage",
  "archiveLocation",
  "abstract",
  "note",
] as const;
export type TextFieldName = (typeof TEXT_FIELDS)[number];
export type Texts = Record<TextFieldName, string>;

/** Props for a text input bound to a field of the form. */
export type BindField = (field: TextFieldName) => {
  name: TextFieldName;
  value: string;
  errors: string[] | undefined;
  onChange: (event: { target: { value: string } }) => void;
};

export const LOCATOR_FIELDS = [
  "archiveRepository",
  "archiveCollection",
  "archiveSeries",
  "archiveFile",
  "archiveItem",
  "archiveFolio",
  "archivePage",
] as const;
export type LocatorField = (typeof LOCATOR_FIELDS)[number];

// The fields each section of the form holds; DOI is placed with the publication or, for articles
// that have no publication section, with the container.
export const SECTION_FIELDS: Record<Section, TextFieldName[]> = {
  container: ["containerTitle", "containerTitleOriginal", "volume", "issue", "page"],
  publication: ["publisher", "publisherPlace", "edition", "collectionTitle", "isbn"],
  archive: ["archive", "archivePlace", ...LOCATOR_FIELDS, "archiveLocation"],
  web: ["url"],
};
export const SECTIONS: Section[] = ["container", "publication", "archive", "web"];

/** Kinds of unpublished document whose place is where they were written, asked with the archive. */
export function asksPlaceWritten(shown: Set<Section>): boolean {
  return shown.has("archive") && !shown.has("publication");
}

export function sectionsShown(kind: SourceKind, initial: Texts): Set<Section> {
  const shown = new Set<Section>(SOURCE_KIND_INFO[kind].sections);
  const placeWritten = asksPlaceWritten(shown);
  // A section that already holds something stays visible, so that nothing stored is hidden.
  for (const section of SECTIONS) {
    const fields = SECTION_FIELDS[section].filter((field) => !(placeWritten && field === "publisherPlace"));
    if (fields.some((field) => initial[field].trim())) shown.add(section);
  }
  if (initial.doi.trim() && !shown.has("container")) shown.add("publication");
  return shown;
}

/** A hint for a section kept visible only because it already holds something. */
export function unusual(kind: SourceKind, section: Section): string | undefined {
  if (SOURCE_KIND_INFO[kind].sections.includes(section)) return undefined;
  return `Not usually needed for a ${SOURCE_KIND_INFO[kind].label.toLowerCase()}; clear it if it does not apply.`;
}
