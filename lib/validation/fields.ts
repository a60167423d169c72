import { z } from "zod";
import { edtfBounds } from "@/lib/dates/edtf";
import { parseHistoricalDate } from "@/lib/dates/historical-date";

// Field schemas shared by every form, server action and API body, so that a rule and its
// message are written once.

/**
 * Empty text means "no value" (null); an absent field stays undefined, so that a partial update
 * leaves it as it is.
 */
function emptyToNull<T extends string>(value: T | null | undefined): T | null | undefined {
  return value === undefined ? undefined : value || null;
}

/** Optional free text, trimmed. */
export function optionalText(max: number) {
  return z
    .string({ message: "Must be text" })
    .trim()
    .max(max, `At most ${max.toLocaleString("en")} characters`)
    .nullish()
    .transform(emptyToNull);
}

export function requiredText(max: number, message: string) {
  return z
    .string({ message })
    .trim()
    .min(1, message)
    .max(max, `At most ${max.toLocaleString("en")} characters`);
}

/**
 * A date as a historian writes it ("February 1938", "c. 1938", "14 Feb 1938?", "1938–1939") or
 * as EDTF; the output is the EDTF string, or null for an empty field.
 */
export const historicalDate = z
  .string({ message: "Must be text" })
  .trim()
  .max(100, "At most 100 characters")
  .nullish()
  .transform((value, context) => {
    if (value === undefined) return undefined;
    if (!value) return null;
    const parsed = parseHistoricalDate(value);
    if (!parsed.ok) {
      context.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return parsed.edtf;
  });

/** The columns that store an EDTF value with its sortable bounds (undefined: leave unchanged). */
export function edtfColumns(edtf: string | null | undefined) {
  if (edtf === undefined) return undefined;
  const bounds = edtf ? edtfBounds(edtf) : null;
  return { edtf, start: bounds?.start ?? null, end: bounds?.end ?? null };
}

export const entityId = z.string({ message: "Must be an id" }).min(1, "Must be an id").max(64, "Not an id");

/** The version the editor started from (optimistic concurrency). */
export const version = z.number({ message: "Send the version you edited" }).int().positive();

/** BCP 47-like language tag: ru, fr, en-GB, ru-Latn. */
export const languageTag = z
  .union([
    z.literal(""),
    z
      .string()
      .trim()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "Use a language code such as ru, fr, en or de"),
  ])
  .nullish()
  .transform(emptyToNull);
