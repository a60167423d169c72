// Reads dates as historians type them ("14 Feb 1938", "c. 1938", "Feb–Mar 1938", "14 февраля 1938 г.")
// into EDTF (ISO 8601-2), the form dates are stored in. formatEdtf (./edtf) writes EDTF back as words
// that this parser reads again to the same value.
//
// Decisions:
// - Numeric dates are read day first, as in Europe and Britain: "03/02/1938" is 3 February 1938. A
//   "month" above 12 ("02/14/1938") is reported rather than silently swapped.
// - Square brackets mark a date the cataloguer supplied; it is still asserted, so "[1938]" is "1938",
//   not "1938?".
// - Years have four digits, or three for the first millennium ("938" is 0938). Two-digit years are
//   refused: "38" could be 1838, 1938 or 2038.
// - A hyphen between a four-digit year and two digits is ISO year-month ("1938-02"), never a range.
// - Years before the common era are not read (yet).

import { daysInMonth, edtfBounds, formatEdtf } from "./edtf";

export type ParsedHistoricalDate = { ok: true; edtf: string } | { ok: false; error: string };

const EXAMPLES = "“14 February 1938”, “c. 1938” or “1938–1939”";

/** A date whose problem can be named precisely ("February 1938 has no day 31"). */
class InvalidDate extends Error {}

/** One end of a range, or a single date, as read so far. */
interface Point {
  year?: number; // absent only at the start of a range that shares it: "14–16 February 1938"
  month?: number;
  day?: number;
  season?: number; // EDTF's 21–24: spring, summer, autumn, winter
  decade?: number; // 193 for the 1930s
  uncertain: boolean;
  approximate: boolean;
}

// Lower case, without abbreviation dots: English, French, German, Russian (nominative and genitive).
const MONTH_WORDS = [
  "january jan janvier janv januar jänner январь января янв",
  "february feb febr février fevrier févr fevr februar февраль февраля фев февр",
  "march mar mars märz marz maerz mär март марта мар",
  "april apr avril avr апрель апреля апр",
  "may mai май мая",
  "june jun juin juni июнь июня июн",
  "july jul juillet juil juli июль июля июл",
  "august aug août aout август августа авг",
  "september sep sept septembre сентябрь сентября сен сент",
  "october oct octobre oktober okt октябрь октября окт",
  "november nov novembre ноябрь ноября ноя нояб",
  "december dec décembre decembre déc dezember dez декабрь декабря дек",
];
const SEASON_WORDS = [
  "spring printemps frühling frühjahr весна",
  "summer été ete sommer лето",
  "autumn fall automne herbst осень",
  "winter hiver зима",
];
const FIRST_SEASON = 21;

function wordTable(groups: string[], firstNumber: number): Map<string, number> {
  return new Map(
    groups.flatMap((words, index) => words.split(" ").map((word) => [word, firstNumber + index])),
  );
}
const MONTH_NUMBERS = wordTable(MONTH_WORDS, 1);
const SEASON_NUMBERS = wordTable(SEASON_WORDS, FIRST_SEASON);

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er|\.)?`; // 14th, 1er, German "14."
const WORD = String.raw`(\p{L}+)\.?`; // a month or season, perhaps abbreviated "Feb."
const phrase = (pattern: string) => new RegExp(`^${pattern}$`, "u");

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;
const ISO_DECADE = /^(\d{3})x([?~%])?$/;
const NUMERIC_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{1,4})$/; // 14.2.1938, 14/02/1938, 14-02-1938
const NUMERIC_MONTH = /^(\d{1,2})[./](\d{3,4})$/; // 02/1938
const DECADE = /^(?:the )?(\d{2,3})0['’]?s$/;
const YEAR = /^(\d{3,4})$/;
const DAY_MONTH_YEAR = phrase(`${DAY} (?:of )?${WORD} (\\d{1,4})`);
const MONTH_DAY_YEAR = phrase(`${WORD} ${DAY} (\\d{1,4})`);
const WORD_YEAR = phrase(`${WORD} (?:of )?(\\d{3,4})`);
// Without a year: only as the start of a range, or "16, 1938" as the end of "February 14–16, 1938".
const DAY_MONTH = phrase(`${DAY} (?:of )?${WORD}`);
const MONTH_DAY = phrase(`${WORD} ${DAY}`);
const WORD_ALONE = phrase(WORD);
const DAY_ALONE = phrase(DAY);
const DAY_YEAR = /^(\d{1,2}) (\d{3,4})$/;

const UNCERTAIN = /\s*(?:\(\?\)|\?)$/;
const APPROXIMATE =
  /^(?:~ ?|(?:circa|approximately|approx|about|around|ca|c|vers|um|etwa|около|ок)(?:\. ?| ))/u;
const RUSSIAN_YEAR_WORD = / (?:гг?|года?)\.?$/u; // "1938 г.", "1938 года", "1938–1939 гг."
const OPEN_RANGE = /^(not before|not after|before|after|from|since|until|till) (.+)$/;
const OPEN_ENDED = new Set(["not before", "after", "from", "since"]);

/** Reads a date as typed by a historian into EDTF, or says precisely what is wrong with it. */
export function parseHistoricalDate(input: string): ParsedHistoricalDate {
  const text = normalise(input);
  if (!text) return { ok: false, error: `Enter a date, e.g. ${EXAMPLES}` };
  try {
    const edtf = readEdtf(text) ?? readWords(text);
    if (edtf) return { ok: true, edtf };
  } catch (error) {
    if (error instanceof InvalidDate) return { ok: false, error: error.message };
    throw error;
  }
  const typed = input.trim().replace(/\s+/g, " ");
  return { ok: false, error: `Could not read “${typed}” as a date; try e.g. ${EXAMPLES}` };
}

function normalise(input: string): string {
  return (
    input
      .normalize("NFC")
      .toLowerCase()
      .replace(/[\u2010\u2011]/g, "-")
      // Any other dash or minus sign between dates means a range, like the en dash.
      .replace(/[\u2012-\u2015\u2212]/g, "–")
      .replace(/[[\]]/g, "")
      .replace(/,/g, " ")
      .replace(/\s+/g, " ")
      .replace(/ ?\/ ?/g, "/")
      // Trailing full stops go, but not the ".." of an open interval ("1938/..").
      .replace(/([^/.])[\s.]+$/, "$1")
      .trim()
  );
}

/** EDTF typed as such: "1938-02-14?", "1938/..", "193X". Null when the text is not EDTF at all. */
function readEdtf(text: string): string | null {
  const [start, end, ...rest] = text.split("/");
  if (start === undefined || rest.length) return null;
  if (end === undefined) {
    const date = readIsoDate(start);
    return date && finish(date);
  }
  const from = start === ".." ? ".." : readIsoDate(start);
  const to = end === ".." ? ".." : readIsoDate(end);
  if (!from || !to || (from === ".." && to === "..")) return null;
  const startEdtf = from === ".." ? from : finish(from);
  const endEdtf = to === ".." ? to : finish(to);
  return startEdtf && endEdtf && joinInterval(startEdtf, endEdtf);
}

function readIsoDate(text: string): Point | null {
  const decade = ISO_DECADE.exec(text);
  if (decade) return { decade: Number(decade[1]), ...qualifiersOf(decade[2]) };
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [, year, month, day, qualifier] = match;
  const point: Point = { year: Number(year), ...qualifiersOf(qualifier) };
  if (month === undefined) return point;
  const monthNumber = Number(month);
  if (!day && monthNumber >= FIRST_SEASON && monthNumber < FIRST_SEASON + SEASON_WORDS.length) {
    return { ...point, season: monthNumber };
  }
  if (monthNumber < 1 || monthNumber > 12) throw new InvalidDate(`There is no month ${monthNumber}`);
  return { ...point, month: monthNumber, day: day === undefined ? undefined : Number(day) };
}

function qualifiersOf(qualifier: string | undefined): Pick<Point, "uncertain" | "approximate"> {
  return {
    uncertain: qualifier === "?" || qualifier === "%",
    approximate: qualifier === "~" || qualifier === "%",
  };
}

function readWords(text: string): string | null {
  const sides = splitRange(text);
  if (sides) return readRange(sides[0], sides[1]);
  const open = OPEN_RANGE.exec(text);
  if (open) {
    const point = readPoint(open[2]!);
    const edtf = point && finish(point);
    if (!edtf) return null;
    return OPEN_ENDED.has(open[1]!) ? joinInterval(edtf, "..") : joinInterval("..", edtf);
  }
  const point = readPoint(text);
  return point && finish(point);
}

function splitRange(text: string): [string, string] | null {
  const spelledOut =
    /^between (.+) and (.+)$/.exec(text) ?? /^(?:from )?(.+?) (?:to|until|till) (.+)$/.exec(text);
  if (spelledOut) return [spelledOut[1]!, spelledOut[2]!];
  for (const dash of [/ ?– ?/, / - ?|- /]) {
    const parts = text.split(dash);
    if (parts.length > 1) return parts.length === 2 ? [parts[0]!, parts[1]!] : null;
  }
  // A lone unspaced hyphen is a range ("1938-1939", "Feb-Mar 1938") unless it is ISO year-month.
  const parts = text.split("-");
  if (parts.length === 2 && !/\d{4}-\d{2}(?!\d)/.test(text)) return [parts[0]!, parts[1]!];
  return null;
}

function readRange(startText: string, endText: string): string | null {
  const start = readPoint(startText);
  const end = readPoint(endText);
  if (!start || !end) return null;
  // "February 14–16, 1938": the end gives only its day and the year.
  if (end.day !== undefined && end.month === undefined) {
    if (start.month === undefined) return null;
    end.month = start.month;
  }
  // "14–16 February 1938", "Feb–Mar 1938": the start leaves out what it shares with the end.
  if (start.year === undefined && start.decade === undefined) {
    if (end.year === undefined) return null;
    start.year = end.year;
    if (start.month === undefined && start.season === undefined) {
      if (start.day === undefined || end.day === undefined) return null;
      start.month = end.month;
    }
  }
  const startEdtf = finish(start);
  const endEdtf = finish(end);
  return startEdtf && endEdtf && joinInterval(startEdtf, endEdtf);
}

/** A single date in words or ISO form, with its qualifiers; the year may be missing (see Point). */
function readPoint(typed: string): Point | null {
  let text = typed.trim();
  let uncertain = false;
  let approximate = false;
  if (UNCERTAIN.test(text)) {
    uncertain = true;
    text = text.replace(UNCERTAIN, "");
  }
  text = text.replace(RUSSIAN_YEAR_WORD, "");
  const approximation = APPROXIMATE.exec(text);
  if (approximation) {
    approximate = true;
    text = text.slice(approximation[0].length);
  }
  const point = readBarePoint(text);
  if (!point) return null;
  return { ...point, uncertain: uncertain || point.uncertain, approximate: approximate || point.approximate };
}

function readBarePoint(text: string): Point | null {
  const unqualified = { uncertain: false, approximate: false };
  const iso = readIsoDate(text);
  if (iso) return iso;

  let match = NUMERIC_DATE.exec(text);
  if (match) {
    const month = Number(match[3]);
    if (month < 1 || month > 12) {
      throw new InvalidDate(
        `There is no month ${month}; numeric dates are read day first, e.g. “14/02/1938”`,
      );
    }
    return { year: fullYear(match[4]!), month, day: Number(match[1]), ...unqualified };
  }
  match = NUMERIC_MONTH.exec(text);
  if (match) {
    const month = Number(match[1]);
    if (month < 1 || month > 12) throw new InvalidDate(`There is no month ${month}`);
    return { year: Number(match[2]), month, ...unqualified };
  }
  match = DECADE.exec(text);
  if (match) return { decade: Number(match[1]), ...unqualified };
  match = YEAR.exec(text);
  if (match) return { year: Number(match[1]), ...unqualified };

  match = DAY_MONTH_YEAR.exec(text);
  if (match) return dayMonthYear(match[1]!, match[2]!, match[3]!);
  match = MONTH_DAY_YEAR.exec(text);
  if (match) return dayMonthYear(match[2]!, match[1]!, match[3]!);
  match = WORD_YEAR.exec(text);
  if (match) return withMonthOrSeason(match[1]!, { year: Number(match[2]), ...unqualified });

  match = DAY_MONTH.exec(text);
  if (match) return withMonth(match[2]!, { day: Number(match[1]), ...unqualified });
  match = MONTH_DAY.exec(text);
  if (match) return withMonth(match[1]!, { day: Number(match[2]), ...unqualified });
  match = WORD_ALONE.exec(text);
  if (match) return withMonthOrSeason(match[1]!, unqualified);
  match = DAY_ALONE.exec(text);
  if (match) return { day: Number(match[1]), ...unqualified };
  match = DAY_YEAR.exec(text);
  if (match) return { day: Number(match[1]), year: Number(match[2]), ...unqualified };
  return null;
}

function dayMonthYear(day: string, monthWord: string, year: string): Point | null {
  const month = MONTH_NUMBERS.get(monthWord);
  if (month === undefined) return null;
  return { year: fullYear(year), month, day: Number(day), uncertain: false, approximate: false };
}

function withMonth(word: string, point: Point): Point | null {
  const month = MONTH_NUMBERS.get(word);
  return month === undefined ? null : { ...point, month };
}

function withMonthOrSeason(word: string, point: Point): Point | null {
  const season = SEASON_NUMBERS.get(word);
  return season === undefined ? withMonth(word, point) : { ...point, season };
}

function fullYear(digits: string): number {
  if (digits.length < 3) {
    const twoDigits = digits.padStart(2, "0");
    throw new InvalidDate(
      `Write the year in full: “${digits}” could be 18${twoDigits}, 19${twoDigits} or 20${twoDigits}`,
    );
  }
  return Number(digits);
}

/** The EDTF for a point, or null when it is not a whole date (a day without its month). */
function finish(point: Point): string | null {
  const qualifier =
    point.uncertain && point.approximate ? "%" : point.uncertain ? "?" : point.approximate ? "~" : "";
  if (point.decade !== undefined) {
    if (qualifier) {
      throw new InvalidDate(
        "A decade can’t be marked approximate or uncertain; give a range of years instead, e.g. “1928–1941”",
      );
    }
    return `${String(point.decade).padStart(3, "0")}X`;
  }
  if (point.year === undefined) {
    if (point.month === undefined && point.season === undefined) return null;
    throw new InvalidDate("Add the year, e.g. “14 February 1938”");
  }
  const year = String(point.year).padStart(4, "0");
  if (point.season !== undefined) return `${year}-${point.season}${qualifier}`;
  if (point.month === undefined) return point.day === undefined ? `${year}${qualifier}` : null;
  const yearMonth = `${year}-${String(point.month).padStart(2, "0")}`;
  if (point.day === undefined) return `${yearMonth}${qualifier}`;
  if (point.day < 1 || point.day > daysInMonth(point.year, point.month)) {
    throw new InvalidDate(`${formatEdtf(yearMonth)} has no day ${point.day}`);
  }
  return `${yearMonth}-${String(point.day).padStart(2, "0")}${qualifier}`;
}

function joinInterval(start: string, end: string): string {
  const startBounds = start === ".." ? null : edtfBounds(start);
  const endBounds = end === ".." ? null : edtfBounds(end);
  if (startBounds && endBounds && endBounds.end.getTime() < startBounds.start.getTime()) {
    throw new InvalidDate("The range ends before it starts");
  }
  return `${start}/${end}`;
}
