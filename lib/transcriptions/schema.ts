import { z } from "zod";
import { entityId } from "@/lib/validation/fields";

/** Transcribe a photo, or one of its regions, by OCR, in a language (else the source's). */
// Strict: every field is optional, so a misspelt one ("lang") must not start a job in English.
export const startTranscriptionSchema = z.strictObject({
  regionId: entityId.optional(),
  /** BCP 47: "en", "fr", "de", "ru" … */
  language: z
    .string({ message: "language is a language tag such as en, fr, de or ru" })
    .trim()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "language is a language tag such as en, fr, de or ru")
    .optional(),
});
export type StartTranscriptionInput = z.infer<typeof startTranscriptionSchema>;

/** A line OCR read: its text, how sure it was (0–100), and its box in the photo's pixels. */
export interface OcrLine {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}
