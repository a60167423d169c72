import type { SourceKind } from "@/lib/db/generated/enums";

export interface SourceReference {
  id: string;
  title: string;
  kind: SourceKind;
  shortCitation: string;
  issued: string | null;
  archiveLocation: string | null;
  archival: boolean;
}
