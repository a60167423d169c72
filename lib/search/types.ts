import type { ScanPlace } from "@/lib/regions/types";
import type { HighlightedText } from "./highlight";

export type SearchHitKind =
  | "claim"
  | "source"
  | "passage"
  | "translation"
  | "annotation"
  | "reading"
  | "image";

export interface SearchHit {
  kind: SearchHitKind;
  id: string;
  /** The page that shows the item, in the app. */
  url: string;
  title: HighlightedText;
  snippet: HighlightedText;
  /** Where the item stands: "Pravda, February 1938, p. 1", "on C5", "reading of …". */
  context: HighlightedText | null;
  language: string | null;
  sourceId: string | null;
  passageId: string | null;
  claimId: string | null;
  readingId: string | null;
  observerId: string | null;
  rank: number;
  /** For a passage (or its translation): where it stands on the source's photos, to open it there. */
  scans: ScanPlace[];
}

export interface SearchPage {
  data: SearchHit[];
  nextCursor: string | null;
  /** Matches counted up to a cap: `more` says there are more than `count`. */
  total: { count: number; more: boolean };
}
