import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { DERIVATION_TYPES } from "@/lib/evidence/chain";
import { conflictError } from "@/lib/history/conflict";
import { recordActivity } from "@/lib/history/mutations";
import { assertCanModify } from "@/lib/projects/access";
import { assertCanAdd, lockProject } from "@/lib/projects/guards";
import type { ProjectAccess } from "@/lib/projects/types";
import { edtfColumns } from "@/lib/validation/fields";
import { toCslItem } from "./csl";
import { SOURCE_KIND_INFO } from "./kinds";
import type {
  ContributorInput,
  RelationFields,
  SourceFields,
  UpdateRelationInput,
  UpdateSourceInput,
} from "./schema";

function contributorRows(contributors: ContributorInput[]) {
  const positions = new Map<string, number>();
  return contributors.map((person) => {
    const position = positions.get(person.role) ?? 0;
    positions.set(person.role, position + 1);
    return {
      role: person.role,
      position,
      family: person.family ?? null,
      given: person.given ?? null,
      literal: person.literal ?? null,
      original: person.original ?? null,
    };
  });
}

function sourceColumns(
  input: Omit<Partial<SourceFields>, "contributors" | "issued"> & { issued?: string | null },
) {
  const { issued, ...fields } = input;
  const dates = edtfColumns(issued);
  return {
    ...fields,
    ...(dates ? { issuedEdtf: dates.edtf, issuedStart: dates.start, issuedEnd: dates.end } : {}),
    ...(fields.kind ? { cslType: SOURCE_KIND_INFO[fields.kind].cslType } : {}),
  };
}

/** A source is "quoted in" another source of the same project, never in itself. */
async function assertQuotedIn(
  tx: Prisma.TransactionClient,
  access: ProjectAccess,
  sourceId: string | null,
  quotedInId: string | null | undefined,
) {
  if (!quotedInId) return;
  if (quotedInId === sourceId) {
    throw new AppError("INVALID_INPUT", "A source cannot be quoted in itself.", {
      quotedInId: ["Choose another source"],
    });
  }
  const found = await tx.source.findFirst({
    where: { id: quotedInId, projectId: access.projectId },
    select: { id: true },
  });
  if (!found) {
    throw new AppError("INVALID_INPUT", "That source is not in this project.", {
      quotedInId: ["Not a source of this project"],
    });
  }
}

const withContributors = {
  contributors: { orderBy: [{ role: "asc" as const }, { position: "asc" as const }] },
};

export async function createSource(
  access: ProjectAccess,
  input: SourceFields,
  extraCsl: Record<string, unknown> = {},
) {
  assertCanAdd(access, "sources");
  const { contributors, ...rest } = input;
  return prisma.$transaction(async (tx) => {
    await assertQuotedIn(tx, access, null, rest.quotedInId);
    const created = await tx.source.create({
      data: {
        ...(sourceColumns(rest) as Prisma.SourceUncheckedCreateInput),
        genre: rest.genre ?? SOURCE_KIND_INFO[rest.kind].genre,
        projectId: access.projectId,
        createdById: access.userId,
        contributors: { create: contributorRows(contributors) },
      },
      include: withContributors,
    });
    const source = await tx.source.update({
      where: { id: created.id },
      data: { csl: toCslItem(created.id, created, contributors, extraCsl) as Prisma.InputJsonValue },
      include: withContributors,
    });
    await recordActivity(tx, access, {
      action: "create",
      entityType: "source",
      entityId: source.id,
      label: source.title,
      after: source,
    });
    return source;
  });
}

export async function updateSource(access: ProjectAccess, sourceId: string, input: UpdateSourceInput) {
  const { version, contributors, ...rest } = input;
  const outcome = await prisma.$transaction(async (tx) => {
    const before = await tx.source.findFirst({
      where: { id: sourceId, projectId: access.projectId },
      include: withContributors,
    });
    if (!before) throw new AppError("NOT_FOUND", "Source not found.");
    assertCanModify(access, before, "source");
    if (before.version !== version) return { saved: false as const, current: before };
    await assertQuotedIn(tx, access, sourceId, rest.quotedInId);
    if (contributors) {
      await tx.sourceContributor.deleteMany({ where: { sourceId } });
      await tx.sourceContributor.createMany({
        data: contributorRows(contributors).map((row) => ({ ...row, sourceId })),
      });
    }
    const updated = await tx.source.update({
      where: { id: sourceId, version },
      data: { ...(sourceColumns(rest) as Prisma.SourceUncheckedUpdateInput), version: { increment: 1 } },
      include: withContributors,
    });
    const after = await tx.source.update({
      where: { id: sourceId },
      data: {
        csl: toCslItem(
          sourceId,
          updated,
          updated.contributors,
          before.csl as Record<string, unknown>,
        ) as Prisma.InputJsonValue,
      },
      include: withContributors,
    });
    await recordActivity(tx, access, {
      action: "update",
      entityType: "source",
      entityId: sourceId,
      label: after.title,
      before,
      after,
    });
    return { saved: true as const, source: after };
  });
  if (!outcome.saved) throw await conflictError(access, "source", outcome.current, "source");
  return outcome.source;
}

export async function deleteSource(access: ProjectAccess, sourceId: string) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.source.findFirst({
      where: { id: sourceId, projectId: access.projectId },
      include: withContributors,
    });
    if (!before) throw new AppError("NOT_FOUND", "Source not found.");
    assertCanModify(access, before, "source");
    await tx.source.delete({ where: { id: sourceId } });
    await recordActivity(tx, access, {
      action: "delete",
      entityType: "source",
      entityId: sourceId,
      label: before.title,
      before,
    });
  });
}

/** True when `toSourceId` already derives, through derivation relations, from `fromSourceId`. */
async function derivesFrom(
  tx: Prisma.TransactionClient,
  sourceId: string,
  ancestorId: string,
): Promise<boolean> {
  const types = [...DERIVATION_TYPES];
  const rows = await tx.$queryRaw<{ found: boolean }[]>`
    WITH RECURSIVE up(id) AS (
      SELECT ${sourceId}::text
      UNION
      SELECT r."toSourceId" FROM "SourceRelation" r JOIN up ON r."fromSourceId" = up.id
      WHERE r.type::text = ANY(${types}::text[])
    )
    SELECT EXISTS (SELECT 1 FROM up WHERE id = ${ancestorId}) AS found`;
  return rows[0]?.found ?? false;
}

export async function createRelation(access: ProjectAccess, input: RelationFields) {
  assertCanAdd(access, "source relations");
  if (input.fromSourceId === input.toSourceId) {
    throw new AppError("INVALID_INPUT", "A source cannot derive from itself.", {
      toSourceId: ["Choose another source"],
    });
  }
  return prisma.$transaction(async (tx) => {
    await lockProject(tx, access.projectId);
    const found = await tx.source.findMany({
      where: { projectId: access.projectId, id: { in: [input.fromSourceId, input.toSourceId] } },
      select: { id: true, title: true },
    });
    const title = (id: string) => found.find((source) => source.id === id)?.title;
    if (!title(input.fromSourceId))
      throw new AppError("INVALID_INPUT", "That source is not in this project.", {
        fromSourceId: ["Not a source of this project"],
      });
    if (!title(input.toSourceId))
      throw new AppError("INVALID_INPUT", "That source is not in this project.", {
        toSourceId: ["Not a source of this project"],
      });
    if (DERIVATION_TYPES.has(input.type) && (await derivesFrom(tx, input.toSourceId, input.fromSourceId))) {
      throw new AppError(
        "INVALID_INPUT",
        `“${title(input.toSourceId)}” already derives from “${title(input.fromSourceId)}”: this would make a circle.`,
        {
          toSourceId: ["Would make a circle of derivation"],
        },
      );
    }
    const relation = await tx.sourceRelation.create({
      data: { ...input, projectId: access.projectId, createdById: access.userId },
    });
    await recordActivity(tx, access, {
      action: "create",
      entityType: "relation",
      entityId: relation.id,
      label: `${title(input.fromSourceId)} ${input.type.replace("_", " ")} ${title(input.toSourceId)}`,
      after: relation,
    });
    return relation;
  });
}

export async function updateRelation(access: ProjectAccess, relationId: string, input: UpdateRelationInput) {
  const { version, ...fields } = input;
  const outcome = await prisma.$transaction(async (tx) => {
    const before = await tx.sourceRelation.findFirst({
      where: { id: relationId, projectId: access.projectId },
    });
    if (!before) throw new AppError("NOT_FOUND", "Relation not found.");
    assertCanModify(access, before, "relation");
    if (before.version !== version) return { saved: false as const, current: before };
    const after = await tx.sourceRelation.update({
      where: { id: relationId, version },
      data: { ...fields, version: { increment: 1 } },
    });
    await recordActivity(tx, access, {
      action: "update",
      entityType: "relation",
      entityId: relationId,
      label: `Relation ${after.type}`,
      before,
      after,
    });
    return { saved: true as const, relation: after };
  });
  if (!outcome.saved) throw await conflictError(access, "relation", outcome.current, "relation");
  return outcome.relation;
}

export async function deleteRelation(access: ProjectAccess, relationId: string) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.sourceRelation.findFirst({
      where: { id: relationId, projectId: access.projectId },
    });
    if (!before) throw new AppError("NOT_FOUND", "Relation not found.");
    assertCanModify(access, before, "relation");
    await tx.sourceRelation.delete({ where: { id: relationId } });
    await recordActivity(tx, access, {
      action: "delete",
      entityType: "relation",
      entityId: relationId,
      label: `Relation ${before.type}`,
      before,
    });
  });
}
