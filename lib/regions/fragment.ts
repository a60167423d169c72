import type { Rectangle } from "./schema";

// Pure facts about regions, shared by the server, the viewer and the exports.

/** "xywh=120,340,800,96": the region as a W3C media fragment. */
export function mediaFragment(region: Rectangle): string {
  return `xywh=${region.x},${region.y},${region.width},${region.height}`;
}

/** Where the rectangle stands outside the photo, in words, or null when it lies inside. */
export function outsideOf(region: Rectangle, image: { width: number; height: number }): string | null {
  if (region.x + region.width > image.width)
    return `The region runs past the right edge of the photo (${image.width} pixels wide).`;
  if (region.y + region.height > image.height)
    return `The region runs past the bottom of the photo (${image.height} pixels high).`;
  return null;
}

/** "photo 12, region 3; photo 13, region 1": where a passage stands, as a note may say it. */
export function scanReference(places: { photoNumber: number; regionNumber: number }[]): string | null {
  if (!places.length) return null;
  return places.map((place) => `photo ${place.photoNumber}, region ${place.regionNumber}`).join("; ");
}
