// Extended Date/Time Format (EDTF, ISO 8601-2) as historians use it: 1938, 1938-02, 1938-02-14,
// with ? (uncertain), ~ (approximate) or % (both), and intervals such as 1938/1939.

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const DATE = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([?~%])?$/;

interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
  qualifier?: "?" | "~" | "%";
}

function parseDate(value: string): ParsedDate | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const [, year, month, day, qualifier] = match;
  const parsed: ParsedDate = { year: Number(year) };
  if (month) {
    const m = Number(month);
    if (m < 1 || m > 12) return null;
    parsed.month = m;
  }
  if (day) {
    const d = Number(day);
    if (d < 1 || d > daysInMonth(parsed.year, parsed.month!)) return null;
    parsed.day = d;
  }
  if (qualifier) parsed.qualifier = qualifier as ParsedDate["qualifier"];
  return parsed;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dateInWords(date: ParsedDate): string {
  const parts = [
    date.day,
    date.month ? MONTHS[date.month - 1] : undefined,
    date.year < 0 ? `${-date.year} BCE` : date.year,
  ];
  const text = parts.filter((part) => part !== undefined).join(" ");
  switch (date.qualifier) {
    case "~":
      return `c. ${text}`;
    case "?":
      return `${text}?`;
    case "%":
      return `c. ${text}?`;
    default:
      return text;
  }
}

/** An EDTF value in words: "1938-02" → "February 1938", "1938~" → "c. 1938". Unknown input is returned as is. */
export function formatEdtf(value: string): string {
  const [start, end, ...rest] = value.split("/");
  if (rest.length) return value;
  if (end === undefined) {
    const date = parseDate(start!);
    return date ? dateInWords(date) : value;
  }
  const from = start === ".." || start === "" ? null : parseDate(start!);
  const to = end === ".." || end === "" ? null : parseDate(end);
  if ((start && start !== ".." && !from) || (end && end !== ".." && !to)) return value;
  if (from && to) {
    const bothPlainYears = !from.month && !to.month && !from.qualifier && !to.qualifier;
    return bothPlainYears ? `${from.year}–${to.year}` : `${dateInWords(from)} – ${dateInWords(to)}`;
  }
  if (from) return `from ${dateInWords(from)}`;
  if (to) return `until ${dateInWords(to)}`;
  return value;
}

/** The first and last day an EDTF value can denote, for sorting and range filters (UTC dates). */
export function edtfBounds(value: string): { start: Date; end: Date } | null {
  const [start, end, ...rest] = value.split("/");
  if (rest.length) return null;
  const from = start && start !== ".." ? parseDate(start) : null;
  const to = end === undefined ? from : end && end !== ".." ? parseDate(end) : null;
  if ((start && start !== ".." && !from) || (end && end !== ".." && !to) || (!from && !to)) return null;
  const first = from ?? to!;
  const last = to ?? from!;
  return {
    start: new Date(Date.UTC(first.year, (first.month ?? 1) - 1, first.day ?? 1)),
    end: new Date(
      Date.UTC(last.year, (last.month ?? 12) - 1, last.day ?? daysInMonth(last.year, last.month ?? 12)),
    ),
  };
}
