import { z } from "zod";
import { entityId, requiredText, version } from "@/lib/validation/fields";
import { pageQuerySchema } from "@/lib/validation/page-query";

export const ANNOTATION_TARGETS = ["claim", "source", "passage", "reading", "evidence"] as const;
export type AnnotationTargetKind = (typeof ANNOTATION_TARGETS)[number];
export const VISIBILITIES = ["private", "shared"] as const;

const visibility = z.enum(VISIBILITIES, { message: "Visibility is private or shared" });
const body = requiredText(20_000, "Write the note");

export const annotationTargetSchema = z.object({
  kind: z.enum(ANNOTATION_TARGETS, { message: `The target is one of ${ANNOTATION_TARGETS.join(", ")}` }),
  id: entityId,
});

/** A span of a passage's text: the quote and some context either side (see anchoring.ts). */
export const textSelectorSchema = z.object({
  exact: z.string().min(1, "Select some text").max(5000, "Select at most 5,000 characters"),
  prefix: z.string().max(200).default(""),
  suffix: z.string().max(200).default(""),
  start: z.number().int().min(0),
});

export const createAnnotationSchema = z.object({
  target: annotationTargetSchema,
  body,
  visibility: visibility.default("private"),
  selector: textSelectorSchema.optional(),
});
export type CreateAnnotationInput = z.infer<typeof createAnnotationSchema>;

export const replySchema = z.object({ body });
export const updateAnnotationSchema = z.object({ body, visibility }).partial().extend({ version });
export type UpdateAnnotationInput = z.infer<typeof updateAnnotationSchema>;

export const annotationListQuerySchema = pageQuerySchema.extend({
  targetKind: z.enum(ANNOTATION_TARGETS).optional(),
  targetId: entityId.optional(),
});

export const myAnnotationsQuerySchema = z.object({
  projectId: entityId.optional(),
  visibility: visibility.optional(),
  kind: z.enum(ANNOTATION_TARGETS).optional(),
  q: z.string().trim().max(200).optional(),
  format: z.enum(["json", "markdown"]).default("json"),
});
export type MyAnnotationsQuery = z.infer<typeof myAnnotationsQuerySchema>;

/** GET /annotations/mine: the filters, and a page (the JSON list; the Markdown export ignores it). */
export const myAnnotationsListQuerySchema = myAnnotationsQuerySchema.extend(pageQuerySchema.shape);

/** The keyset position of a note in the "my notes" pages: newest first, by time then id. */
export const noteCursorSchema = z.object({ createdAt: z.iso.datetime(), id: z.string().max(64) });
export type NoteCursor = z.infer<typeof noteCursorSchema>;

export const createAnnotationActionSchema = createAnnotationSchema.extend({ projectId: entityId });
export const replyActionSchema = replySchema.extend({ annotationId: entityId });
export const updateAnnotationActionSchema = updateAnnotationSchema.extend({ annotationId: entityId });
export const deleteAnnotationSchema = z.object({ annotationId: entityId });
