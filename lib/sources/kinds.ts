import type { SourceKind } from "@/lib/db/generated/enums";

export interface SourceKindInfo {
  label: string;
  /** The CSL item type citations are made from. */
  cslType: string;
  /** CSL genre, when the type alone does not say what the document is. */
  genre: string | null;
  /** Which form sections matter for this kind. */
  sections: ("container" | "publication" | "archive" | "web")[];
}

export const SOURCE_KINDS = [
  "newspaper_article",
  "archival_document",
  "letter",
  "dispatch",
  "minute",
  "speech",
  "book",
  "chapter",
  "journal_article",
  "web_page",
  "other",
] as const satisfies readonly SourceKind[];

export const SOURCE_KIND_INFO: Record<SourceKind, SourceKindInfo> = {
  newspaper_article: {
    label: "Newspaper article",
    cslType: "article-newspaper",
    genre: null,
    sections: ["container"],
  },
  archival_document: {
    label: "Archival document or manuscript",
    cslType: "manuscript",
    genre: null,
    sections: ["archive"],
  },
  letter: { label: "Letter", cslType: "letter", genre: null, sections: ["archive", "publication"] },
  dispatch: { label: "Dispatch or report", cslType: "manuscript", genre: "Dispatch", sections: ["archive"] },
  minute: { label: "Minute or memorandum", cslType: "manuscript", genre: "Minute", sections: ["archive"] },
  speech: { label: "Speech", cslType: "speech", genre: null, sections: ["publication", "archive"] },
  book: { label: "Book", cslType: "book", genre: null, sections: ["publication"] },
  chapter: { label: "Chapter", cslType: "chapter", genre: null, sections: ["container", "publication"] },
  journal_article: {
    label: "Journal article",
    cslType: "article-journal",
    genre: null,
    sections: ["container"],
  },
  web_page: { label: "Web page", cslType: "webpage", genre: null, sections: ["web"] },
  other: { label: "Other", cslType: "document", genre: null, sections: ["publication", "archive"] },
};
