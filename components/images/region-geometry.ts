import type { CSSProperties } from "react";

// Regions are stored in pixels of the photo as uploaded; the viewer shows the photo turned by its
// rotation. These pure functions go between the two frames, so that a region drawn or moved on
// the turned photo lands on the same text of the original.

export type Rotation = 0 | 90 | 180 | 270;

export interface Size {
  width: number;
  height: number;
}

export interface Rect extends Size {
  x: number;
  y: number;
}

/** Any number of degrees as one of the four quarter turns (clockwise). */
export function asRotation(degrees: number): Rotation {
  return ((((Math.round(degrees / 90) * 90) % 360) + 360) % 360) as Rotation;
}

/** The photo's size as shown: width and height swap for a quarter turn. */
export function shownSize(size: Size, rotation: Rotation): Size {
  return rotation === 90 || rotation === 270 ? { width: size.height, height: size.width } : size;
}

/** A rectangle of the original (of size `image`) where it stands on the photo turned clockwise. */
export function toShown(rect: Rect, image: Size, rotation: Rotation): Rect {
  switch (rotation) {
    case 90:
      return { x: image.height - rect.y - rect.height, y: rect.x, width: rect.height, height: rect.width };
    case 180:
      return {
        x: image.width - rect.x - rect.width,
        y: image.height - rect.y - rect.height,
        width: rect.width,
        height: rect.height,
      };
    case 270:
      return { x: rect.y, y: image.width - rect.x - rect.width, width: rect.height, height: rect.width };
    default:
      return rect;
  }
}

/** The inverse of toShown: a rectangle on the turned photo, back in the original's pixels. */
export function fromShown(rect: Rect, image: Size, rotation: Rotation): Rect {
  // Turning the shown photo back by the same angle gives the original.
  return toShown(rect, shownSize(image, rotation), asRotation(360 - rotation));
}

/** Whole pixels, at least one, inside `bounds`; a rectangle too large is shrunk, one outside moved in. */
export function clampRect(rect: Rect, bounds: Size): Rect {
  const width = Math.min(bounds.width, Math.max(1, Math.round(rect.width)));
  const height = Math.min(bounds.height, Math.max(1, Math.round(rect.height)));
  return {
    x: Math.min(bounds.width - width, Math.max(0, Math.round(rect.x))),
    y: Math.min(bounds.height - height, Math.max(0, Math.round(rect.y))),
    width,
    height,
  };
}

/** A rectangle from two corners given as fractions (0 to 1) of the shown photo, in the original's pixels. */
export function rectFromCorners(
  a: { x: number; y: number },
  b: { x: number; y: number },
  image: Size,
  rotation: Rotation,
): Rect {
  const shown = shownSize(image, rotation);
  const x0 = Math.round(Math.min(a.x, b.x) * shown.width);
  const y0 = Math.round(Math.min(a.y, b.y) * shown.height);
  const x1 = Math.round(Math.max(a.x, b.x) * shown.width);
  const y1 = Math.round(Math.max(a.y, b.y) * shown.height);
  return fromShown(clampRect({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, shown), image, rotation);
}

export type ArrowKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight";

export function isArrowKey(key: string): key is ArrowKey {
  return key === "ArrowUp" || key === "ArrowDown" || key === "ArrowLeft" || key === "ArrowRight";
}

/**
 * The rectangle after an arrow key, as the historian sees it on the turned photo: a move, or with
 * `resize` its right or bottom edge moved (right/down grow it, left/up shrink it), by `step`
 * pixels of the original, never outside the photo and never smaller than a pixel.
 */
export function nudgeRect(
  rect: Rect,
  image: Size,
  rotation: Rotation,
  key: ArrowKey,
  options: { resize: boolean; step: number },
): Rect {
  const bounds = shownSize(image, rotation);
  const shown = toShown(rect, image, rotation);
  const dx = key === "ArrowRight" ? options.step : key === "ArrowLeft" ? -options.step : 0;
  const dy = key === "ArrowDown" ? options.step : key === "ArrowUp" ? -options.step : 0;
  const next = options.resize
    ? {
        ...shown,
        width: Math.min(bounds.width - shown.x, Math.max(1, shown.width + dx)),
        height: Math.min(bounds.height - shown.y, Math.max(1, shown.height + dy)),
      }
    : clampRect({ ...shown, x: shown.x + dx, y: shown.y + dy }, bounds);
  return fromShown(next, image, rotation);
}

/** The rectangle moved by (dx, dy) pixels of the shown photo, kept inside it. */
export function moveShownBy(rect: Rect, image: Size, rotation: Rotation, dx: number, dy: number): Rect {
  const shown = toShown(rect, image, rotation);
  const moved = clampRect({ ...shown, x: shown.x + dx, y: shown.y + dy }, shownSize(image, rotation));
  return fromShown(moved, image, rotation);
}

/** A quarter of the photo in its middle: where "Add region" puts a new region. */
export function middleQuarter(image: Size): Rect {
  return clampRect(
    { x: image.width / 4, y: image.height / 4, width: image.width / 2, height: image.height / 2 },
    image,
  );
}

const percent = (part: number, whole: number) => `${(part / whole) * 100}%`;

/** Where a rectangle of the original stands on it, in percentages, so it scales with the photo. */
export function percentBox(rect: Rect, image: Size): CSSProperties {
  return {
    left: percent(rect.x, image.width),
    top: percent(rect.y, image.height),
    width: percent(rect.width, image.width),
    height: percent(rect.height, image.height),
  };
}

/**
 * A box of `size` shown turned, inside an outer box with the turned aspect ratio: the inner box
 * keeps the original's proportions and is rotated about its centre, so the outer box's layout
 * (what the page flows around) is right for a quarter turn too.
 */
export function turnedFrame(size: Size, rotation: Rotation): { outer: CSSProperties; inner: CSSProperties } {
  const shown = shownSize(size, rotation);
  return {
    outer: { position: "relative", aspectRatio: `${shown.width} / ${shown.height}` },
    inner: {
      position: "absolute",
      left: "50%",
      top: "50%",
      width: percent(size.width, shown.width),
      height: percent(size.height, shown.height),
      transform: `translate(-50%, -50%) rotate(${rotation}deg)`,
    },
  };
}

/** background-size and -position that show just `rect` of the image in a box of its proportions. */
export function cropBackground(rect: Rect, image: Size): CSSProperties {
  // A percentage position p puts the image's point p at the box's point p: p = x / (W - w).
  const position = (offset: number, part: number, whole: number) =>
    part >= whole ? "0%" : percent(offset, whole - part);
  return {
    backgroundSize: `${percent(image.width, rect.width)} ${percent(image.height, rect.height)}`,
    backgroundPosition: `${position(rect.x, rect.width, image.width)} ${position(rect.y, rect.height, image.height)}`,
    backgroundRepeat: "no-repeat",
  };
}

/**
 * The transform of the whole photo (drawn at its own size, from its top left corner) that turns
 * it and centres `rect` in a viewport, filling `fill` of it (but never magnified more than
 * `maxScale`, past which one sees pixels); and where the region then stands in the viewport.
 */
export function zoomOnRegion(
  rect: Rect,
  rotation: Rotation,
  viewport: Size,
  options: { fill?: number; maxScale?: number } = {},
): { transform: string; scale: number; outline: Rect } {
  const fill = options.fill ?? 0.8;
  const region = shownSize(rect, rotation);
  const scale = Math.min(
    (viewport.width * fill) / region.width,
    (viewport.height * fill) / region.height,
    options.maxScale ?? 4,
  );
  const centre = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  // Read right to left: the region's centre to the origin, scaled, turned, to the viewport's centre.
  const transform = `translate(${viewport.width / 2}px, ${viewport.height / 2}px) rotate(${rotation}deg) scale(${scale}) translate(${-centre.x}px, ${-centre.y}px)`;
  return {
    transform,
    scale,
    outline: {
      x: viewport.width / 2 - (region.width * scale) / 2,
      y: viewport.height / 2 - (region.height * scale) / 2,
      width: region.width * scale,
      height: region.height * scale,
    },
  };
}

/** "Region 3, 120 by 40 pixels at 80, 200": how a screen reader names a region. */
export function describeRegion(region: Rect & { number: number }): string {
  return `Region ${region.number}, ${region.width} by ${region.height} pixels at ${region.x}, ${region.y}`;
}
