import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { conflictError } from "@/lib/history/conflict";
import { recordActivity } from "@/lib/history/mutations";
import { assertCanModify } from "@/lib/projects/access";
import { assertCanAdd } from "@/lib/projects/guards";
import type { ProjectAccess } from "@/lib/projects/types";
import {
  type ArgumentFields,
  MAX_DEPTH,
  MAX_POINTS,
  type OutlineInput,
  type PointFields,
  type UpdateArgumentInput,
  type UpdatePointInput,
} from "./schema";

// An argument's outline is one document: whoever may change the argument (owners and editors,
// or the contributor who started it) may change its points, and every change of the outline's
// shape bumps the argument's version, so that a reorder made on an outdated outline is refused.

type Tx = Prisma.TransactionClient;

function invalid(field: string, message: string, summary = message): AppError {
  return new AppError("INVALID_INPUT", summary, { [field]: [message] });
}

function excerpt(text: string, length = 60) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** The argument, locked for the transaction (the outline's positions are rewritten under it). */
async function lockedArgument(tx: Tx, access: ProjectAccess, argumentId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Argument" WHERE id = ${argumentId} AND "projectId" = ${access.projectId} FOR UPDATE`;
  if (!rows.length) throw new AppError("NOT_FOUND", "Argument not found.");
  const argument = await tx.argument.findUniqueOrThrow({ where: { id: argumentId } });
  assertCanModify(access, argument, "argument");
  return argument;
}

async function bumpArgument(tx: Tx, argumentId: string) {
  return tx.argument.update({ where: { id: argumentId }, data: { version: { increment: 1 } } });
}

/** The claim must be the project's, and the evidence the claim's. */
async function checkCitation(
  tx: Tx,
  access: ProjectAccess,
  claimId: string | null | undefined,
  evidenceIds: string[] | undefined,
) {
  if (claimId) {
    const claim = await tx.claim.findFirst({
      where: { id: claimId, projectId: access.projectId },
      select: { id: true },
    });
    if (!claim) throw invalid("claimId", "Not a claim of this project", "That claim is not in this project.");
  }
  if (evidenceIds?.length) {
    if (!claimId) throw invalid("evidenceIds", "Evidence is chosen for a claim: choose the claim first");
    const found = await tx.evidence.count({
      where: { id: { in: evidenceIds }, claimId, projectId: access.projectId },
    });
    if (found !== new Set(evidenceIds).size)
      throw invalid(
        "evidenceIds",
        "Some of this evidence is not the claim's",
        "Choose evidence of the point's claim.",
      );
  }
}

/** Depths that no longer nest (a point more than one level under the one above it) pulled up. */
function nestedDepths(depths: number[]): number[] {
  let above = -1;
  return depths.map((depth) => {
    const fixed = Math.min(depth, above + 1);
    above = fixed;
    return fixed;
  });
}

async function rewriteOutline(tx: Tx, points: { id: string; depth: number }[]) {
  const depths = nestedDepths(points.map((point) => point.depth));
  // One statement for the whole outline: an argument of hundreds of points reorders in one trip.
  if (!points.length) return;
  await tx.$executeRaw`
    UPDATE "ArgumentPoint" p SET position = o.position - 1, depth = o.depth, "updatedAt" = now()
    FROM unnest(${points.map((point) => point.id)}::text[], ${depths}::int[])
      WITH ORDINALITY AS o(id, depth, position)
    WHERE p.id = o.id AND (p.position <> o.position - 1 OR p.depth <> o.depth)`;
}

/**
 * Where a new point goes when no depth is asked for: a point under the section above it, or
 * beside the point above; a section beside the nearest section above.
 */
function defaultDepth(above: { depth: number; kind: string }[], kind: string): number {
  const last = above.at(-1);
  if (!last) return 0;
  if (kind !== "section") return last.kind === "section" ? last.depth + 1 : last.depth;
  const section = above.findLast((point) => point.kind === "section");
  return section ? section.depth : 0;
}

export async function createArgument(access: ProjectAccess, input: ArgumentFields) {
  assertCanAdd(access, "arguments");
  return prisma.$transaction(async (tx) => {
    const argument = await tx.argument.create({
      data: { ...input, projectId: access.projectId, createdById: access.userId },
    });
    await recordActivity(tx, access, {
      action: "create",
      entityType: "argument",
      entityId: argument.id,
      label: excerpt(argument.title),
      after: argument,
    });
    return argument;
  });
}

export async function updateArgument(access: ProjectAccess, argumentId: string, input: UpdateArgumentInput) {
  const { version, ...fields } = input;
  const outcome = await prisma.$transaction(async (tx) => {
    const before = await tx.argument.findFirst({ where: { id: argumentId, projectId: access.projectId } });
    if (!before) throw new AppError("NOT_FOUND", "Argument not found.");
    assertCanModify(access, before, "argument");
    if (before.version !== version) return { saved: false as const, current: before };
    const after = await tx.argument.update({
      where: { id: argumentId, version },
      data: { ...fields, version: { increment: 1 } },
    });
    await recordActivity(tx, access, {
      action: "update",
      entityType: "argument",
      entityId: argumentId,
      label: excerpt(after.title),
      before,
      after,
    });
    return { saved: true as const, argument: after };
  });
  if (!outcome.saved) throw await conflictError(access, "argument", outcome.current, "argument");
  return outcome.argument;
}

export async function deleteArgument(access: ProjectAccess, argumentId: string) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.argument.findFirst({ where: { id: argumentId, projectId: access.projectId } });
    if (!before) throw new AppError("NOT_FOUND", "Argument not found.");
    assertCanModify(access, before, "argument");
    await tx.argument.delete({ where: { id: argumentId } });
    await recordActivity(tx, access, {
      action: "delete",
      entityType: "argument",
      entityId: argumentId,
      label: excerpt(before.title),
      before,
    });
  });
}

export async function addPoint(access: ProjectAccess, argumentId: string, input: PointFields) {
  assertCanAdd(access, "points");
  const { afterPointId, depth, kind, ...fields } = input;
  return prisma.$transaction(async (tx) => {
    await lockedArgument(tx, access, argumentId);
    await checkCitation(tx, access, fields.claimId, fields.evidenceIds);
    const outline = await tx.argumentPoint.findMany({
      where: { argumentId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, depth: true, kind: true },
    });
    if (outline.length >= MAX_POINTS)
      throw new AppError("INVALID_INPUT", `An argument has at most ${MAX_POINTS} points: start another one.`);
    let index = outline.length;
    if (afterPointId) {
      const found = outline.findIndex((point) => point.id === afterPointId);
      if (found < 0) throw invalid("afterPointId", "Not a point of this argument");
      index = found + 1;
    }
    const above = index > 0 ? outline[index - 1]!.depth : -1;
    const wanted = depth ?? defaultDepth(outline.slice(0, index), kind);
    const point = await tx.argumentPoint.create({
      data: {
        argumentId,
        projectId: access.projectId,
        kind,
        position: index,
        depth: Math.min(wanted, above + 1, MAX_DEPTH),
        text: fields.text ?? "",
        claimId: kind === "claim" ? fields.claimId : null,
        evidenceIds: fields.evidenceIds ?? [],
        citeContrary: fields.citeContrary ?? false,
        quote: fields.quote ?? "none",
        createdById: access.userId,
      },
    });
    outline.splice(index, 0, { id: point.id, depth: point.depth, kind: point.kind });
    await rewriteOutline(tx, outline);
    await bumpArgument(tx, argumentId);
    await recordActivity(tx, access, {
      action: "create",
      entityType: "point",
      entityId: point.id,
      label: excerpt(point.text || kind),
      after: point,
    });
    return tx.argumentPoint.findUniqueOrThrow({ where: { id: point.id } });
  });
}

async function pointWithArgument(tx: Tx, access: ProjectAccess, pointId: string) {
  const point = await tx.argumentPoint.findFirst({ where: { id: pointId, projectId: access.projectId } });
  if (!point) throw new AppError("NOT_FOUND", "Point not found.");
  const argument = await lockedArgument(tx, access, point.argumentId);
  return { point, argument };
}

export async function updatePoint(access: ProjectAccess, pointId: string, input: UpdatePointInput) {
  const { version, ...fields } = input;
  const outcome = await prisma.$transaction(async (tx) => {
    const { point: before } = await pointWithArgument(tx, access, pointId);
    if (before.version !== version) return { saved: false as const, current: before };
    if (before.kind !== "claim" && (fields.claimId || fields.evidenceIds?.length))
      throw invalid("claimId", "Only a claim point cites a claim");
    const claimId = fields.claimId === undefined ? before.claimId : fields.claimId;
    // A new claim clears the old claim's evidence choice, unless a choice comes with it.
    const evidenceIds =
      fields.evidenceIds ??
      (fields.claimId !== undefined && fields.claimId !== before.claimId ? [] : undefined);
    await checkCitation(tx, access, claimId, evidenceIds);
    if (before.kind !== "claim" && fields.text !== undefined && !fields.text)
      throw invalid("text", before.kind === "section" ? "Give the section a heading" : "Write the point");
    const after = await tx.argumentPoint.update({
      where: { id: pointId, version },
      data: { ...fields, claimId, evidenceIds, version: { increment: 1 } },
    });
    await recordActivity(tx, access, {
      action: "update",
      entityType: "point",
      entityId: pointId,
      label: excerpt(after.text || after.kind),
      before,
      after,
    });
    return { saved: true as const, point: after };
  });
  if (!outcome.saved) throw await conflictError(access, "point", outcome.current, "point");
  return outcome.point;
}

export async function deletePoint(access: ProjectAccess, pointId: string) {
  await prisma.$transaction(async (tx) => {
    const { point } = await pointWithArgument(tx, access, pointId);
    await tx.argumentPoint.delete({ where: { id: pointId } });
    const rest = await tx.argumentPoint.findMany({
      where: { argumentId: point.argumentId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, depth: true },
    });
    await rewriteOutline(tx, rest);
    await bumpArgument(tx, point.argumentId);
    await recordActivity(tx, access, {
      action: "delete",
      entityType: "point",
      entityId: pointId,
      label: excerpt(point.text || point.kind),
      before: point,
    });
  });
}

/** Reorders, indents and outdents: the whole outline, as the editor shows it after the change. */
export async function setOutline(access: ProjectAccess, argumentId: string, input: OutlineInput) {
  const outcome = await prisma.$transaction(async (tx) => {
    const argument = await lockedArgument(tx, access, argumentId);
    if (argument.version !== input.version) return { saved: false as const, current: argument };
    const existing = await tx.argumentPoint.findMany({ where: { argumentId }, select: { id: true } });
    const sent = new Set(input.points.map((point) => point.id));
    if (existing.length !== sent.size || existing.some((point) => !sent.has(point.id))) {
      throw invalid(
        "points",
        "List every point of the argument exactly once",
        "The outline sent does not match the argument's points: reload it and try again.",
      );
    }
    await rewriteOutline(tx, input.points);
    const after = await bumpArgument(tx, argumentId);
    await recordActivity(tx, access, {
      action: "update",
      entityType: "argument",
      entityId: argumentId,
      label: excerpt(after.title),
      before: { outline: "reordered" },
      after: { outline: input.points.map((point) => `${"  ".repeat(point.depth)}${point.id}`).join("\n") },
    });
    return { saved: true as const, argument: after };
  });
  if (!outcome.saved) throw await conflictError(access, "argument", outcome.current, "argument");
  return outcome.argument;
}
