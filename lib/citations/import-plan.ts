import { findUnstorableText } from "@/lib/validation/storable-text";
import { parseBibtex } from "./bibtex";
import { parseCslJson } from "./csl-json";
import { displayName, firstCreator, year } from "./csl-variables";
import {
  type DuplicateFacts,
  type DuplicateReason,
  duplicateKeys,
  factsOfImported,
  type ImportedSource,
  sourceFromCsl,
} from "./import-mapping";
import type { ImportFormat, ParsedEntry } from "./import-types";
import { parseRis } from "./ris";

// What an import will do, entry by entry, before anything is written: read the file, map each
// item to a source, find duplicates (against the project and within the file), and apply the
// member's choices. The preview shows this plan; the commit carries it out in one transaction.

export function detectImportFormat(input: string): ImportFormat | null {
  const start = input.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("[") || start.startsWith("{")) return "csl-json";
  if (/^TY {1,2}- /m.test(input)) return "ris";
  if (/^\s*@\s*[A-Za-z]+\s*[{(]/m.test(input)) return "bibtex";
  return null;
}

export function parseImportFile(input: string, format: ImportFormat): ParsedEntry[] {
  switch (format) {
    case "bibtex":
      return parseBibtex(input);
    case "ris":
      return parseRis(input);
    case "csl-json":
      return parseCslJson(input);
  }
}

export interface ExistingSource extends DuplicateFacts {
  id: string;
}

export interface DuplicateMatch {
  reason: DuplicateReason;
  /** A source already in the project ... */
  sourceId?: string;
  /** ... or an earlier entry of the same file. */
  entryIndex?: number;
  title: string;
}

export interface PlannedEntry {
  index: number;
  line: number;
  label: string | null;
  title: string | null;
  creator: string | null;
  year: number | null;
  status: "new" | "duplicate" | "skipped" | "error";
  error?: string;
  /** Why a skipped entry is not a source (a BibLaTeX @set groups other entries). */
  skipped?: string;
  duplicateOf?: DuplicateMatch;
  source?: ImportedSource;
}

export function planImport(parsed: ParsedEntry[], existing: ExistingSource[]): PlannedEntry[] {
  const known = new Map<string, DuplicateMatch>();
  for (const source of existing) {
    for (const [reason, key] of duplicateKeys(source)) {
      if (!known.has(`${reason}:${key}`))
        known.set(`${reason}:${key}`, { reason, sourceId: source.id, title: source.title });
    }
  }
  return parsed.map((entry) => {
    if (!entry.ok) {
      const base = {
        index: entry.index,
        line: entry.line,
        label: entry.label,
        title: null,
        creator: null,
        year: null,
      };
      return entry.skipped !== undefined
        ? { ...base, status: "skipped" as const, skipped: entry.skipped }
        : { ...base, status: "error" as const, error: entry.error };
    }
    const unstorable = findUnstorableText(entry.item);
    const creator = firstCreator(entry.item);
    const base = {
      index: entry.index,
      line: entry.line,
      label: entry.label,
      title: typeof entry.item.title === "string" ? entry.item.title : null,
      creator: creator ? displayName(creator) : null,
      year: year(entry.item),
    };
    if (unstorable) {
      const field = unstorable.field === "_" ? "" : ` (${unstorable.field})`;
      return {
        ...base,
        status: "error" as const,
        error: `Line ${entry.line}${field}: ${unstorable.reason}.`,
      };
    }
    const mapped = sourceFromCsl(entry.item);
    if (!mapped.ok) {
      return { ...base, status: "error" as const, error: `Line ${entry.line}: ${mapped.error}` };
    }
    const keys = duplicateKeys(factsOfImported(mapped.source));
    const match = keys.map(([reason, key]) => known.get(`${reason}:${key}`)).find(Boolean);
    for (const [reason, key] of keys) {
      if (!known.has(`${reason}:${key}`)) {
        known.set(`${reason}:${key}`, {
          reason,
          entryIndex: entry.index,
          title: mapped.source.columns.title,
        });
      }
    }
    return match
      ? { ...base, status: "duplicate" as const, duplicateOf: match, source: mapped.source }
      : { ...base, status: "new" as const, source: mapped.source };
  });
}

export type DuplicateChoice = "skip" | "merge" | "import";

export interface ImportChoices {
  /** What to do with duplicates not chosen one by one. */
  duplicates: "skip" | "merge";
  /** Per entry index: skip, merge into the existing source, or import anyway as a new source. */
  decisions?: Record<string, DuplicateChoice>;
  /** Entries left out of the import. */
  exclude?: number[];
}

export type ImportAction =
  | { kind: "create"; entry: PlannedEntry; source: ImportedSource }
  | { kind: "merge"; entry: PlannedEntry; source: ImportedSource; into: string }
  | { kind: "skip"; entry: PlannedEntry; reason: string }
  | { kind: "fail"; entry: PlannedEntry; reason: string };

/** The plan with the member's choices applied: what the commit will do with each entry. */
export function resolveChoices(plan: PlannedEntry[], choices: ImportChoices): ImportAction[] {
  const excluded = new Set(choices.exclude ?? []);
  const createdFrom = new Set<number>();
  return plan.map((entry): ImportAction => {
    if (entry.status === "error") return { kind: "fail", entry, reason: entry.error ?? "Unreadable entry." };
    if (entry.status === "skipped") return { kind: "skip", entry, reason: entry.skipped ?? "Not a source." };
    if (excluded.has(entry.index)) return { kind: "skip", entry, reason: "Left out of the import." };
    const source = entry.source!;
    if (entry.status === "new") {
      createdFrom.add(entry.index);
      return { kind: "create", entry, source };
    }
    const match = entry.duplicateOf!;
    const choice = choices.decisions?.[String(entry.index)] ?? choices.duplicates;
    if (choice === "import") {
      createdFrom.add(entry.index);
      return { kind: "create", entry, source };
    }
    const what =
      match.sourceId !== undefined
        ? `“${match.title}”, already in the project`
        : `entry ${match.entryIndex! + 1} of this file (“${match.title}”)`;
    const reasonText = { doi: "same DOI", isbn: "same ISBN", title: "same title, year and first author" }[
      match.reason
    ];
    if (choice === "merge" && match.sourceId !== undefined) {
      return { kind: "merge", entry, source, into: match.sourceId };
    }
    if (choice === "merge" && match.entryIndex !== undefined && !createdFrom.has(match.entryIndex)) {
      // Its twin in the file was not imported: this one is imported in its place.
      createdFrom.add(entry.index);
      return { kind: "create", entry, source };
    }
    return { kind: "skip", entry, reason: `Duplicate of ${what} (${reasonText}).` };
  });
}
