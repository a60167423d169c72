import { z } from "zod";
import { CITATION_LOCALES } from "@/lib/citations/schema";
import { entityId, optionalText, requiredText, version } from "@/lib/validation/fields";

export const POINT_KINDS = ["section", "claim", "prose"] as const;
export type PointKind = (typeof POINT_KINDS)[number];
export const QUOTE_MODES = ["none", "translation", "original", "both"] as const;
export type QuoteMode = (typeof QUOTE_MODES)[number];
/** An outline nests at most six levels (a CHECK constraint in the database says the same). */
export const MAX_DEPTH = 5;
export const MAX_POINTS = 2000;

export const QUOTE_LABEL: Record<QuoteMode, string> = {
  none: "No quotation",
  translation: "Quote the translation",
  original: "Quote the original",
  both: "Original beside the translation",
};

const argumentFields = z.object({
  title: requiredText(300, "Give the argument a title"),
  description: optionalText(2000),
});
export const argumentFieldsSchema = argumentFields;
export type ArgumentFields = z.infer<typeof argumentFieldsSchema>;
export const createArgumentSchema = argumentFields.extend({ projectId: entityId });
export const updateArgumentSchema = argumentFields.partial().extend({ version });
export type UpdateArgumentInput = z.infer<typeof updateArgumentSchema>;
export const updateArgumentActionSchema = updateArgumentSchema.extend({ argumentId: entityId });
export const deleteArgumentSchema = z.object({ argumentId: entityId });

const depth = z
  .number({ message: "Depth must be a number" })
  .int("Depth must be a whole number")
  .min(0, "Depth starts at 0")
  .max(MAX_DEPTH, `An outline nests at most ${MAX_DEPTH + 1} levels`);

const pointFields = z.object({
  text: z.string({ message: "Must be text" }).trim().max(20_000, "At most 20,000 characters"),
  claimId: entityId.nullable(),
  evidenceIds: z.array(entityId).max(50, "At most 50 pieces of evidence in one point"),
  citeContrary: z.boolean({ message: "Use true or false" }),
  quote: z.enum(QUOTE_MODES, { message: `quote must be one of ${QUOTE_MODES.join(", ")}` }),
});

/** A new point: a section needs a heading, a claim point its claim, prose its text. */
export const pointFieldsSchema = pointFields
  .partial()
  .extend({
    kind: z.enum(POINT_KINDS, { message: `kind must be one of ${POINT_KINDS.join(", ")}` }),
    depth: depth.optional(),
    /** Where it goes: after this point (absent: at the end). */
    afterPointId: entityId.nullish(),
  })
  .superRefine((point, context) => {
    if (point.kind === "claim" && !point.claimId)
      context.addIssue({ code: "custom", path: ["claimId"], message: "Choose the claim this point makes" });
    if (point.kind !== "claim" && !point.text)
      context.addIssue({
        code: "custom",
        path: ["text"],
        message: point.kind === "section" ? "Give the section a heading" : "Write the point",
      });
  });
export type PointFields = z.infer<typeof pointFieldsSchema>;
export const createPointActionSchema = z.object({ argumentId: entityId }).and(pointFieldsSchema);

export const updatePointSchema = pointFields.partial().extend({ version });
export type UpdatePointInput = z.infer<typeof updatePointSchema>;
export const updatePointActionSchema = updatePointSchema.extend({ pointId: entityId });
export const deletePointSchema = z.object({ pointId: entityId });

/**
 * The outline's order and nesting, whole: every point of the argument once, the first at depth
 * 0, none more than one level deeper than the point above it. Sent with the argument's version.
 */
export const outlineSchema = z.object({
  version,
  points: z
    .array(z.object({ id: entityId, depth }))
    .max(MAX_POINTS, `An argument has at most ${MAX_POINTS} points`)
    .superRefine((points, context) => {
      const ids = new Set<string>();
      points.forEach((point, index) => {
        if (ids.has(point.id))
          context.addIssue({ code: "custom", path: [index, "id"], message: "A point appears twice" });
        ids.add(point.id);
        const above = index === 0 ? -1 : points[index - 1]!.depth;
        if (point.depth > above + 1)
          context.addIssue({
            code: "custom",
            path: [index, "depth"],
            message: "A point can be at most one level deeper than the one above it",
          });
      });
    }),
});
export type OutlineInput = z.infer<typeof outlineSchema>;
export const outlineActionSchema = outlineSchema.extend({ argumentId: entityId });

export const ARGUMENT_EXPORT_FORMATS = ["docx", "odt", "markdown"] as const;
export type ArgumentExportFormat = (typeof ARGUMENT_EXPORT_FORMATS)[number];
export const ARGUMENT_FORMAT_LABEL: Record<ArgumentExportFormat, string> = {
  docx: "Word (.docx)",
  odt: "LibreOffice (.odt)",
  markdown: "Markdown (Pandoc footnotes)",
};

const flag = (fallback: boolean) =>
  z
    .enum(["true", "false"], { message: "Use true or false" })
    .default(fallback ? "true" : "false")
    .transform((value) => value === "true");

/** GET /arguments/{id}/export: a bare URL gives Word with Chicago notes. */
export const argumentExportQuerySchema = z.object({
  format: z
    .enum(ARGUMENT_EXPORT_FORMATS, { message: `format must be one of ${ARGUMENT_EXPORT_FORMATS.join(", ")}` })
    .default("docx"),
  style: z
    .string()
    .trim()
    .min(1, "Name a citation style")
    .max(300, "At most 300 characters")
    .regex(/^[\w.:/-]+$/, "A style id looks like chicago-fullnote-bibliography")
    .optional(),
  locale: z
    .enum(CITATION_LOCALES, { message: `locale must be one of ${CITATION_LOCALES.join(", ")}` })
    .default("en-US"),
  /** The "evidence check" appendix: each cited claim's single-origin and no-primary-source warnings. */
  evidenceCheck: flag(true),
  bibliography: flag(true),
  async: flag(false),
});
export type ArgumentExportQuery = z.infer<typeof argumentExportQuerySchema>;
