// Extended Date/Time Format (EDTF, ISO 8601-2) as historians use it: 1938, 1938-02, 1938-02-14,
// with ? (uncertain), ~ (approximate) or % (both), seasons (1938-21 = spring 1938), decades (193X),
// and intervals such as 1938/1939. parseHistoricalDate (./historical-date) reads the words back.

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

// EDTF numbers the seasons 21–24 in the month position.
const SEASONS = ["spring", "summer", "autumn", "winter"];
const FIRST_SEASON = 21;

const DATE = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([?~%])?$/;
// Only the decade's last digit may be unspecified; qualifiers are not combined with it (EDTF level 1).
const DECADE = /^(\d{3})X$/;

type Qualifier = "?" | "~" | "%";

type ParsedDate =
  | { kind: "date"; year: number; month?: number; day?: number; qualifier?: Qualifier }
  | { kind: "season"; year: number; season: number; qualifier?: Qualifier }
  | { kind: "decade"; firstYear: number };

function parseDate(value: string): ParsedDate | null {
  const decade = DECADE.exec(value);
  if (decade) return { kind: "decade", firstYear: Number(decade[1]) * 10 };
  const match = DATE.exec(value);
  if (!match) return null;
  const [, yearText, monthText, dayText, qualifierText] = match;
  const year = Number(yearText);
  const qualifier = qualifierText as Qualifier | undefined;
  const month = monthText ? Number(monthText) : undefined;
  if (month !== undefined && !dayText && month >= FIRST_SEASON && month < FIRST_SEASON + SEASONS.length) {
    return { kind: "season", year, season: month, qualifier };
  }
  if (month !== undefined && (month < 1 || month > 12)) return null;
  const day = dayText ? Number(dayText) : undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return null;
  return { kind: "date", year, month, day, qualifier };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of the proleptic Gregorian calendar, as ISO 8601 counts. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes them literally.
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function yearInWords(year: number): string {
  return year < 0 ? `${-year} BCE` : String(year);
}

function seasonName(season: number): string {
  return SEASONS[season - FIRST_SEASON]!;
}

function dateInWords(date: ParsedDate): string {
  if (date.kind === "decade") return `${yearInWords(date.firstYear)}s`;
  const text =
    date.kind === "season"
      ? `${seasonName(date.season)} ${yearInWords(date.year)}`
      : [date.day, date.month ? MONTHS[date.month - 1] : undefined, yearInWords(date.year)]
          .filter((part) => part !== undefined)
          .join(" ");
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

/** "February–March 1938" rather than "February 1938 – March 1938", when the shared part can be said once. */
function compactIntervalInWords(from: ParsedDate, to: ParsedDate): string | null {
  if (from.kind === "decade" || to.kind === "decade" || from.qualifier || to.qualifier) return null;
  if (from.kind === "season" && to.kind === "season") {
    if (from.year !== to.year) return null;
    return `${seasonName(from.season)}–${seasonName(to.season)} ${yearInWords(to.year)}`;
  }
  if (from.kind !== "date" || to.kind !== "date") return null;
  if (!from.month && !to.month) return `${yearInWords(from.year)}–${yearInWords(to.year)}`;
  if (from.year !== to.year || !from.month || !to.month) return null;
  const year = yearInWords(to.year);
  const fromMonth = MONTHS[from.month - 1];
  const toMonth = MONTHS[to.month - 1];
  if (!from.day && !to.day) return `${fromMonth}–${toMonth} ${year}`;
  if (!from.day || !to.day) return null;
  if (from.month === to.month) return `${from.day}–${to.day} ${toMonth} ${year}`;
  return `${from.day} ${fromMonth} – ${to.day} ${toMonth} ${year}`;
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
  if (from && to) return compactIntervalInWords(from, to) ?? `${dateInWords(from)} – ${dateInWords(to)}`;
  if (from) return `from ${dateInWords(from)}`;
  if (to) return `until ${dateInWords(to)}`;
  return value;
}

function dateBounds(date: ParsedDate): { start: Date; end: Date } {
  if (date.kind === "decade") {
    return { start: utcDate(date.firstYear, 1, 1), end: utcDate(date.firstYear + 9, 12, 31) };
  }
  if (date.kind === "season") {
    // Meteorological seasons of the northern hemisphere: spring is March–May, and winter runs from
    // December into February of the next year.
    const firstMonth = 3 + (date.season - FIRST_SEASON) * 3;
    const lastMonthCounted = firstMonth + 2;
    const endYear = date.year + Math.floor((lastMonthCounted - 1) / 12);
    const endMonth = ((lastMonthCounted - 1) % 12) + 1;
    return {
      start: utcDate(date.year, firstMonth, 1),
      end: utcDate(endYear, endMonth, daysInMonth(endYear, endMonth)),
    };
  }
  const lastMonth = date.month ?? 12;
  return {
    start: utcDate(date.year, date.month ?? 1, date.day ?? 1),
    end: utcDate(date.year, lastMonth, date.day ?? daysInMonth(date.year, lastMonth)),
  };
}

/** The first and last day an EDTF value can denote, for sorting and range filters (UTC dates). */
export function edtfBounds(value: string): { start: Date; end: Date } | null {
  const [start, end, ...rest] = value.split("/");
  if (rest.length) return null;
  const from = start && start !== ".." ? parseDate(start) : null;
  const to = end === undefined ? from : end && end !== ".." ? parseDate(end) : null;
  if ((start && start !== ".." && !from) || (end && end !== ".." && !to) || (!from && !to)) return null;
  return { start: dateBounds(from ?? to!).start, end: dateBounds(to ?? from!).end };
}
