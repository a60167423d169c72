import type { CslItem } from "./render";

/**
 * One entry of an import file, as read: a CSL item, or why it could not be read and where, or
 * why it is not a source at all (a BibLaTeX @set only groups other entries of the file).
 */
export type ParsedEntry =
  | { index: number; line: number; label: string | null; ok: true; item: CslItem }
  | { index: number; line: number; label: string | null; ok: false; error: string; skipped?: undefined }
  | { index: number; line: number; label: string | null; ok: false; skipped: string; error?: undefined };

export const IMPORT_FORMATS = ["bibtex", "ris", "csl-json"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
