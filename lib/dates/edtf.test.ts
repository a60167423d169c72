import { describe, expect, it } from "vitest";
import { daysInMonth, edtfBounds, formatEdtf } from "./edtf";
import { parseHistoricalDate } from "./historical-date";

describe("formatEdtf", () => {
  it.each([
    ["1938", "1938"],
    ["1938-02", "February 1938"],
    ["1938-02-14", "14 February 1938"],
    ["1938-02-14?", "14 February 1938?"],
    ["1938~", "c. 1938"],
    ["1938%", "c. 1938?"],
    ["1938/1939", "1938–1939"],
    ["1938-02/1938-03", "February–March 1938"],
    ["1938/..", "from 1938"],
    ["../1945", "until 1945"],
    ["1938-21", "spring 1938"],
    ["1938-22", "summer 1938"],
    ["1938-23", "autumn 1938"],
    ["1938-24", "winter 1938"],
    ["1938-21~", "c. spring 1938"],
    ["1938-22?", "summer 1938?"],
    ["1938-24%", "c. winter 1938?"],
    ["193X", "1930s"],
    ["093X", "930s"],
    ["0938-02-14", "14 February 938"],
    ["-0044", "44 BCE"],
    ["1938-02-14/1938-02-16", "14–16 February 1938"],
    ["1938-02-14/1938-03-02", "14 February – 2 March 1938"],
    ["1938-21/1938-22", "spring–summer 1938"],
    // the shared year or month is said once only when both ends share it and neither is qualified
    ["1938-02/1939-03", "February 1938 – March 1939"],
    ["1938-02-14/1939-02-16", "14 February 1938 – 16 February 1939"],
    ["1938-02~/1938-03", "c. February 1938 – March 1938"],
    ["1938-02-14/1938-02-16?", "14 February 1938 – 16 February 1938?"],
    ["1938~/1939", "c. 1938 – 1939"],
    ["1938/1938-03", "1938 – March 1938"],
    ["1938-02/1938-03-14", "February 1938 – 14 March 1938"],
    ["1938-24/1939-21", "winter 1938 – spring 1939"],
    ["193X/194X", "1930s – 1940s"],
    ["1938-02-14/..", "from 14 February 1938"],
    ["../1945-05-08", "until 8 May 1945"],
  ])("%s reads as %s", (edtf, words) => {
    expect(formatEdtf(edtf)).toBe(words);
  });

  it("returns what it cannot parse unchanged rather than inventing a date", () => {
    expect(formatEdtf("spring 1938")).toBe("spring 1938");
    expect(formatEdtf("1938-13")).toBe("1938-13");
    expect(formatEdtf("1938-02-30")).toBe("1938-02-30");
    expect(formatEdtf("1938-25")).toBe("1938-25");
    expect(formatEdtf("1938-21-01")).toBe("1938-21-01");
    expect(formatEdtf("19XX")).toBe("19XX");
    expect(formatEdtf("193X~")).toBe("193X~");
  });
});

describe("edtfBounds", () => {
  const iso = (value: string) => {
    const bounds = edtfBounds(value);
    return bounds && [bounds.start.toISOString().slice(0, 10), bounds.end.toISOString().slice(0, 10)];
  };

  it("bounds partial dates by their first and last day", () => {
    expect(iso("1938")).toEqual(["1938-01-01", "1938-12-31"]);
    expect(iso("1938-02")).toEqual(["1938-02-01", "1938-02-28"]);
    expect(iso("1940-02")).toEqual(["1940-02-01", "1940-02-29"]);
    expect(iso("1938-02-14?")).toEqual(["1938-02-14", "1938-02-14"]);
    expect(iso("1938/1939")).toEqual(["1938-01-01", "1939-12-31"]);
  });

  it("bounds seasons by their meteorological months, winter running into the next year", () => {
    expect(iso("1938-21")).toEqual(["1938-03-01", "1938-05-31"]);
    expect(iso("1938-22")).toEqual(["1938-06-01", "1938-08-31"]);
    expect(iso("1938-23~")).toEqual(["1938-09-01", "1938-11-30"]);
    expect(iso("1938-24")).toEqual(["1938-12-01", "1939-02-28"]);
    expect(iso("1939-24")).toEqual(["1939-12-01", "1940-02-29"]);
    expect(iso("1938-21/1938-24")).toEqual(["1938-03-01", "1939-02-28"]);
  });

  it("bounds a decade by its first and last year", () => {
    expect(iso("193X")).toEqual(["1930-01-01", "1939-12-31"]);
    expect(iso("193X/194X")).toEqual(["1930-01-01", "1949-12-31"]);
  });

  it("takes years below 100 literally rather than as 19xx", () => {
    expect(iso("0044-03-15")).toEqual(["0044-03-15", "0044-03-15"]);
    expect(iso("0004-02")).toEqual(["0004-02-01", "0004-02-29"]);
  });

  it("gives no bounds for text that is not EDTF", () => {
    expect(edtfBounds("February 1938")).toBeNull();
    expect(edtfBounds("1938-25")).toBeNull();
  });
});

describe("daysInMonth", () => {
  it("follows the Gregorian leap-year rule", () => {
    expect(daysInMonth(1938, 2)).toBe(28);
    expect(daysInMonth(1940, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1938, 4)).toBe(30);
    expect(daysInMonth(1938, 12)).toBe(31);
  });
});

describe("formatEdtf and parseHistoricalDate round trip", () => {
  it.each([
    "1938",
    "1938-02",
    "1938-02-14",
    "1938-02-14?",
    "1938~",
    "1938%",
    "1938-02~",
    "1938-02-14%",
    "0938",
    "0938-02-14",
    "1938/1939",
    "1938-02/1938-03",
    "1938-02/1939-03",
    "1938-02-14/1938-02-16",
    "1938-02-14/1938-03-02",
    "1938-02-14/1939-02-16",
    "1938~/1939",
    "1938/1939?",
    "1938-02~/1938-03",
    "1938/1938-03",
    "1938/..",
    "1938-02-14/..",
    "../1945",
    "../1945-05-08",
    "1938-21",
    "1938-22?",
    "1938-23~",
    "1938-24%",
    "1938-21/1938-22",
    "1938-24/1939-21",
    "193X",
    "193X/194X",
    "1938/194X",
  ])("%s reads as words that parse back to it", (edtf) => {
    const words = formatEdtf(edtf);
    expect(words).not.toMatch(/\/|\.\.|\dX|\d-\d/);
    expect(parseHistoricalDate(words)).toEqual({ ok: true, edtf });
  });
});
