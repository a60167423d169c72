import type { z } from "zod";
import { readCursor } from "@/lib/db/keyset";
import { AppError } from "@/lib/errors/app-error";

// Cursors read from a request: the API's `cursor` query parameter, a page's address. Cursors are
// written, and lists paged, by lib/db/keyset.ts; the page parameters' schema is
// lib/validation/page-query.ts, shared with the features' list schemas.

/** The keyset position of the API's `cursor` parameter; one this API did not issue is INVALID_INPUT (400). */
export function decodeCursor<T>(cursor: string | undefined, schema: z.ZodType<T>): T | undefined {
  if (cursor === undefined) return undefined;
  try {
    return schema.parse(readCursor(cursor));
  } catch {
    throw new AppError("INVALID_INPUT", "The cursor is not valid: use the nextCursor of a previous page.", {
      cursor: ["Not a cursor this API issued"],
    });
  }
}

/**
 * A page's cursor from its address: one that cannot be read (edited by hand, an old link) starts
 * the list from its first page rather than failing the page (the API answers 400 instead).
 */
export function pageCursor<T>(value: string | string[] | undefined, schema: z.ZodType<T>): T | undefined {
  try {
    return decodeCursor(typeof value === "string" ? value : undefined, schema);
  } catch {
    return undefined;
  }
}
