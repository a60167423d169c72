import "server-only";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { conflictError } from "@/lib/history/conflict";
import { recordActivity } from "@/lib/history/mutations";
import { assertPassageOfSource } from "@/lib/passages/guards";
import { assertCanModify } from "@/lib/projects/access";
import { assertCanAdd } from "@/lib/projects/guards";
import type { ProjectAccess } from "@/lib/projects/types";
import { imageSelect } from "./data";
import { processImage } from "./process";
import type { UpdateImageInput, UploadImageInput } from "./schema";

function label(image: { caption: string; fileName: string }) {
  return image.caption || image.fileName;
}

/** Attaches a photo or scan to a source, after reading it (type, size, thumbnail). */
export async function uploadSourceImage(
  access: ProjectAccess,
  sourceId: string,
  input: UploadImageInput,
  bytes: Buffer,
) {
  assertCanAdd(access, "images");
  const source = await prisma.source.findFirst({
    where: { id: sourceId, projectId: access.projectId },
    select: { id: true },
  });
  if (!source) throw new AppError("NOT_FOUND", "Source not found.");
  // Decoding takes a moment: done before the transaction, which then only writes.
  const image = await processImage(bytes);
  return prisma
    .$transaction(async (tx) => {
      if (input.passageId) await assertPassageOfSource(tx, input.passageId, sourceId);
      const same = await tx.sourceImage.findFirst({
        where: { sourceId, sha256: image.sha256 },
        select: { caption: true, fileName: true },
      });
      if (same) throw alreadyAttached(same);
      const last = await tx.sourceImage.aggregate({ where: { sourceId }, _max: { position: true } });
      const created = await tx.sourceImage.create({
        data: {
          projectId: access.projectId,
          sourceId,
          passageId: input.passageId ?? null,
          caption: input.caption,
          fileName: input.fileName,
          ...image,
          data: new Uint8Array(bytes),
          thumbnail: new Uint8Array(image.thumbnail),
          position: (last._max.position ?? -1) + 1,
          createdById: access.userId,
        },
        select: imageSelect,
      });
      await recordActivity(tx, access, {
        action: "create",
        entityType: "image",
        entityId: created.id,
        label: label(created),
        after: created,
      });
      return created;
    })
    .catch((error: unknown) => {
      // Two uploads of the same photo at once: the unique index refuses the second.
      if ((error as { code?: string }).code === "P2002") throw alreadyAttached(null);
      throw error;
    });
}

function alreadyAttached(existing: { caption: string; fileName: string } | null) {
  return new AppError(
    "CONFLICT",
    existing
      ? `This photo is already attached to the source, as "${label(existing)}".`
      : "This photo is already attached to the source.",
    { file: ["Already attached"] },
  );
}

export async function updateSourceImage(access: ProjectAccess, imageId: string, input: UpdateImageInput) {
  const { version, ...fields } = input;
  const outcome = await prisma.$transaction(async (tx) => {
    const before = await tx.sourceImage.findFirst({
      where: { id: imageId, projectId: access.projectId },
      select: imageSelect,
    });
    if (!before) throw new AppError("NOT_FOUND", "Image not found.");
    assertCanModify(access, before, "image");
    if (before.version !== version) return { saved: false as const, current: before };
    if (fields.passageId) await assertPassageOfSource(tx, fields.passageId, before.sourceId);
    const after = await tx.sourceImage.update({
      where: { id: imageId, version },
      data: { ...fields, version: { increment: 1 } },
      select: imageSelect,
    });
    await recordActivity(tx, access, {
      action: "update",
      entityType: "image",
      entityId: imageId,
      label: label(after),
      before,
      after,
    });
    return { saved: true as const, image: after };
  });
  if (!outcome.saved) throw await conflictError(access, "image", outcome.current, "image");
  return outcome.image;
}

export async function deleteSourceImage(access: ProjectAccess, imageId: string) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.sourceImage.findFirst({
      where: { id: imageId, projectId: access.projectId },
      select: imageSelect,
    });
    if (!before) throw new AppError("NOT_FOUND", "Image not found.");
    assertCanModify(access, before, "image");
    await tx.sourceImage.delete({ where: { id: imageId } });
    await recordActivity(tx, access, {
      action: "delete",
      entityType: "image",
      entityId: imageId,
      label: label(before),
      before,
    });
  });
}
