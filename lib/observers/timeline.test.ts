import { describe, expect, it } from "vitest";
import { gapInWords, placeReadings } from "./timeline";

const FEB_1938 = { start: "1938-02-01", end: "1938-02-28" };

describe("placeReadings", () => {
  it("readings of the same month sit on the source; a reading of 1995 lies 57 years after, at the far end", () => {
    const timeline = placeReadings(FEB_1938, [
      { id: "times", ...FEB_1938 },
      { id: "raack", start: "1995-01-01", end: "1995-12-31" },
    ]);
    const [times, raack] = timeline.readings;
    expect(times).toMatchObject({ relation: "during", distance: "at the time of the source" });
    expect(raack).toMatchObject({ relation: "after", distance: "57 years after the source" });
    expect(times!.offset).toBeCloseTo(timeline.source!.offset, 5);
    expect(raack!.offset!).toBeGreaterThan(90);
    expect(raack!.offset! + raack!.width).toBeLessThan(100);
    expect(timeline.source!.offset).toBeGreaterThan(0);
    expect(timeline.ticks.map((tick) => tick.label)).toEqual([
      "1940",
      "1950",
      "1960",
      "1970",
      "1980",
      "1990",
    ]);
    // Ticks in order, inside the axis.
    const offsets = timeline.ticks.map((tick) => tick.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(Math.min(...offsets)).toBeGreaterThan(0);
    expect(Math.max(...offsets)).toBeLessThan(100);
  });

  it("a short span gets month ticks, and a reading before the source is said to be before", () => {
    const timeline = placeReadings({ start: "1938-02-14", end: "1938-02-14" }, [
      { id: "later", start: "1938-03-02", end: "1938-03-02" },
      { id: "earlier", start: "1938-02-10", end: "1938-02-10" },
    ]);
    expect(timeline.readings.map((reading) => [reading.relation, reading.distance])).toEqual([
      ["after", "2 weeks after the source"],
      ["before", "4 days before the source"],
    ]);
    expect(timeline.ticks.map((tick) => tick.label)).toEqual(["Feb 1938", "Mar 1938"]);
    const [later, earlier] = timeline.readings;
    expect(earlier!.offset!).toBeLessThan(timeline.source!.offset);
    expect(later!.offset!).toBeGreaterThan(timeline.source!.offset);
  });

  it("an undated reading is listed but not placed; an undated source leaves readings unrelated", () => {
    const undatedReading = placeReadings(FEB_1938, [{ id: "x", start: null, end: null }]);
    expect(undatedReading.readings[0]).toMatchObject({ offset: null, relation: "undated" });
    const undatedSource = placeReadings({ start: null, end: null }, [{ id: "y", ...FEB_1938 }]);
    expect(undatedSource.source).toBeNull();
    expect(undatedSource.readings[0]).toMatchObject({
      relation: "undated",
      distance: "the source is undated",
    });
    expect(undatedSource.readings[0]!.offset).not.toBeNull();
  });
});

it("gapInWords chooses the unit a historian would", () => {
  expect(gapInWords(1)).toBe("1 day");
  expect(gapInWords(20)).toBe("3 weeks");
  expect(gapInWords(90)).toBe("3 months");
  expect(gapInWords(365.25 * 2)).toBe("2 years");
});
