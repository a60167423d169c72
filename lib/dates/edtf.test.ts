import { describe, expect, it } from "vitest";
import { edtfBounds, formatEdtf } from "./edtf";

describe("formatEdtf", () => {
  it.each([
    ["1938", "1938"],
    ["1938-02", "February 1938"],
    ["1938-02-14", "14 February 1938"],
    ["1938-02-14?", "14 February 1938?"],
    ["1938~", "c. 1938"],
    ["1938%", "c. 1938?"],
    ["1938/1939", "1938–1939"],
    ["1938-02/1938-03", "February 1938 – March 1938"],
    ["1938/..", "from 1938"],
    ["../1945", "until 1945"],
  ])("%s reads as %s", (edtf, words) => {
    expect(formatEdtf(edtf)).toBe(words);
  });

  it("returns what it cannot parse unchanged rather than inventing a date", () => {
    expect(formatEdtf("spring 1938")).toBe("spring 1938");
    expect(formatEdtf("1938-13")).toBe("1938-13");
    expect(formatEdtf("1938-02-30")).toBe("1938-02-30");
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

  it("gives no bounds for text that is not EDTF", () => {
    expect(edtfBounds("February 1938")).toBeNull();
  });
});
