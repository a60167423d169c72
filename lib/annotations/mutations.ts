import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { conflictError } from "@/lib/history/conflict";
import { recordActivity } from "@/lib/history/mutations";
import { roleAtLeast } from "@/lib/projects/roles";
import type { ProjectAccess } from "@/lib/projects/types";
import { anchorSelector } from "./anchoring";
import { targetColumn, visibleTo } from "./data";
import type { AnnotationTargetKind, CreateAnnotationInput, UpdateAnnotationInput } from "./schema";

// Any member may keep private notes (viewers included); sharing a note with the project is a
// contribution, so it needs the contributor role. Only the author edits a note; owners and
// editors may also delete shared ones. Private notes are not written to the project's history,
// which every member can read.

export function assertMayShare(access: ProjectAccess) {
  if (!roleAtLeast(access.role, "contributor")) {
    throw new AppError(
      "FORBIDDEN",
      "Viewers keep private notes only; ask an owner for the contributor role to share notes.",
    );
  }
}

async function assertTargetInProject(
  tx: Prisma.TransactionClient,
  access: ProjectAccess,
  kind: AnnotationTargetKind,
  id: string,
) {
  const where = { id, projectId: access.projectId };
  const found =
    kind === "claim"
      ? await tx.claim.findFirst({ where, select: { id: true } })
      : kind === "source"
        ? await tx.source.findFirst({ where, select: { id: true } })
        : kind === "passage"
          ? await tx.passage.findFirst({ where, select: { id: true, text: true } })
          : kind === "reading"
            ? await tx.reading.findFirst({ where, select: { id: true } })
            : await tx.evidence.findFirst({ where, select: { id: true } });
  if (!found)
    throw new AppError("INVALID_INPUT", `That ${kind} is not in this project.`, {
      "target.id": [`Not a ${kind} of this project`],
    });
  return found as { id: string; text?: string };
}

export async function createAnnotation(access: ProjectAccess, input: CreateAnnotationInput) {
  if (input.visibility === "shared") assertMayShare(access);
  if (input.selector && input.target.kind !== "passage") {
    throw new AppError("INVALID_INPUT", "Only a passage's text can be annotated by span.", {
      selector: ["Only for passages"],
    });
  }
  return prisma.$transaction(async (tx) => {
    const target = await assertTargetInProject(tx, access, input.target.kind, input.target.id);
    if (input.selector && !anchorSelector(target.text ?? "", input.selector)) {
      throw new AppError(
        "INVALID_INPUT",
        "The selected text is not in the passage (was it edited meanwhile?).",
        {
          "selector.exact": ["Not found in the passage"],
        },
      );
    }
    const annotation = await tx.annotation.create({
      data: {
        projectId: access.projectId,
        authorId: access.userId,
        visibility: input.visibility,
        body: input.body,
        [targetColumn(input.target.kind)]: input.target.id,
        selectorExact: input.selector?.exact,
        selectorPrefix: input.selector?.prefix,
        selectorSuffix: input.selector?.suffix,
        selectorStart: input.selector?.start,
      },
    });
    if (annotation.visibility === "shared") {
      await recordActivity(tx, access, {
        action: "create",
        entityType: "annotation",
        entityId: annotation.id,
        label: `Note on a ${input.target.kind}`,
        after: annotation,
      });
    }
    return annotation;
  });
}

/** A reply joins its thread: same target and visibility. Viewers reply only within their private threads. */
export async function replyToAnnotation(access: ProjectAccess, annotationId: string, body: string) {
  return prisma.$transaction(async (tx) => {
    const parent = await tx.annotation.findFirst({
      where: { id: annotationId, projectId: access.projectId, ...visibleTo(access.userId) },
    });
    if (!parent) throw new AppError("NOT_FOUND", "Note not found.");
    if (parent.parentId) throw new AppError("INVALID_INPUT", "Reply to the thread's first note.");
    if (parent.visibility === "shared") assertMayShare(access);
    const reply = await tx.annotation.create({
      data: {
        projectId: access.projectId,
        authorId: access.userId,
        visibility: parent.visibility,
        body,
        parentId: parent.id,
        claimId: parent.claimId,
        sourceId: parent.sourceId,
        passageId: parent.passageId,
        readingId: parent.readingId,
        evidenceId: parent.evidenceId,
      },
    });
    if (reply.visibility === "shared") {
      await recordActivity(tx, access, {
        action: "create",
        entityType: "annotation",
        entityId: reply.id,
        label: "Reply to a note",
        after: reply,
      });
    }
    return reply;
  });
}

async function findVisible(tx: Prisma.TransactionClient, access: ProjectAccess, annotationId: string) {
  const annotation = await tx.annotation.findFirst({
    where: { id: annotationId, projectId: access.projectId, ...visibleTo(access.userId) },
  });
  if (!annotation) throw new AppError("NOT_FOUND", "Note not found.");
  return annotation;
}

export async function updateAnnotation(
  access: ProjectAccess,
  annotationId: string,
  input: UpdateAnnotationInput,
) {
  const { version, ...fields } = input;
  const outcome = await prisma.$transaction(async (tx) => {
    const before = await findVisible(tx, access, annotationId);
    if (before.authorId !== access.userId)
      throw new AppError("FORBIDDEN", "Only its author can edit a note.");
    if (fields.visibility === "shared") assertMayShare(access);
    if (fields.visibility && before.parentId)
      throw new AppError("INVALID_INPUT", "A reply has its thread's visibility.");
    if (before.version !== version) return { saved: false as const, current: before };
    const after = await tx.annotation.update({
      where: { id: annotationId, version },
      data: { ...fields, version: { increment: 1 } },
    });
    // Replies follow their thread when it is shared or made private again.
    if (fields.visibility)
      await tx.annotation.updateMany({
        where: { parentId: annotationId },
        data: { visibility: fields.visibility },
      });
    if (after.visibility === "shared" || before.visibility === "shared") {
      const snapshot = (row: typeof before) =>
        row.visibility === "shared" ? row : { visibility: row.visibility };
      await recordActivity(tx, access, {
        action: "update",
        entityType: "annotation",
        entityId: annotationId,
        label: "Note",
        before: snapshot(before),
        after: snapshot(after),
      });
    }
    return { saved: true as const, annotation: after };
  });
  if (!outcome.saved) throw await conflictError(access, "annotation", outcome.current, "note");
  return outcome.annotation;
}

export async function deleteAnnotation(access: ProjectAccess, annotationId: string) {
  await prisma.$transaction(async (tx) => {
    const before = await findVisible(tx, access, annotationId);
    const moderator = before.visibility === "shared" && roleAtLeast(access.role, "editor");
    if (before.authorId !== access.userId && !moderator) {
      throw new AppError(
        "FORBIDDEN",
        "Only its author (or an owner or editor, for shared notes) can delete a note.",
      );
    }
    await tx.annotation.delete({ where: { id: annotationId } });
    if (before.visibility === "shared") {
      await recordActivity(tx, access, {
        action: "delete",
        entityType: "annotation",
        entityId: annotationId,
        label: "Note",
        before,
      });
    }
  });
}
