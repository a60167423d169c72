import "server-only";
import { prisma } from "@/lib/db/client";
import type { ProjectAccess } from "@/lib/projects/types";
import { mediaFragment } from "./fragment";
import type { ScanPlace } from "./types";

export const regionSelect = {
  id: true,
  imageId: true,
  number: true,
  x: true,
  y: true,
  width: true,
  height: true,
  passageId: true,
  passagePosition: true,
  ocrText: true,
  version: true,
  createdById: true,
  createdAt: true,
  updatedAt: true,
} as const;

export async function findRegionProjectId(regionId: string) {
  return (
    (await prisma.imageRegion.findUnique({ where: { id: regionId }, select: { projectId: true } }))
      ?.projectId ?? null
  );
}

/** A photo's regions in the order drawn, each with the passage it shows. */
export async function listImageRegions(access: ProjectAccess, imageId: string) {
  const image = await prisma.sourceImage.findFirst({
    where: { id: imageId, projectId: access.projectId },
    select: { id: true },
  });
  if (!image) return null;
  return prisma.imageRegion.findMany({
    where: { imageId, projectId: access.projectId },
    orderBy: { number: "asc" },
    select: { ...regionSelect, passage: { select: { id: true, text: true } } },
  });
}
export type RegionView = NonNullable<Awaited<ReturnType<typeof listImageRegions>>>[number];

export function getImageRegion(access: ProjectAccess, regionId: string) {
  return prisma.imageRegion.findFirst({
    where: { id: regionId, projectId: access.projectId },
    select: regionSelect,
  });
}

/** The regions each passage rests on, in the passage's order (a page's or a chain's passages). */
export async function scanPlacesOfPassages(
  access: ProjectAccess,
  passageIds: string[],
): Promise<Map<string, ScanPlace[]>> {
  const byPassage = new Map<string, ScanPlace[]>();
  if (!passageIds.length) return byPassage;
  const rows = await prisma.imageRegion.findMany({
    where: { projectId: access.projectId, passageId: { in: passageIds } },
    orderBy: [{ passagePosition: "asc" }, { createdAt: "asc" }],
    select: {
      ...regionSelect,
      image: {
        select: {
          id: true,
          sourceId: true,
          position: true,
          width: true,
          height: true,
          rotation: true,
          caption: true,
        },
      },
    },
  });
  // A photo's number is its place among its source's photos (positions may have gaps).
  const sourceIds = [...new Set(rows.map((row) => row.image.sourceId))];
  const numbers = new Map<string, number>();
  if (sourceIds.length) {
    const photos = await prisma.sourceImage.findMany({
      where: { projectId: access.projectId, sourceId: { in: sourceIds } },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, sourceId: true },
    });
    const counters = new Map<string, number>();
    for (const photo of photos) {
      const next = (counters.get(photo.sourceId) ?? 0) + 1;
      counters.set(photo.sourceId, next);
      numbers.set(photo.id, next);
    }
  }
  for (const row of rows) {
    const list = byPassage.get(row.passageId!) ?? [];
    list.push({
      regionId: row.id,
      imageId: row.image.id,
      sourceId: row.image.sourceId,
      photoNumber: numbers.get(row.image.id) ?? row.image.position + 1,
      regionNumber: row.number,
      x: row.x,
      y: row.y,
      width: row.width,
      height: row.height,
      fragment: mediaFragment(row),
      imageWidth: row.image.width,
      imageHeight: row.image.height,
      rotation: row.image.rotation,
      caption: row.image.caption,
    });
    byPassage.set(row.passageId!, list);
  }
  return byPassage;
}
