import { z } from "zod";
import { entityId, languageTag, optionalText, requiredText, version } from "@/lib/validation/fields";

export const translationSchema = z.object({
  language: z
    .string({ message: "Give the translation's language" })
    .trim()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "Use a language code such as en, fr or de"),
  text: requiredText(50_000, "The translation is empty"),
  translator: optionalText(200),
  note: optionalText(5000),
});

const passageFields = z.object({
  text: requiredText(50_000, "Paste or type the passage in its original language"),
  language: languageTag,
  page: optionalText(50),
  folio: optionalText(50),
  column: optionalText(50),
  paragraph: optionalText(50),
  note: optionalText(20_000),
  translations: z.array(translationSchema).max(20, "At most 20 translations"),
});

export const passageFieldsSchema = passageFields.extend({
  translations: passageFields.shape.translations.default([]),
  /** Regions of the source's photos the passage is transcribed from, in reading order. */
  regionIds: z.array(entityId).max(20, "At most 20 regions").default([]),
});
export type PassageFields = z.infer<typeof passageFieldsSchema>;
export const updatePassageSchema = passageFields.partial().extend({ version });
export type UpdatePassageInput = z.infer<typeof updatePassageSchema>;

export const createPassageSchema = passageFieldsSchema.extend({ sourceId: entityId });
export const updatePassageActionSchema = updatePassageSchema.extend({ passageId: entityId });
export const deletePassageSchema = z.object({ passageId: entityId });
