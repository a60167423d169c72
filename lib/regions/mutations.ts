import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { conflictError } from "@/lib/history/conflict";
import { recordActivity } from "@/lib/history/mutations";
import { assertPassageOfSource } from "@/lib/passages/guards";
import { assertCanModify } from "@/lib/projects/access";
import { assertCanAdd } from "@/lib/projects/guards";
import type { ProjectAccess } from "@/lib/projects/types";
import { regionSelect } from "./data";
import { outsideOf } from "./fragment";
import type { CreateRegionInput, Rectangle, UpdateRegionInput } from "./schema";

function label(region: { number: number }, image: { caption: string; fileName: string }) {
  return `${image.caption || image.fileName}, region ${region.number}`;
}

function assertInside(region: Rectangle, image: { width: number; height: number }) {
  const problem = outsideOf(region, image);
  if (problem) {
    const field = region.x + region.width > image.width ? "width" : "height";
    throw new AppError("INVALID_INPUT", problem, { [field]: [problem] });
  }
}

/** The place after the passage's last region. */
async function nextPassagePosition(tx: Prisma.TransactionClient, passageId: string) {
  const last = await tx.imageRegion.aggregate({ where: { passageId }, _max: { passagePosition: true } });
  return (last._max.passagePosition ?? -1) + 1;
}

const imageFields = { id: true, sourceId: true, width: true, height: true, caption: true, fileName: true };

export async function createImageRegion(access: ProjectAccess, imageId: string, input: CreateRegionInput) {
  assertCanAdd(access, "regions");
  return prisma.$transaction(async (tx) => {
    // The photo's row is locked while its next number is taken: two regions drawn at once get two.
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "SourceImage" WHERE id = ${imageId} AND "projectId" = ${access.projectId} FOR UPDATE`;
    if (!locked) throw new AppError("NOT_FOUND", "Image not found.");
    const image = await tx.sourceImage.update({
      where: { id: imageId },
      data: { nextRegionNumber: { increment: 1 } },
      select: { ...imageFields, nextRegionNumber: true },
    });
    assertInside(input, image);
    if (input.passageId) await assertPassageOfSource(tx, input.passageId, image.sourceId);
    const created = await tx.imageRegion.create({
      data: {
        projectId: access.projectId,
        imageId,
        number: image.nextRegionNumber - 1,
        x: input.x,
        y: input.y,
        width: input.width,
        height: input.height,
        passageId: input.passageId ?? null,
        passagePosition: input.passageId ? await nextPassagePosition(tx, input.passageId) : 0,
        createdById: access.userId,
      },
      select: regionSelect,
    });
    await recordActivity(tx, access, {
      action: "create",
      entityType: "region",
      entityId: created.id,
      label: label(created, image),
      after: created,
    });
    return created;
  });
}

export async function updateImageRegion(access: ProjectAccess, regionId: string, input: UpdateRegionInput) {
  const { version, passageId, ...rectangle } = input;
  const outcome = await prisma.$transaction(async (tx) => {
    const before = await tx.imageRegion.findFirst({
      where: { id: regionId, projectId: access.projectId },
      select: { ...regionSelect, image: { select: imageFields } },
    });
    if (!before) throw new AppError("NOT_FOUND", "Region not found.");
    assertCanModify(access, before, "region");
    if (before.version !== version) return { saved: false as const, current: before };
    const { image, ...current } = before;
    assertInside({ ...current, ...rectangle }, image);
    const attach = passageId !== undefined && passageId !== current.passageId;
    if (attach && passageId) await assertPassageOfSource(tx, passageId, image.sourceId);
    const after = await tx.imageRegion.update({
      where: { id: regionId, version },
      data: {
        ...rectangle,
        ...(attach
          ? {
              passageId,
              passagePosition: passageId ? await nextPassagePosition(tx, passageId) : 0,
            }
          : {}),
        version: { increment: 1 },
      },
      select: regionSelect,
    });
    await recordActivity(tx, access, {
      action: "update",
      entityType: "region",
      entityId: regionId,
      label: label(after, image),
      before: current,
      after,
    });
    return { saved: true as const, region: after };
  });
  if (!outcome.saved) {
    const { image: _image, ...current } = outcome.current;
    throw await conflictError(access, "region", current, "region");
  }
  return outcome.region;
}

export async function deleteImageRegion(access: ProjectAccess, regionId: string) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.imageRegion.findFirst({
      where: { id: regionId, projectId: access.projectId },
      select: { ...regionSelect, image: { select: imageFields } },
    });
    if (!before) throw new AppError("NOT_FOUND", "Region not found.");
    assertCanModify(access, before, "region");
    await tx.imageRegion.delete({ where: { id: regionId } });
    const { image, ...current } = before;
    await recordActivity(tx, access, {
      action: "delete",
      entityType: "region",
      entityId: regionId,
      label: label(current, image),
      before: current,
    });
  });
}
