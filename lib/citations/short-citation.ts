import { formatEdtf } from "@/lib/dates/edtf";
import type { SourceKind } from "@/lib/db/generated/enums";
import { isDescriptiveTitle } from "./descriptive-title";

export interface CitableName {
  family: string | null;
  given: string | null;
  literal: string | null;
}

export interface CitableSource {
  kind: SourceKind;
  title: string;
  authors: CitableName[];
  containerTitle: string | null;
  issuedEdtf: string | null;
  archive: string | null;
  archiveLocation: string | null;
}

const ITALIC_TITLE_KINDS = new Set<SourceKind>(["book"]);

/**
 * A short note-style reference for lists and tooltips ("Stalin, “Reply to Comrade Ivanov,” Pravda,
 * February 1938"). Full citations in real CSL styles are the citations module's job.
 */
export function shortCitation(source: CitableSource): string {
  // Short form: a person's family name; a corporate author in full.
  const first = source.authors[0];
  const author = first ? (first.family ?? first.literal) : null;
  // A descriptive title ("[Minute on the Moscow dispatch]") is not quoted.
  const title =
    ITALIC_TITLE_KINDS.has(source.kind) || isDescriptiveTitle(source.title)
      ? source.title
      : `“${source.title}”`;
  const parts = [
    author,
    title,
    source.containerTitle,
    source.issuedEdtf ? formatEdtf(source.issuedEdtf) : null,
    source.archiveLocation,
    source.archive,
  ];
  return parts.filter(Boolean).join(", ");
}
