import { describe, expect, it } from "vitest";
import { mediaFragment, outsideOf, scanReference } from "./fragment";

describe("regions as fragments and references", () => {
  it("a region is the W3C media fragment of its rectangle", () => {
    expect(mediaFragment({ x: 120, y: 340, width: 800, height: 96 })).toBe("xywh=120,340,800,96");
  });

  it("says which edge a rectangle runs past, or nothing when it lies inside", () => {
    const photo = { width: 600, height: 400 };
    expect(outsideOf({ x: 0, y: 0, width: 600, height: 400 }, photo)).toBeNull();
    expect(outsideOf({ x: 500, y: 0, width: 101, height: 10 }, photo)).toBe(
      "The region runs past the right edge of the photo (600 pixels wide).",
    );
    expect(outsideOf({ x: 0, y: 399, width: 10, height: 2 }, photo)).toBe(
      "The region runs past the bottom of the photo (400 pixels high).",
    );
  });

  it("names where a passage stands, photo by photo, as a note says it", () => {
    expect(scanReference([])).toBeNull();
    expect(
      scanReference([
        { photoNumber: 12, regionNumber: 3 },
        { photoNumber: 13, regionNumber: 1 },
      ]),
    ).toBe("photo 12, region 3; photo 13, region 1");
  });
});
