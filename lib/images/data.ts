import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { ascendingAfter, toPage } from "@/lib/db/keyset";
import type { ProjectAccess } from "@/lib/projects/types";

/** An image's description, without its bytes. */
export const imageSelect = {
  id: true,
  sourceId: true,
  passageId: true,
  caption: true,
  fileName: true,
  contentType: true,
  byteSize: true,
  width: true,
  height: true,
  position: true,
  rotation: true,
  version: true,
  createdById: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** Images shown at once on a source's page (a whole file may be photographed folio by folio). */
export const SOURCE_IMAGES_PAGE = 60;

export async function findImageProjectId(imageId: string) {
  return (
    (await prisma.sourceImage.findUnique({ where: { id: imageId }, select: { projectId: true } }))
      ?.projectId ?? null
  );
}

export const imageCursorSchema = z.object({ position: z.number().int(), id: z.string() });

/** One page of a source's photos and scans in their order, with their number. */
export async function listSourceImages(
  access: ProjectAccess,
  sourceId: string,
  page: { limit: number; after?: z.infer<typeof imageCursorSchema> },
) {
  const where = { sourceId, projectId: access.projectId };
  const [rows, total] = await Promise.all([
    prisma.sourceImage.findMany({
      where: page.after
        ? { ...where, ...ascendingAfter("position", { position: page.after.position, id: page.after.id }) }
        : where,
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: imageSelect,
      take: page.limit + 1,
    }),
    prisma.sourceImage.count({ where }),
  ]);
  return { ...toPage(rows, page.limit, (row) => ({ position: row.position, id: row.id })), total };
}
export type SourceImageView = Awaited<ReturnType<typeof listSourceImages>>["data"][number];

export function getSourceImage(access: ProjectAccess, imageId: string) {
  return prisma.sourceImage.findFirst({
    where: { id: imageId, projectId: access.projectId },
    select: imageSelect,
  });
}

/** The ETag of an image's bytes or its thumbnail's: they never change for an image. */
export function imageEtag(sha256: string, size: "full" | "thumbnail") {
  return `"${size === "full" ? sha256 : `${sha256}-thumbnail`}"`;
}

/** The ETag alone, to answer a browser that has the image without reading its bytes. */
export async function getSourceImageEtag(access: ProjectAccess, imageId: string, size: "full" | "thumbnail") {
  const row = await prisma.sourceImage.findFirst({
    where: { id: imageId, projectId: access.projectId },
    select: { sha256: true },
  });
  return row && imageEtag(row.sha256, size);
}

/** The image's bytes, or its thumbnail's (always WebP). */
export async function getSourceImageFile(access: ProjectAccess, imageId: string, size: "full" | "thumbnail") {
  const full = size === "full";
  const row = await prisma.sourceImage.findFirst({
    where: { id: imageId, projectId: access.projectId },
    // Only the bytes asked for are read.
    select: { fileName: true, contentType: true, sha256: true, data: full, thumbnail: !full },
  });
  if (!row) return null;
  return {
    body: (full ? row.data : row.thumbnail)!,
    contentType: full ? row.contentType : "image/webp",
    fileName: full ? row.fileName : `${row.fileName.replace(/\.[^.]*$/, "")}-thumbnail.webp`,
    etag: imageEtag(row.sha256, size),
  };
}

/** The photos that show each of these passages (a page's passages), in the source's order. */
export async function listImagesOfPassages(access: ProjectAccess, passageIds: string[]) {
  const byPassage = new Map<string, SourceImageView[]>();
  if (!passageIds.length) return byPassage;
  const rows = await prisma.sourceImage.findMany({
    where: { projectId: access.projectId, passageId: { in: passageIds } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: imageSelect,
    take: 1000,
  });
  for (const row of rows) {
    const list = byPassage.get(row.passageId!) ?? [];
    list.push(row);
    byPassage.set(row.passageId!, list);
  }
  return byPassage;
}
