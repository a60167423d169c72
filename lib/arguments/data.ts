import "server-only";
import { prisma } from "@/lib/db/client";
import type { ProjectAccess } from "@/lib/projects/types";
import type { ArgumentDetail, ArgumentSummary, EvidenceOption } from "./types";

export async function findArgumentProjectId(argumentId: string): Promise<string | null> {
  const row = await prisma.argument.findUnique({ where: { id: argumentId }, select: { projectId: true } });
  return row?.projectId ?? null;
}

export async function findPointProjectId(pointId: string): Promise<string | null> {
  const row = await prisma.argumentPoint.findUnique({ where: { id: pointId }, select: { projectId: true } });
  return row?.projectId ?? null;
}

export async function listArguments(access: ProjectAccess): Promise<ArgumentSummary[]> {
  const rows = await prisma.argument.findMany({
    where: { projectId: access.projectId },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      description: true,
      version: true,
      updatedAt: true,
      _count: { select: { points: true } },
    },
    take: 500,
  });
  return rows.map(({ _count, updatedAt, ...row }) => ({
    ...row,
    points: _count.points,
    updatedAt: updatedAt.toISOString(),
  }));
}

/** An argument with its outline, and for each cited claim the evidence the historian can choose from. */
export async function getArgument(access: ProjectAccess, argumentId: string): Promise<ArgumentDetail | null> {
  const argument = await prisma.argument.findFirst({
    where: { id: argumentId, projectId: access.projectId },
    include: {
      points: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        include: { claim: { select: { id: true, number: true, statement: true } } },
      },
    },
  });
  if (!argument) return null;
  const claimIds = [
    ...new Set(argument.points.map((point) => point.claimId).filter((id): id is string => !!id)),
  ];
  const evidence = claimIds.length
    ? await prisma.evidence.findMany({
        where: { projectId: access.projectId, claimId: { in: claimIds } },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          claimId: true,
          stance: true,
          confidence: true,
          source: { select: { title: true } },
          passage: { select: { page: true, folio: true, source: { select: { title: true } } } },
          supportingClaim: { select: { number: true } },
        },
      })
    : [];
  const options = new Map<string, EvidenceOption[]>();
  for (const row of evidence) {
    const label = row.passage
      ? `${row.passage.source.title}${row.passage.page ? `, p. ${row.passage.page}` : row.passage.folio ? `, f. ${row.passage.folio}` : ""}`
      : row.source
        ? row.source.title
        : `Claim C${row.supportingClaim?.number ?? "?"}`;
    options.set(row.claimId, [
      ...(options.get(row.claimId) ?? []),
      { id: row.id, stance: row.stance, confidence: row.confidence, label },
    ]);
  }
  return {
    id: argument.id,
    projectId: argument.projectId,
    title: argument.title,
    description: argument.description,
    version: argument.version,
    createdById: argument.createdById,
    updatedAt: argument.updatedAt.toISOString(),
    points: argument.points.map((point) => ({
      id: point.id,
      kind: point.kind,
      position: point.position,
      depth: point.depth,
      text: point.text,
      claim: point.claim,
      evidenceIds: point.evidenceIds,
      citeContrary: point.citeContrary,
      quote: point.quote,
      version: point.version,
      createdById: point.createdById,
      evidenceOptions: point.claimId ? (options.get(point.claimId) ?? []) : [],
    })),
  };
}
