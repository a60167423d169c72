import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { conflictError } from "@/lib/history/conflict";
import { recordActivity } from "@/lib/history/mutations";
import { assertCanModify } from "@/lib/projects/access";
import { assertCanAdd, lockProject } from "@/lib/projects/guards";
import type { ProjectAccess } from "@/lib/projects/types";
import type { CreateEvidenceInput, UpdateEvidenceInput } from "./schema";

async function findClaim(tx: Prisma.TransactionClient, access: ProjectAccess, claimId: string) {
  const claim = await tx.claim.findFirst({ where: { id: claimId, projectId: access.projectId } });
  if (!claim) throw new AppError("NOT_FOUND", "Claim not found.");
  return claim;
}

/** True when `descendantId` already rests, directly or through sub-claims, on `ancestorId`. */
async function claimRestsOn(
  tx: Prisma.TransactionClient,
  claimId: string,
  otherId: string,
): Promise<boolean> {
  const rows = await tx.$queryRaw<{ found: boolean }[]>`
    WITH RECURSIVE reach(id) AS (
      SELECT ${claimId}::text
      UNION
      SELECT e."supportingClaimId" FROM "Evidence" e JOIN reach r ON e."claimId" = r.id
      WHERE e."supportingClaimId" IS NOT NULL
    )
    SELECT EXISTS (SELECT 1 FROM reach WHERE id = ${otherId}) AS found`;
  return rows[0]?.found ?? false;
}

/** Resolves the target inside the project, refusing ids of other projects and claim cycles. */
async function targetColumns(
  tx: Prisma.TransactionClient,
  access: ProjectAccess,
  claimId: string,
  input: CreateEvidenceInput,
) {
  const { target } = input;
  const scope = { projectId: access.projectId };
  switch (target.kind) {
    case "passage": {
      const passage = await tx.passage.findFirst({
        where: { id: target.passageId, ...scope },
        select: { id: true },
      });
      if (!passage)
        throw new AppError("INVALID_INPUT", "That passage is not in this project.", {
          "target.passageId": ["Not a passage of this project"],
        });
      return { passageId: passage.id, label: "a passage" };
    }
    case "source": {
      const source = await tx.source.findFirst({
        where: { id: target.sourceId, ...scope },
        select: { id: true },
      });
      if (!source)
        throw new AppError("INVALID_INPUT", "That source is not in this project.", {
          "target.sourceId": ["Not a source of this project"],
        });
      return { sourceId: source.id, label: "a source" };
    }
    case "claim": {
      const subClaim = await tx.claim.findFirst({
        where: { id: target.claimId, ...scope },
        select: { id: true, number: true },
      });
      if (!subClaim)
        throw new AppError("INVALID_INPUT", "That claim is not in this project.", {
          "target.claimId": ["Not a claim of this project"],
        });
      if (subClaim.id === claimId || (await claimRestsOn(tx, subClaim.id, claimId))) {
        throw new AppError(
          "INVALID_INPUT",
          `C${subClaim.number} already rests on this claim, directly or through other claims: linking it would make a circle of evidence.`,
          { "target.claimId": ["Would make a circle of evidence"] },
        );
      }
      return { supportingClaimId: subClaim.id, label: `C${subClaim.number}` };
    }
  }
}

export async function createEvidence(access: ProjectAccess, claimId: string, input: CreateEvidenceInput) {
  assertCanAdd(access, "evidence");
  return prisma.$transaction(async (tx) => {
    // Cycle checks must see each other's links.
    await lockProject(tx, access.projectId);
    const claim = await findClaim(tx, access, claimId);
    const { label, ...target } = await targetColumns(tx, access, claimId, input);
    const last = await tx.evidence.aggregate({ where: { claimId }, _max: { position: true } });
    const evidence = await tx.evidence.create({
      data: {
        ...target,
        projectId: access.projectId,
        claimId,
        stance: input.stance,
        confidence: input.confidence,
        rationale: input.rationale,
        position: (last._max.position ?? -1) + 1,
        createdById: access.userId,
      },
    });
    await recordActivity(tx, access, {
      action: "create",
      entityType: "evidence",
      entityId: evidence.id,
      label: `C${claim.number} ${input.stance} ${label}`,
      after: evidence,
    });
    return evidence;
  });
}

export async function updateEvidence(access: ProjectAccess, evidenceId: string, input: UpdateEvidenceInput) {
  const { version, ...fields } = input;
  const outcome = await prisma.$transaction(async (tx) => {
    const before = await tx.evidence.findFirst({
      where: { id: evidenceId, projectId: access.projectId },
      include: { claim: { select: { number: true } } },
    });
    if (!before) throw new AppError("NOT_FOUND", "Evidence not found.");
    assertCanModify(access, before, "evidence");
    if (before.version !== version) return { saved: false as const, current: before };
    const after = await tx.evidence.update({
      where: { id: evidenceId, version },
      data: { ...fields, version: { increment: 1 } },
    });
    const { claim, ...beforeRow } = before;
    await recordActivity(tx, access, {
      action: "update",
      entityType: "evidence",
      entityId: evidenceId,
      label: `Evidence for C${claim.number}`,
      before: beforeRow,
      after,
    });
    return { saved: true as const, evidence: after };
  });
  if (!outcome.saved) throw await conflictError(access, "evidence", outcome.current, "evidence");
  return outcome.evidence;
}

export async function deleteEvidence(access: ProjectAccess, evidenceId: string) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.evidence.findFirst({
      where: { id: evidenceId, projectId: access.projectId },
      include: { claim: { select: { number: true } } },
    });
    if (!before) throw new AppError("NOT_FOUND", "Evidence not found.");
    assertCanModify(access, before, "evidence");
    await tx.evidence.delete({ where: { id: evidenceId } });
    const { claim, ...row } = before;
    await recordActivity(tx, access, {
      action: "delete",
      entityType: "evidence",
      entityId: evidenceId,
      label: `Evidence for C${claim.number}`,
      before: row,
    });
  });
}

/** Puts a claim's evidence in the given order; the list must name each item exactly once. */
export async function reorderEvidence(access: ProjectAccess, claimId: string, orderedIds: string[]) {
  if (!(access.role === "owner" || access.role === "editor" || access.role === "contributor")) {
    throw new AppError("FORBIDDEN", "Viewers cannot reorder evidence.");
  }
  await prisma.$transaction(async (tx) => {
    const claim = await findClaim(tx, access, claimId);
    assertCanModify(access, claim, "claim");
    const current = await tx.evidence.findMany({ where: { claimId }, select: { id: true, position: true } });
    const known = new Set(current.map((item) => item.id));
    if (
      orderedIds.length !== known.size ||
      new Set(orderedIds).size !== orderedIds.length ||
      !orderedIds.every((id) => known.has(id))
    ) {
      throw new AppError(
        "INVALID_INPUT",
        "The new order must list each of the claim's evidence items exactly once.",
        {
          orderedIds: ["Must list each evidence item of the claim once"],
        },
      );
    }
    // One statement for the whole order, however long the list.
    await tx.$executeRaw`
      UPDATE "Evidence" e SET position = o.position::int - 1, "updatedAt" = now()
      FROM unnest(${orderedIds}::text[]) WITH ORDINALITY AS o(id, position)
      WHERE e.id = o.id AND e."claimId" = ${claimId}`;
    await recordActivity(tx, access, {
      action: "update",
      entityType: "claim",
      entityId: claimId,
      label: `C${claim.number}`,
      before: { evidenceOrder: current.sort((a, b) => a.position - b.position).map((item) => item.id) },
      after: { evidenceOrder: orderedIds },
    });
  });
}
