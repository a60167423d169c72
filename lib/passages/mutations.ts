import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { conflictError } from "@/lib/history/conflict";
import { recordActivity } from "@/lib/history/mutations";
import { assertCanModify } from "@/lib/projects/access";
import { assertCanAdd } from "@/lib/projects/guards";
import type { ProjectAccess } from "@/lib/projects/types";
import type { PassageFields, UpdatePassageInput } from "./schema";

const withTranslations = { translations: { orderBy: { createdAt: "asc" as const } } };

/**
 * Attaches regions to a passage just created from them, in the order
 * given: each must be a region of a photo of the passage's source.
 */
async function attachRegions(
  tx: Prisma.TransactionClient,
  access: ProjectAccess,
  passage: { id: string; sourceId: string },
  regionIds: string[],
) {
  if (!regionIds.length) return;
  const regions = await tx.imageRegion.findMany({
    where: { id: { in: regionIds }, projectId: access.projectId, image: { sourceId: passage.sourceId } },
    select: { id: true, createdById: true },
  });
  if (regions.length !== new Set(regionIds).size) {
    throw new AppError("INVALID_INPUT", "A region given is not on a photo of this source.", {
      regionIds: ["Choose regions on this source's photos"],
    });
  }
  for (const region of regions) assertCanModify(access, region, "region");
  for (const [position, id] of regionIds.entries()) {
    await tx.imageRegion.update({
      where: { id },
      data: { passageId: passage.id, passagePosition: position, version: { increment: 1 } },
    });
  }
}

function label(text: string) {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export async function createPassage(access: ProjectAccess, sourceId: string, input: PassageFields) {
  assertCanAdd(access, "passages");
  const { translations, regionIds, ...fields } = input;
  return prisma.$transaction(async (tx) => {
    const source = await tx.source.findFirst({
      where: { id: sourceId, projectId: access.projectId },
      select: { id: true },
    });
    if (!source) throw new AppError("NOT_FOUND", "Source not found.");
    const last = await tx.passage.aggregate({ where: { sourceId }, _max: { position: true } });
    const passage = await tx.passage.create({
      data: {
        ...fields,
        projectId: access.projectId,
        sourceId,
        position: (last._max.position ?? -1) + 1,
        createdById: access.userId,
        translations: { create: translations },
      },
      include: withTranslations,
    });
    await attachRegions(tx, access, passage, regionIds);
    await recordActivity(tx, access, {
      action: "create",
      entityType: "passage",
      entityId: passage.id,
      label: label(passage.text),
      after: passage,
    });
    return passage;
  });
}

export async function updatePassage(access: ProjectAccess, passageId: string, input: UpdatePassageInput) {
  const { version, translations, ...fields } = input;
  const outcome = await prisma.$transaction(async (tx) => {
    const before = await tx.passage.findFirst({
      where: { id: passageId, projectId: access.projectId },
      include: withTranslations,
    });
    if (!before) throw new AppError("NOT_FOUND", "Passage not found.");
    assertCanModify(access, before, "passage");
    if (before.version !== version) return { saved: false as const, current: before };
    if (translations) {
      await tx.passageTranslation.deleteMany({ where: { passageId } });
      await tx.passageTranslation.createMany({
        data: translations.map((translation) => ({ ...translation, passageId })),
      });
    }
    const after = await tx.passage.update({
      where: { id: passageId, version },
      data: { ...fields, version: { increment: 1 } },
      include: withTranslations,
    });
    await recordActivity(tx, access, {
      action: "update",
      entityType: "passage",
      entityId: passageId,
      label: label(after.text),
      before,
      after,
    });
    return { saved: true as const, passage: after };
  });
  if (!outcome.saved) throw await conflictError(access, "passage", outcome.current, "passage");
  return outcome.passage;
}

export async function deletePassage(access: ProjectAccess, passageId: string) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.passage.findFirst({
      where: { id: passageId, projectId: access.projectId },
      include: withTranslations,
    });
    if (!before) throw new AppError("NOT_FOUND", "Passage not found.");
    assertCanModify(access, before, "passage");
    await tx.passage.delete({ where: { id: passageId } });
    await recordActivity(tx, access, {
      action: "delete",
      entityType: "passage",
      entityId: passageId,
      label: label(before.text),
      before,
    });
  });
}
