import "server-only";
import type { ProjectAccess } from "@/lib/projects/types";
import { listDuplicateFacts } from "./data";
import { formatPool } from "./format-pool";
import { type ImportChoices, type PlannedEntry, planImport, resolveChoices } from "./import-plan";
import type { ImportFormat, ParsedEntry } from "./import-types";
import { commitImport, type ImportOutcome } from "./mutations";

// An import planned (each entry new, a duplicate, or an error), previewed, or run to the end,
// from the file's text and its format. The HTTP side (reading the upload, answering at once or
// with a job) is lib/api/citation-import-request.ts.

/** A rough count of entries (to choose between answering at once and queuing a job). */
export function estimateEntries(text: string, format: ImportFormat): number {
  switch (format) {
    case "bibtex":
      return (text.match(/^\s*@\s*(?!string\b|comment\b|preamble\b)[A-Za-z]+\s*[{(]/gim) ?? []).length;
    case "ris":
      return (text.match(/^TY {1,2}- /gm) ?? []).length;
    case "csl-json":
      return (text.match(/"type"\s*:/g) ?? []).length;
  }
}

/** Reads the file on a citation worker thread (parsing 10,000 entries takes a second or two). */
async function parseOnWorker(text: string, format: ImportFormat): Promise<ParsedEntry[]> {
  return formatPool().run({ kind: "parse", format, text });
}

export interface ImportPreview {
  format: ImportFormat;
  counts: { entries: number; new: number; duplicates: number; errors: number };
  entries: Omit<PlannedEntry, "source">[];
}

async function plan(access: ProjectAccess, text: string, format: ImportFormat) {
  const [parsed, existing] = await Promise.all([parseOnWorker(text, format), listDuplicateFacts(access)]);
  return planImport(parsed, existing);
}

export async function previewImport(
  access: ProjectAccess,
  text: string,
  format: ImportFormat,
): Promise<ImportPreview> {
  const planned = await plan(access, text, format);
  return {
    format,
    counts: {
      entries: planned.length,
      new: planned.filter((entry) => entry.status === "new").length,
      duplicates: planned.filter((entry) => entry.status === "duplicate").length,
      errors: planned.filter((entry) => entry.status === "error").length,
    },
    entries: planned.map(({ source: _source, ...entry }) => entry),
  };
}

export interface ImportPlanParams {
  format: ImportFormat;
  choices: ImportChoices;
}

export async function runImport(
  access: ProjectAccess,
  text: string,
  params: ImportPlanParams,
  onProgress?: (done: number, total: number) => Promise<void> | void,
): Promise<ImportOutcome> {
  const planned = await plan(access, text, params.format);
  return commitImport(access, resolveChoices(planned, params.choices), onProgress);
}
