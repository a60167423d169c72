// Places readings on a time axis against the date of the source they read. Dates are EDTF
// bounds (first and last day, YYYY-MM-DD), so "February 1938" is a span, not a point.

export interface TimeSpan {
  start: string | null;
  end: string | null;
}

export type TimelineRelation = "before" | "during" | "after" | "undated";

export interface PlacedReading {
  id: string;
  /** Left edge and width in per cent of the axis; null when the reading is undated. */
  offset: number | null;
  width: number;
  relation: TimelineRelation;
  /** In words: "at the time of the source", "57 years after the source". */
  distance: string;
}

export interface Timeline {
  ticks: { label: string; offset: number }[];
  source: { offset: number; width: number } | null;
  readings: PlacedReading[];
}

const DAY = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MAX_TICKS = 8;

function days(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY;
}

interface Range {
  start: number;
  /** The day after the last day, so that a one-day span has a width. */
  end: number;
}

function rangeOf(span: TimeSpan): Range | null {
  if (!span.start || !span.end) return null;
  return { start: days(span.start), end: days(span.end) + 1 };
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/** A gap in days, in the largest unit that still says something: days, weeks, months, years. */
export function gapInWords(gap: number): string {
  if (gap < 14) return plural(Math.max(1, Math.round(gap)), "day");
  if (gap < 61) return plural(Math.round(gap / 7), "week");
  if (gap < 730) return plural(Math.round(gap / 30.44), "month");
  return plural(Math.round(gap / 365.25), "year");
}

function relationTo(
  source: Range | null,
  reading: Range | null,
): Pick<PlacedReading, "relation" | "distance"> {
  if (!reading) return { relation: "undated", distance: "date not known" };
  if (!source) return { relation: "undated", distance: "the source is undated" };
  if (reading.start < source.end && reading.end > source.start) {
    return { relation: "during", distance: "at the time of the source" };
  }
  // Start to start: "57 years after" reads the way a historian would count.
  if (reading.start >= source.end) {
    return { relation: "after", distance: `${gapInWords(reading.start - source.start)} after the source` };
  }
  return { relation: "before", distance: `${gapInWords(source.start - reading.start)} before the source` };
}

function yearOf(day: number): number {
  return new Date(day * DAY).getUTCFullYear();
}

function ticksFor(domain: Range): { label: string; day: number }[] {
  const span = domain.end - domain.start;
  if (span > 2 * 365) {
    const first = yearOf(domain.start);
    const last = yearOf(domain.end);
    const step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].find(
      (candidate) => (last - first) / candidate <= MAX_TICKS,
    )!;
    const ticks = [];
    for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
      const day = Date.UTC(year, 0, 1) / DAY;
      if (day >= domain.start && day <= domain.end) ticks.push({ label: String(year), day });
    }
    return ticks;
  }
  const startDate = new Date(domain.start * DAY);
  const months = Math.ceil(span / 30.44);
  const step = [1, 2, 3, 6, 12].find((candidate) => months / candidate <= MAX_TICKS)!;
  const ticks = [];
  for (let index = 1; index <= months + 1; index++) {
    const date = new Date(Date.UTC(startDate.getUTCFullYear(), startDate.getUTCMonth() + index, 1));
    const day = date.getTime() / DAY;
    if (day > domain.end) break;
    if (date.getUTCMonth() % step === 0) {
      ticks.push({ label: `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`, day });
    }
  }
  return ticks;
}

/**
 * The axis runs from the earliest to the latest date among the source and its readings, with a
 * margin; each dated reading gets its span on it and its distance from the source in words.
 */
export function placeReadings(source: TimeSpan, readings: readonly ({ id: string } & TimeSpan)[]): Timeline {
  const sourceRange = rangeOf(source);
  const ranges = readings.map((reading) => ({ id: reading.id, range: rangeOf(reading) }));
  const dated = [sourceRange, ...ranges.map((item) => item.range)].filter((range): range is Range =>
    Boolean(range),
  );
  if (dated.length === 0) {
    return {
      ticks: [],
      source: null,
      readings: ranges.map(({ id, range }) => ({
        id,
        offset: null,
        width: 0,
        ...relationTo(sourceRange, range),
      })),
    };
  }
  const earliest = Math.min(...dated.map((range) => range.start));
  const latest = Math.max(...dated.map((range) => range.end));
  const margin = Math.max(15, (latest - earliest) * 0.03);
  const domain = { start: earliest - margin, end: latest + margin };
  const length = domain.end - domain.start;
  const place = (range: Range) => ({
    offset: ((range.start - domain.start) / length) * 100,
    width: ((range.end - range.start) / length) * 100,
  });
  return {
    ticks: ticksFor(domain).map((tick) => ({
      label: tick.label,
      offset: ((tick.day - domain.start) / length) * 100,
    })),
    source: sourceRange && place(sourceRange),
    readings: ranges.map(({ id, range }) => ({
      id,
      ...(range ? place(range) : { offset: null, width: 0 }),
      ...relationTo(sourceRange, range),
    })),
  };
}
