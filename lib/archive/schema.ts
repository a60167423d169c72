import { z } from "zod";

// What the archive and W3C endpoints accept, and the limits they are held to.

/** Uploaded archives larger than this are refused: ARCHIVE_MAX_BYTES, else 8 GiB. */
export function maxArchiveBytes(): number {
  const configured = Number(process.env.ARCHIVE_MAX_BYTES);
  return Number.isFinite(configured) && configured > 0 ? configured : 8 * 1024 ** 3;
}

export const ARCHIVE_UPLOAD_TYPES = [
  "application/zip",
  "application/x-zip-compressed",
  "application/octet-stream",
] as const;

export const uploadArchiveQuerySchema = z.object({
  /** The file's name as the user chose it, shown in the report. */
  fileName: z.string().trim().max(200, "At most 200 characters").optional(),
});

export const restoreArchiveSchema = z.object({
  /** A name for the new project; the archive's project name when absent. */
  name: z.string().trim().min(1, "Name the project").max(200, "At most 200 characters").optional(),
});

const flag = z
  .enum(["true", "false"], { message: "Use true or false" })
  .optional()
  .transform((value) => value === "true");

export const w3cExportQuerySchema = z.object({
  /** Only the notes you wrote. */
  mine: flag,
  /** As a file to save (Content-Disposition: attachment). */
  download: flag,
});

export const W3C_IMPORT_TYPES = ["application/ld+json", "application/json"] as const;
export const MAX_W3C_IMPORT_BYTES = 20_000_000;

export const w3cImportQuerySchema = z.object({
  visibility: z
    .enum(["private", "shared"], { message: "Visibility is private or shared" })
    .default("private"),
});
