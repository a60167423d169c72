import { describe, expect, it } from "vitest";
import { formatEdtf } from "./edtf";
import { parseHistoricalDate } from "./historical-date";

const EXAMPLES = "“14 February 1938”, “c. 1938” or “1938–1939”";

// [what a historian types, the EDTF it means]
const accepted: [string, string][] = [
  // EDTF typed as such is kept
  ["1938", "1938"],
  ["1938-02", "1938-02"],
  ["1938-02-14", "1938-02-14"],
  ["1938-02-14?", "1938-02-14?"],
  ["1938~", "1938~"],
  ["1938%", "1938%"],
  ["1938/1939", "1938/1939"],
  ["1938/..", "1938/.."],
  ["../1945", "../1945"],
  ["1940-02-29", "1940-02-29"],
  ["2000-02-29", "2000-02-29"],
  ["1938-21", "1938-21"],
  ["193X", "193X"],
  ["193x", "193X"],
  ["1938 / 1939", "1938/1939"],
  // tolerant of case, extra spaces, trailing full stops and commas
  ["  14   February   1938.  ", "1938-02-14"],
  ["FEBRUARY 1938", "1938-02"],
  ["1938,", "1938"],
  ["14 February 1938,", "1938-02-14"],
  // English month names and abbreviations
  ["February 1938", "1938-02"],
  ["Feb 1938", "1938-02"],
  ["Feb. 1938", "1938-02"],
  ["Sept 1938", "1938-09"],
  ["February, 1938", "1938-02"],
  // French
  ["février 1938", "1938-02"],
  ["fevrier 1938", "1938-02"],
  ["août 1938", "1938-08"],
  ["1er mars 1938", "1938-03-01"],
  ["14 févr. 1938", "1938-02-14"],
  // German
  ["Februar 1938", "1938-02"],
  ["März 1938", "1938-03"],
  ["14. Dezember 1938", "1938-12-14"],
  // Russian, genitive and nominative, with or without "г." / "года"
  ["14 февраля 1938", "1938-02-14"],
  ["февраль 1938", "1938-02"],
  ["14 февраля 1938 г.", "1938-02-14"],
  ["14 февраля 1938 года", "1938-02-14"],
  ["1 мая 1938 г", "1938-05-01"],
  ["ДЕКАБРЬ 1938", "1938-12"],
  // day-month-year and month-day-year
  ["14 February 1938", "1938-02-14"],
  ["14 Feb 1938", "1938-02-14"],
  ["14th February 1938", "1938-02-14"],
  ["14th of February 1938", "1938-02-14"],
  ["1st May 1938", "1938-05-01"],
  ["February 14, 1938", "1938-02-14"],
  ["Feb. 14th, 1938", "1938-02-14"],
  // numeric dates are read day first (European and British usage)
  ["14.2.1938", "1938-02-14"],
  ["14/02/1938", "1938-02-14"],
  ["14-02-1938", "1938-02-14"],
  ["03/02/1938", "1938-02-03"],
  ["02/1938", "1938-02"],
  // first-millennium years have three digits
  ["938", "0938"],
  ["14 February 938", "0938-02-14"],
  // uncertain and approximate
  ["1938?", "1938?"],
  ["14 Feb 1938?", "1938-02-14?"],
  ["1938 (?)", "1938?"],
  ["c. 1938", "1938~"],
  ["c.1938", "1938~"],
  ["ca. 1938", "1938~"],
  ["circa 1938", "1938~"],
  ["about 1938", "1938~"],
  ["approx. 1938", "1938~"],
  ["~1938", "1938~"],
  ["около 1938 г.", "1938~"],
  ["c. 1938?", "1938%"],
  ["c. February 1938", "1938-02~"],
  ["c. 1938-02", "1938-02~"],
  // a supplied date in square brackets is still the date
  ["[1938]", "1938"],
  ["[1938?]", "1938?"],
  ["[c. 1938]", "1938~"],
  // ranges
  ["1938-1939", "1938/1939"],
  ["1938–1939", "1938/1939"],
  ["1938—1939", "1938/1939"],
  ["1938 - 1939", "1938/1939"],
  ["1938 to 1939", "1938/1939"],
  ["from 1938 to 1939", "1938/1939"],
  ["between 1938 and 1939", "1938/1939"],
  ["Feb-Mar 1938", "1938-02/1938-03"],
  ["February–March 1938", "1938-02/1938-03"],
  ["14-16 February 1938", "1938-02-14/1938-02-16"],
  ["14–16 февраля 1938 г.", "1938-02-14/1938-02-16"],
  ["between 14 and 16 Feb 1938", "1938-02-14/1938-02-16"],
  ["February 14–16, 1938", "1938-02-14/1938-02-16"],
  ["14 February – 2 March 1938", "1938-02-14/1938-03-02"],
  ["February 14 – March 2, 1938", "1938-02-14/1938-03-02"],
  ["February 1938 - March 1939", "1938-02/1939-03"],
  ["14.2.1938 - 16.3.1938", "1938-02-14/1938-03-16"],
  ["1938-02 – 1938-03", "1938-02/1938-03"],
  ["c. 1938 – 1939?", "1938~/1939?"],
  ["1938–1939 гг.", "1938/1939"],
  ["spring–summer 1938", "1938-21/1938-22"],
  ["1930s–1940s", "193X/194X"],
  ["1938–1938", "1938/1938"],
  // open ranges
  ["before 1938", "../1938"],
  ["after 1938", "1938/.."],
  ["from 1938", "1938/.."],
  ["since 1938", "1938/.."],
  ["until 1945", "../1945"],
  ["till 1945", "../1945"],
  ["not before 1938", "1938/.."],
  ["not after 1945", "../1945"],
  ["from c. 1938", "1938~/.."],
  ["until 8 May 1945", "../1945-05-08"],
  // decades
  ["1930s", "193X"],
  ["the 1930s", "193X"],
  ["1930's", "193X"],
  // seasons (EDTF level 1)
  ["spring 1938", "1938-21"],
  ["Summer 1938", "1938-22"],
  ["autumn 1938", "1938-23"],
  ["fall 1938", "1938-23"],
  ["winter 1938", "1938-24"],
  ["spring of 1938", "1938-21"],
  ["Herbst 1938", "1938-23"],
  ["c. spring 1938", "1938-21~"],
  ["spring 1938?", "1938-21?"],
];

const MONTH_13 = "There is no month 13; numeric dates are read day first, e.g. “14/02/1938”";

// [what a historian types, the message shown under the field]
const rejected: [string, string][] = [
  ["", `Enter a date, e.g. ${EXAMPLES}`],
  ["   ", `Enter a date, e.g. ${EXAMPLES}`],
  [" . ", `Enter a date, e.g. ${EXAMPLES}`],
  ["31 February 1938", "February 1938 has no day 31"],
  ["29 February 1900", "February 1900 has no day 29"],
  ["31.4.1938", "April 1938 has no day 31"],
  ["1938-02-30", "February 1938 has no day 30"],
  ["30–31 February 1938", "February 1938 has no day 30"],
  ["13/13/1938", MONTH_13],
  ["02/14/1938", "There is no month 14; numeric dates are read day first, e.g. “14/02/1938”"],
  ["1938-13", "There is no month 13"],
  ["1938-21-01", "There is no month 21"],
  ["13/1938", "There is no month 13"],
  ["1939-1938", "The range ends before it starts"],
  ["1939/1938", "The range ends before it starts"],
  ["March–February 1938", "The range ends before it starts"],
  ["16–14 February 1938", "The range ends before it starts"],
  ["between 1945 and 1938", "The range ends before it starts"],
  ["14/02/38", "Write the year in full: “38” could be 1838, 1938 or 2038"],
  ["14 Feb 38", "Write the year in full: “38” could be 1838, 1938 or 2038"],
  ["14 February", "Add the year, e.g. “14 February 1938”"],
  ["spring", "Add the year, e.g. “14 February 1938”"],
  ["1938 – March", "Add the year, e.g. “14 February 1938”"],
  [
    "c. 1930s",
    "A decade can’t be marked approximate or uncertain; give a range of years instead, e.g. “1928–1941”",
  ],
  ["yesterday", `Could not read “yesterday” as a date; try e.g. ${EXAMPLES}`],
  ["Febtember  1938", `Could not read “Febtember 1938” as a date; try e.g. ${EXAMPLES}`],
  ["1938-2", `Could not read “1938-2” as a date; try e.g. ${EXAMPLES}`],
  ["14", `Could not read “14” as a date; try e.g. ${EXAMPLES}`],
  ["14-16 1938", `Could not read “14-16 1938” as a date; try e.g. ${EXAMPLES}`],
  ["1938–1939–1940", `Could not read “1938–1939–1940” as a date; try e.g. ${EXAMPLES}`],
  ["../..", `Could not read “../..” as a date; try e.g. ${EXAMPLES}`],
  ["1935s", `Could not read “1935s” as a date; try e.g. ${EXAMPLES}`],
];

describe("parseHistoricalDate", () => {
  it.each(accepted)("reads %j as %s", (input, edtf) => {
    expect(parseHistoricalDate(input)).toEqual({ ok: true, edtf });
  });

  it.each(rejected)("rejects %j: %s", (input, error) => {
    expect(parseHistoricalDate(input)).toEqual({ ok: false, error });
  });

  it("reads an ambiguous numeric date day first, never month first", () => {
    expect(parseHistoricalDate("05/06/1938")).toEqual({ ok: true, edtf: "1938-06-05" });
  });

  it("treats a hyphen after a four-digit year and two digits as ISO year-month, not a range", () => {
    expect(parseHistoricalDate("1938-12")).toEqual({ ok: true, edtf: "1938-12" });
  });

  it.each(accepted)("writes %j back as words it reads to the same EDTF", (_input, edtf) => {
    const words = formatEdtf(edtf);
    expect(words).not.toMatch(/\/|\.\.|\dX|\d-\d/);
    expect(parseHistoricalDate(words)).toEqual({ ok: true, edtf });
  });
});
