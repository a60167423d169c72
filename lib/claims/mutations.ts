import "server-only";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { conflictError } from "@/lib/history/conflict";
import { recordActivity } from "@/lib/history/mutations";
import { assertCanModify } from "@/lib/projects/access";
import { assertCanAdd, lockProject } from "@/lib/projects/guards";
import type { ProjectAccess } from "@/lib/projects/types";
import { edtfColumns } from "@/lib/validation/fields";
import type { ClaimFields, UpdateClaimInput } from "./schema";

function periodColumns(period: string | null | undefined) {
  const columns = edtfColumns(period);
  return columns && { periodEdtf: columns.edtf, periodStart: columns.start, periodEnd: columns.end };
}

export async function createClaim(access: ProjectAccess, input: ClaimFields) {
  assertCanAdd(access, "claims");
  const { period, ...fields } = input;
  return prisma.$transaction(async (tx) => {
    await lockProject(tx, access.projectId);
    const last = await tx.claim.aggregate({ where: { projectId: access.projectId }, _max: { number: true } });
    const claim = await tx.claim.create({
      data: {
        ...fields,
        ...periodColumns(period),
        projectId: access.projectId,
        number: (last._max.number ?? 0) + 1,
        createdById: access.userId,
      },
    });
    await recordActivity(tx, access, {
      action: "create",
      entityType: "claim",
      entityId: claim.id,
      label: `C${claim.number}`,
      after: claim,
    });
    return claim;
  });
}

export async function updateClaim(access: ProjectAccess, claimId: string, input: UpdateClaimInput) {
  const { version, period, ...fields } = input;
  const outcome = await prisma.$transaction(async (tx) => {
    const before = await tx.claim.findFirst({ where: { id: claimId, projectId: access.projectId } });
    if (!before) throw new AppError("NOT_FOUND", "Claim not found.");
    assertCanModify(access, before, "claim");
    if (before.version !== version) return { saved: false as const, current: before };
    const after = await tx.claim.update({
      where: { id: claimId, version },
      data: { ...fields, ...periodColumns(period), version: { increment: 1 } },
    });
    await recordActivity(tx, access, {
      action: "update",
      entityType: "claim",
      entityId: claimId,
      label: `C${after.number}`,
      before,
      after,
    });
    return { saved: true as const, claim: after };
  });
  if (!outcome.saved) throw await conflictError(access, "claim", outcome.current, "claim");
  return outcome.claim;
}

export async function deleteClaim(access: ProjectAccess, claimId: string) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.claim.findFirst({ where: { id: claimId, projectId: access.projectId } });
    if (!before) throw new AppError("NOT_FOUND", "Claim not found.");
    assertCanModify(access, before, "claim");
    await tx.claim.delete({ where: { id: claimId } });
    await recordActivity(tx, access, {
      action: "delete",
      entityType: "claim",
      entityId: claimId,
      label: `C${before.number}`,
      before,
    });
  });
}
