export const ENTITY_TYPES = [
  "project",
  "source",
  "relation",
  "passage",
  "claim",
  "evidence",
  "token",
  "member",
  "invitation",
  "annotation",
  "observer",
  "reading",
  "question",
  "answer",
  "image",
  "region",
  "argument",
  "point",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface HistoryEntry {
  id: string;
  action: "create" | "update" | "delete";
  entityType: string;
  entityId: string;
  label: string | null;
  actor: { id: string; name: string | null; email: string } | null;
  createdAt: string;
  changes: FieldChange[];
}
