import { describe, expect, it } from "vitest";
import {
  asRotation,
  clampRect,
  cropBackground,
  describeRegion,
  fromShown,
  middleQuarter,
  moveShownBy,
  nudgeRect,
  type Rotation,
  rectFromCorners,
  toShown,
  zoomOnRegion,
} from "./region-geometry";

// A portrait photo, 900 pixels wide and 1200 high, as the phone saved it.
const photo = { width: 900, height: 1200 };
const corner = { x: 0, y: 0, width: 100, height: 50 };
const rotations: Rotation[] = [0, 90, 180, 270];

describe("regions on a turned photo", () => {
  it("puts the original's top left corner where each turn takes it", () => {
    expect(toShown(corner, photo, 0)).toEqual(corner);
    // A quarter turn clockwise: the top left corner goes to the top right, lying on its side.
    expect(toShown(corner, photo, 90)).toEqual({ x: 1150, y: 0, width: 50, height: 100 });
    expect(toShown(corner, photo, 180)).toEqual({ x: 800, y: 1150, width: 100, height: 50 });
    expect(toShown(corner, photo, 270)).toEqual({ x: 0, y: 800, width: 50, height: 100 });
  });

  it("comes back to the same pixels of the original from any turn", () => {
    const region = { x: 120, y: 340, width: 600, height: 96 };
    for (const rotation of rotations) {
      expect(fromShown(toShown(region, photo, rotation), photo, rotation)).toEqual(region);
    }
  });

  it("reads a drag on the shown photo as a rectangle of the original", () => {
    expect(rectFromCorners({ x: 0.2, y: 0.3 }, { x: 0.1, y: 0.1 }, photo, 0)).toEqual({
      x: 90,
      y: 120,
      width: 90,
      height: 240,
    });
    // The top left quarter of the photo turned upside down is the original's bottom right quarter.
    expect(rectFromCorners({ x: 0, y: 0 }, { x: 0.5, y: 0.5 }, photo, 180)).toEqual({
      x: 450,
      y: 600,
      width: 450,
      height: 600,
    });
    // The top strip of the photo turned a quarter clockwise is the original's left strip.
    expect(rectFromCorners({ x: 0, y: 0 }, { x: 1, y: 0.1 }, photo, 90)).toEqual({
      x: 0,
      y: 0,
      width: 90,
      height: 1200,
    });
  });

  it("moves a region the way the arrow points on the screen, whatever the turn", () => {
    const region = { x: 400, y: 500, width: 100, height: 40 };
    const right = (rotation: Rotation) =>
      nudgeRect(region, photo, rotation, "ArrowRight", { resize: false, step: 10 });
    expect(right(0)).toEqual({ ...region, x: 410 });
    // Turned a quarter clockwise, the screen's right is the original's up.
    expect(right(90)).toEqual({ ...region, y: 490 });
    expect(right(180)).toEqual({ ...region, x: 390 });
    expect(right(270)).toEqual({ ...region, y: 510 });
  });

  it("resizes from the shown right and bottom edges, never below a pixel or past the photo", () => {
    const region = { x: 400, y: 500, width: 100, height: 40 };
    expect(nudgeRect(region, photo, 0, "ArrowRight", { resize: true, step: 10 })).toEqual({
      ...region,
      width: 110,
    });
    expect(nudgeRect(region, photo, 0, "ArrowUp", { resize: true, step: 1 })).toEqual({
      ...region,
      height: 39,
    });
    const thin = { x: 0, y: 0, width: 3, height: 3 };
    expect(nudgeRect(thin, photo, 0, "ArrowLeft", { resize: true, step: 10 }).width).toBe(1);
    const atEdge = { x: 850, y: 0, width: 50, height: 10 };
    expect(nudgeRect(atEdge, photo, 0, "ArrowRight", { resize: true, step: 10 }).width).toBe(50);
    // Turned a quarter, the shown bottom edge is the original's left edge: growing it moves x.
    expect(nudgeRect(region, photo, 90, "ArrowDown", { resize: true, step: 10 })).toEqual({
      ...region,
      x: 400,
      width: 110,
    });
  });

  it("never lets a region leave the photo", () => {
    const region = { x: 890, y: 1190, width: 10, height: 10 };
    expect(nudgeRect(region, photo, 0, "ArrowDown", { resize: false, step: 10 })).toEqual(region);
    // Turned a quarter, this corner shows at the bottom left: dragged right it rises on the original,
    // dragged down it is already at the shown bottom and stays.
    expect(moveShownBy(region, photo, 90, 500, 500)).toEqual({ ...region, y: 690 });
    expect(clampRect({ x: -5, y: 1190, width: 2000, height: 20.4 }, photo)).toEqual({
      x: 0,
      y: 1180,
      width: 900,
      height: 20,
    });
  });

  it("adds a region in the middle of the photo, a quarter of its size", () => {
    expect(middleQuarter(photo)).toEqual({ x: 225, y: 300, width: 450, height: 600 });
  });

  it("takes any angle as a quarter turn", () => {
    expect(asRotation(-90)).toBe(270);
    expect(asRotation(450)).toBe(90);
    expect(asRotation(360)).toBe(0);
  });
});

describe("showing a region", () => {
  it("crops the full image with a background the size of the region", () => {
    expect(cropBackground({ x: 100, y: 200, width: 300, height: 400 }, photo)).toMatchObject({
      backgroundSize: "300% 300%",
      backgroundPosition: `${(100 / 600) * 100}% 25%`,
    });
    expect(cropBackground({ x: 0, y: 0, ...photo }, photo)).toMatchObject({ backgroundPosition: "0% 0%" });
  });

  it("zooms the photo so that the region fills most of the view, turned", () => {
    const viewport = { width: 1000, height: 500 };
    const zoom = zoomOnRegion({ x: 100, y: 100, width: 50, height: 400 }, 90, viewport);
    // Turned, the region is 400 wide and 50 high: 80% of the viewport's width.
    expect(zoom.scale).toBe(2);
    expect(zoom.outline).toEqual({ x: 100, y: 200, width: 800, height: 100 });
    expect(zoom.transform).toBe("translate(500px, 250px) rotate(90deg) scale(2) translate(-125px, -300px)");
    expect(zoomOnRegion({ x: 0, y: 0, width: 2, height: 2 }, 0, viewport).scale).toBe(4);
  });

  it("names a region for a screen reader", () => {
    expect(describeRegion({ number: 3, x: 80, y: 200, width: 120, height: 40 })).toBe(
      "Region 3, 120 by 40 pixels at 80, 200",
    );
  });
});
