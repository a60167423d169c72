import { AppError } from "@/lib/errors/app-error";

// PostgreSQL's text cannot hold a NUL character (U+0000), and a lone UTF-16 surrogate is not
// Unicode at all: either would fail deep inside a write as a 500. Every boundary (API routes,
// server actions, imports) refuses them first, naming the field.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Nesting deeper than any of our inputs: refused before a walk could overflow the stack. */
export const MAX_INPUT_DEPTH = 64;

/** Why a text cannot be stored, or null when it can. */
export function unstorableReason(text: string): string | null {
  if (text.includes("\u0000")) return "Contains a NUL character (U+0000), which text cannot hold";
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) {
    const code = surrogate[0].charCodeAt(0).toString(16).toUpperCase();
    return `Contains a lone surrogate (U+${code}), which is not valid Unicode`;
  }
  return null;
}

export interface UnstorableText {
  /** The field's path, dot-separated ("contributors.0.family"); "_" for the input itself. */
  field: string;
  reason: string;
}

/** The first string (value or key) of an input that cannot be stored, or null. */
export function findUnstorableText(value: unknown, path: (string | number)[] = []): UnstorableText | null {
  const field = () => (path.length ? path.join(".") : "_");
  if (typeof value === "string") {
    const reason = unstorableReason(value);
    return reason ? { field: field(), reason } : null;
  }
  if (value === null || typeof value !== "object") return null;
  if (path.length >= MAX_INPUT_DEPTH) {
    return { field: field(), reason: `Nested more than ${MAX_INPUT_DEPTH} levels deep` };
  }
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
  for (const [key, item] of entries) {
    if (typeof key === "string") {
      const reason = unstorableReason(key);
      if (reason) return { field: [...path, "(a key)"].join("."), reason };
    }
    const found = findUnstorableText(item, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** Throws INVALID_INPUT naming the field when any text of the input cannot be stored. */
export function assertStorableText(value: unknown, what = "input"): void {
  const found = findUnstorableText(value);
  if (!found) return;
  const where = found.field === "_" ? "" : `${found.field}: `;
  throw new AppError("INVALID_INPUT", `Invalid ${what}: ${where}${found.reason}.`, {
    [found.field]: [found.reason],
  });
}
