import { z } from "zod";
import { entityId } from "@/lib/validation/fields";
import { IMPORT_FORMATS } from "./import-types";

/** The locales offered for citations (terms, dates and punctuation of a citation's language). */
export const CITATION_LOCALES = ["en-US", "en-GB", "fr-FR", "de-DE", "ru-RU"] as const;
export type CitationLocale = (typeof CITATION_LOCALES)[number];
export const DEFAULT_LOCALE: CitationLocale = "en-US";

export const LOCALE_LABEL: Record<CitationLocale, string> = {
  "en-US": "English (US)",
  "en-GB": "English (UK)",
  "fr-FR": "Français",
  "de-DE": "Deutsch",
  "ru-RU": "Русский",
};

export const CITATION_FORMATS = ["bibliography", "notes", "bibtex", "biblatex", "ris", "csl-json"] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];
export const FORMATTED_OUTPUTS = ["html", "text", "rtf"] as const;
export type FormattedOutput = (typeof FORMATTED_OUTPUTS)[number];

export const FORMAT_LABEL: Record<CitationFormat, string> = {
  bibliography: "Bibliography",
  notes: "Footnotes",
  bibtex: "BibTeX",
  biblatex: "BibLaTeX",
  ris: "RIS",
  "csl-json": "CSL-JSON",
};

export const OUTPUT_LABEL: Record<FormattedOutput, string> = {
  html: "HTML",
  text: "Plain text",
  rtf: "RTF (Word)",
};

const styleId = z
  .string()
  .trim()
  .min(1, "Name a citation style")
  .max(300, "At most 300 characters")
  .regex(/^[\w.:/-]+$/, "A style id looks like chicago-fullnote-bibliography");

/** GET …/export: every parameter has a default, so a bare URL gives Chicago notes-bibliography. */
export const exportQuerySchema = z.object({
  format: z
    .enum(CITATION_FORMATS, { message: `format must be one of ${CITATION_FORMATS.join(", ")}` })
    .default("bibliography"),
  output: z
    .enum(FORMATTED_OUTPUTS, { message: `output must be one of ${FORMATTED_OUTPUTS.join(", ")}` })
    .default("html"),
  style: styleId.optional(),
  locale: z
    .enum(CITATION_LOCALES, { message: `locale must be one of ${CITATION_LOCALES.join(", ")}` })
    .default("en-US"),
  /** A selection of the project's sources, comma-separated ids (project exports only). */
  sourceIds: z
    .string()
    .max(100_000, "Too many ids: export the whole project, or fewer sources")
    .transform((value) =>
      value
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .pipe(z.array(entityId).max(5000, "At most 5,000 sources at once"))
    .optional(),
  /** Run as a background job even when it would be quick (the answer is 202 with the job). */
  async: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

export const importQuerySchema = z.object({
  format: z
    .enum(IMPORT_FORMATS, { message: `format must be one of ${IMPORT_FORMATS.join(", ")}` })
    .optional(),
  duplicates: z.enum(["skip", "merge"], { message: "duplicates must be skip or merge" }).default("skip"),
  /** Read and check only: the answer is the preview, nothing is written. */
  dryRun: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
  async: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
});
export type ImportQuery = z.infer<typeof importQuerySchema>;

/** Per-entry choices sent with a multipart import (the "choices" part), as the preview offers them. */
export const importChoicesSchema = z.object({
  duplicates: z.enum(["skip", "merge"]).default("skip"),
  decisions: z.record(z.string().regex(/^\d+$/), z.enum(["skip", "merge", "import"])).optional(),
  exclude: z.array(z.number().int().min(0)).max(1_000_000).optional(),
});
export type ImportChoicesInput = z.infer<typeof importChoicesSchema>;

export const styleSearchQuerySchema = z.object({
  q: z.string().trim().max(200).default(""),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const uploadStyleSchema = z.object({
  projectId: entityId,
  xml: z
    .string({ message: "Choose a .csl file" })
    .min(1, "The file is empty")
    .max(1_000_000, "A style file is at most 1 MB"),
});
export const deleteStyleSchema = z.object({ styleId: entityId });

export const jobParamsSchema = z.object({ jobId: entityId });

/** Largest import file accepted (a 10,000-entry BibTeX file is about 5 MB). */
export const MAX_IMPORT_BYTES = 50_000_000;
/** Above this many entries, an import runs as a background job. */
export const SYNC_IMPORT_LIMIT = 2000;
/** Above this many entries not yet formatted, an export runs as a background job. */
export const SYNC_EXPORT_COLD_LIMIT = 1500;
