import "server-only";
import { AppError, invalidInput } from "@/lib/errors/app-error";
import { assertCanAdd } from "@/lib/projects/guards";
import type { ProjectAccess } from "@/lib/projects/types";
import { listDuplicateFacts } from "./data";
import { jobAccepted } from "./export-request";
import { formatPool } from "./format-pool";
import {
  detectImportFormat,
  type ImportChoices,
  type PlannedEntry,
  planImport,
  resolveChoices,
} from "./import-plan";
import type { ImportFormat, ParsedEntry } from "./import-types";
import { enqueueJob } from "./jobs";
import { commitImport, createCitationJob, type ImportOutcome } from "./mutations";
import {
  type ImportChoicesInput,
  type ImportQuery,
  importChoicesSchema,
  MAX_IMPORT_BYTES,
  SYNC_IMPORT_LIMIT,
} from "./schema";

// An import file sent to the API (the import page sends it the same way): read the body (the
// file itself, or a multipart form with the file and the member's choices), then preview it,
// import it at once, or queue it as a job when it is large.

const TYPE_FORMAT: Record<string, ImportFormat | null> = {
  "application/x-bibtex": "bibtex",
  "text/x-bibtex": "bibtex",
  "application/x-research-info-systems": "ris",
  "application/vnd.citationstyles.csl+json": "csl-json",
  "application/json": "csl-json",
  "text/plain": null,
  "application/octet-stream": null,
};

export const IMPORT_CONTENT_TYPES = [...Object.keys(TYPE_FORMAT), "multipart/form-data"];

export interface ImportUpload {
  text: string;
  /** The format the content type names, if it names one. */
  typeFormat: ImportFormat | null;
  choices: ImportChoicesInput | null;
}

function tooLarge() {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `The file is larger than ${MAX_IMPORT_BYTES / 1_000_000} MB: split it.`,
  );
}

export async function readImportUpload(request: Request): Promise<ImportUpload> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!IMPORT_CONTENT_TYPES.includes(type)) {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      `Send the file as BibTeX (application/x-bibtex), RIS (application/x-research-info-systems), CSL-JSON (application/vnd.citationstyles.csl+json), text/plain, or multipart/form-data with a "file" part (got ${type || "no content type"}).`,
    );
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_IMPORT_BYTES) throw tooLarge();
  let text: string;
  let choices: ImportChoicesInput | null = null;
  let typeFormat: ImportFormat | null = TYPE_FORMAT[type] ?? null;
  if (type === "multipart/form-data") {
    const form = await request.formData().catch(() => {
      throw new AppError("INVALID_INPUT", "The form could not be read.");
    });
    const file = form.get("file");
    if (!file)
      throw new AppError("INVALID_INPUT", 'Send the file in a part named "file".', {
        file: ["Choose a file"],
      });
    if (typeof file !== "string" && file.size > MAX_IMPORT_BYTES) throw tooLarge();
    text = typeof file === "string" ? file : await file.text();
    if (typeof file !== "string") typeFormat = TYPE_FORMAT[file.type] ?? null;
    const rawChoices = form.get("choices");
    if (typeof rawChoices === "string" && rawChoices.trim()) {
      let json: unknown;
      try {
        json = JSON.parse(rawChoices);
      } catch {
        throw new AppError("INVALID_INPUT", "The choices part is not valid JSON.", { choices: ["Not JSON"] });
      }
      const parsed = importChoicesSchema.safeParse(json);
      if (!parsed.success) throw invalidInput(parsed.error, "choices");
      choices = parsed.data;
    }
  } else {
    text = await request.text();
  }
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) throw tooLarge();
  if (!text.trim())
    throw new AppError("INVALID_INPUT", "The file is empty.", { file: ["The file is empty"] });
  return { text, typeFormat, choices };
}

function formatOf(
  upload: { text: string; typeFormat: ImportFormat | null },
  asked?: ImportFormat,
): ImportFormat {
  const format = asked ?? upload.typeFormat ?? detectImportFormat(upload.text);
  if (!format) {
    throw new AppError(
      "INVALID_INPUT",
      "Could not tell the file's format: send BibTeX, RIS or CSL-JSON, or say which with format=bibtex|ris|csl-json.",
      { format: ["Unknown format"] },
    );
  }
  return format;
}

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

/**
 * The answer to POST …/import: the preview (dryRun), the outcome (imported, merged, skipped and
 * failed entries with reasons), or 202 with a job for a large file.
 */
export async function importResponse(
  access: ProjectAccess,
  request: Request,
  query: ImportQuery,
): Promise<unknown> {
  assertCanAdd(access, "sources");
  const upload = await readImportUpload(request);
  const format = formatOf(upload, query.format);
  if (query.dryRun) return previewImport(access, upload.text, format);
  const choices: ImportChoices = upload.choices ?? { duplicates: query.duplicates };
  if (query.async || estimateEntries(upload.text, format) > SYNC_IMPORT_LIMIT) {
    const job = await createCitationJob(access, {
      kind: "import",
      params: { format, choices },
      input: upload.text,
      total: estimateEntries(upload.text, format),
    });
    await enqueueJob(job.id);
    return jobAccepted(job);
  }
  return runImport(access, upload.text, { format, choices });
}
