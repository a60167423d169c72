import type { FieldChange } from "./types";

// Bookkeeping columns that change on every save and say nothing to a reader, and date bounds
// derived from an EDTF column (the EDTF change itself is shown).
const IGNORED = new Set([
  "version",
  "updatedAt",
  "createdAt",
  "createdById",
  "projectId",
  "id",
  "csl",
  "issuedStart",
  "issuedEnd",
  "periodStart",
  "periodEnd",
  "readAtStart",
  "readAtEnd",
]);

/** The fields that differ between two snapshots of an item, in a stable order. */
export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((field) => !IGNORED.has(field));
  return fields
    .filter((field) => JSON.stringify(a[field] ?? null) !== JSON.stringify(b[field] ?? null))
    .sort()
    .map((field) => ({ field, before: a[field] ?? null, after: b[field] ?? null }));
}

/** A snapshot safe to store as JSON (dates as ISO strings). */
export function snapshotOf(item: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(item));
}
