import { z } from "zod";
import { NAME_VARIABLES } from "./csl-variables";
import type { ParsedEntry } from "./import-types";
import type { CslItem } from "./render";

// CSL-JSON, the format Zotero exports and the one that carries everything: an array of items.
// Reading scans the array element by element, so that one broken item is reported with its line
// while the others are read.

const nameSchema = z.looseObject({
  family: z.string().optional(),
  given: z.string().optional(),
  literal: z.string().optional(),
});
const dateSchema = z.looseObject({
  "date-parts": z.array(z.array(z.union([z.number(), z.string()]))).optional(),
  literal: z.string().optional(),
  raw: z.string().optional(),
});

const itemSchema = z
  .looseObject({
    type: z.string({ message: "has no type (every CSL item needs one, e.g. book)" }).min(1),
    id: z.union([z.string(), z.number()]).optional(),
    issued: dateSchema.optional(),
    accessed: dateSchema.optional(),
  })
  .superRefine((item, context) => {
    for (const variable of NAME_VARIABLES) {
      const value = (item as Record<string, unknown>)[variable];
      if (value === undefined) continue;
      if (!z.array(nameSchema).safeParse(value).success) {
        context.addIssue({
          code: "custom",
          message: `${variable} must be a list of names`,
          path: [variable],
        });
      }
    }
  });

function lineAt(input: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < input.length; i++) if (input.charCodeAt(i) === 10) line++;
  return line;
}

/** The top-level elements of a JSON array, as text with their offsets (no parsing yet). */
function arrayElements(input: string): { text: string; offset: number }[] | null {
  const start = input.search(/\S/);
  if (start < 0 || input[start] !== "[") return null;
  const elements: { text: string; offset: number }[] = [];
  let depth = 0;
  let inString = false;
  let elementStart = -1;
  for (let i = start + 1; i < input.length; i++) {
    const char = input[i]!;
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (elementStart < 0 && !/\s/.test(char) && char !== "," && !(char === "]" && depth === 0))
      elementStart = i;
    if (char === '"') inString = true;
    else if (char === "{" || char === "[") depth++;
    else if (char === "}" || char === "]") {
      if (depth === 0) {
        if (elementStart >= 0) elements.push({ text: input.slice(elementStart, i), offset: elementStart });
        return elements;
      }
      depth--;
    } else if (char === "," && depth === 0) {
      if (elementStart >= 0) elements.push({ text: input.slice(elementStart, i), offset: elementStart });
      elementStart = -1;
    }
  }
  if (elementStart >= 0) elements.push({ text: input.slice(elementStart), offset: elementStart });
  return elements;
}

function jsonErrorMessage(error: unknown, input: string, offset: number): { message: string; line: number } {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(raw);
  const line = lineAt(input, offset + (position ? Number(position[1]) : 0));
  const reason = raw.replace(/ in JSON at position \d+.*$/, "").replace(/, .*is not valid JSON$/s, "");
  return { line, message: `Invalid JSON on line ${line}: ${reason}.` };
}

export function parseCslJson(input: string): ParsedEntry[] {
  const trimmed = input.replace(/^\uFEFF/, "");
  const elements = arrayElements(trimmed);
  if (!elements) {
    // A single item, or not CSL-JSON at all.
    try {
      const value = JSON.parse(trimmed) as unknown;
      const list = Array.isArray((value as { items?: unknown })?.items)
        ? (value as { items: unknown[] }).items
        : [value];
      return list.map((entry, index) => checkItem(entry, index, 1));
    } catch (error) {
      const { message, line } = jsonErrorMessage(error, trimmed, 0);
      return [{ index: 0, line, label: null, ok: false, error: message }];
    }
  }
  return elements.map((element, index) => {
    const line = lineAt(trimmed, element.offset);
    try {
      return checkItem(JSON.parse(element.text), index, line);
    } catch (error) {
      const { message, line: errorLine } = jsonErrorMessage(error, trimmed, element.offset);
      return { index, line: errorLine, label: null, ok: false as const, error: message };
    }
  });
}

function checkItem(value: unknown, index: number, line: number): ParsedEntry {
  const label =
    value && typeof value === "object" && "id" in value ? String((value as { id: unknown }).id) : null;
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return { index, line, label, ok: false, error: `Line ${line}: an item must be a JSON object.` };
  }
  const parsed = itemSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length && issue.path[0] !== "type" ? `${issue.path.join(".")}: ` : "";
    return { index, line, label, ok: false, error: `Line ${line}: the item ${where}${issue.message}.` };
  }
  const item = { ...(parsed.data as Record<string, unknown>) } as CslItem;
  item.id = label ?? "";
  return { index, line, label, ok: true, item };
}

/** The items as CSL-JSON (everything recorded; nothing is lost in this format). */
export function toCslJson(items: CslItem[]): string {
  return `${JSON.stringify(
    items.map((item) => {
      const { _quotedIn: _ignored, ...rest } = item as CslItem & { _quotedIn?: unknown };
      return rest;
    }),
    null,
    2,
  )}\n`;
}
