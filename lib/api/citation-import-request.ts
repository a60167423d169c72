import "server-only";
import { detectImportFormat, type ImportChoices } from "@/lib/citations/import-plan";
import { estimateEntries, previewImport, runImport } from "@/lib/citations/import-run";
import type { ImportFormat } from "@/lib/citations/import-types";
import { enqueueJob } from "@/lib/citations/jobs";
import { createCitationJob } from "@/lib/citations/mutations";
import {
  type ImportChoicesInput,
  type ImportQuery,
  importChoicesSchema,
  MAX_IMPORT_BYTES,
  SYNC_IMPORT_LIMIT,
} from "@/lib/citations/schema";
import { AppError, invalidInput } from "@/lib/errors/app-error";
import { assertCanAdd } from "@/lib/projects/guards";
import type { ProjectAccess } from "@/lib/projects/types";
import { citationJobAccepted } from "./export-response";

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

/**
 * The answer to POST …/import: the preview (dryRun), the outcome (imported, merged, skipped and
 * failed entries with reasons), or 202 with a job for a large file.
 */
export async function citationImportResponse(
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
    return citationJobAccepted(job);
  }
  return runImport(access, upload.text, { format, choices });
}
