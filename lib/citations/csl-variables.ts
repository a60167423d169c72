import type { CslItem } from "./render";

// Facts about CSL-JSON items shared by the export and import formats.

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  "non-dropping-particle"?: string;
  "dropping-particle"?: string;
  suffix?: string;
}

export interface CslDate {
  "date-parts"?: (number | string)[][];
  circa?: boolean | number | string;
  season?: number | string;
  literal?: string;
  raw?: string;
}

export const NAME_VARIABLES = [
  "author",
  "editor",
  "translator",
  "recipient",
  "interviewer",
  "container-author",
  "collection-editor",
  "reviewed-author",
  "composer",
  "director",
  "illustrator",
  "original-author",
  "editorial-director",
  "chair",
  "compiler",
  "contributor",
  "curator",
  "executive-producer",
  "guest",
  "host",
  "narrator",
  "organizer",
  "performer",
  "producer",
  "script-writer",
  "series-creator",
] as const;

export const DATE_VARIABLES = [
  "issued",
  "accessed",
  "original-date",
  "event-date",
  "submitted",
  "available-date",
] as const;

/** Variables that are bookkeeping, not bibliographic data: never reported as lost. */
export const INTERNAL_VARIABLES = new Set(["id", "citation-key", "citation-label", "_quotedIn"]);

export function names(item: CslItem, variable: string): CslName[] {
  const value = item[variable];
  return Array.isArray(value) ? (value as CslName[]) : [];
}

export function text(item: CslItem, variable: string): string | null {
  const value = item[variable];
  if (typeof value === "string") return value.trim() ? value : null;
  if (typeof value === "number") return String(value);
  return null;
}

export function date(item: CslItem, variable: string): CslDate | null {
  const value = item[variable];
  return value && typeof value === "object" && !Array.isArray(value) ? (value as CslDate) : null;
}

/** Date parts as numbers: [[1938, 2, 14]] (CSL allows strings); null when there are none. */
export function dateParts(value: CslDate | null): number[][] | null {
  const parts = value?.["date-parts"];
  if (!Array.isArray(parts) || parts.length === 0) return null;
  const numeric = parts.map((part) => (Array.isArray(part) ? part.map((n) => Number(n)) : []));
  if (numeric.some((part) => part.length === 0 || part.some((n) => !Number.isFinite(n)))) return null;
  return numeric;
}

export function isCirca(value: CslDate | null): boolean {
  const circa = value?.circa;
  return circa === true || circa === 1 || circa === "1" || circa === "true";
}

/** "1938-02-14", "1938-02", "1938/1939", "1938~" (EDTF as biblatex and the app read it), or null. */
export function dateToEdtf(value: CslDate | null): string | null {
  const parts = dateParts(value);
  if (!parts) return null;
  const one = (part: number[]) =>
    [String(part[0]).padStart(4, "0"), ...part.slice(1, 3).map((n) => String(n).padStart(2, "0"))].join("-");
  const edtf = parts.slice(0, 2).map(one).join("/");
  return isCirca(value) ? `${edtf}~` : edtf;
}

/** The inverse of dateToEdtf, for what it writes (and plain years). */
export function edtfToDate(edtf: string): CslDate | null {
  const trimmed = edtf.trim();
  const circa = /[~%]$/.test(trimmed);
  const uncertain = /\?$/.test(trimmed);
  const body = trimmed.replace(/[~%?]$/, "");
  const ends = body.split("/");
  if (ends.length > 2) return null;
  const parts: number[][] = [];
  for (const end of ends) {
    const match = /^(-?\d{1,4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(end);
    if (!match) return null;
    parts.push(match.slice(1).filter(Boolean).map(Number));
  }
  return { "date-parts": parts, ...(circa || uncertain ? { circa: true } : {}) };
}

/** "Family, Given" or the literal name: for messages and keys. */
export function displayName(name: CslName): string {
  if (name.literal) return name.literal;
  const family = [name["non-dropping-particle"], name.family].filter(Boolean).join(" ");
  return [family, name.given].filter(Boolean).join(", ");
}

export function firstCreator(item: CslItem): CslName | null {
  for (const variable of ["author", "editor", "translator", "director", "composer"]) {
    const list = names(item, variable);
    if (list.length) return list[0]!;
  }
  return null;
}

export function year(item: CslItem): number | null {
  const parts = dateParts(date(item, "issued"));
  return parts?.[0]?.[0] ?? null;
}

/** Variables that hold data (everything but bookkeeping), present and non-empty in the item. */
export function presentVariables(item: CslItem): string[] {
  return Object.entries(item)
    .filter(([key, value]) => {
      if (INTERNAL_VARIABLES.has(key) || key === "type") return false;
      if (value === undefined || value === null || value === "") return false;
      if (Array.isArray(value)) return value.length > 0;
      return true;
    })
    .map(([key]) => key);
}
