import "server-only";
import { toPage } from "@/lib/api/pagination";
import { prisma } from "@/lib/db/client";
import type { ProjectAccess } from "@/lib/projects/types";

export async function findPassageProjectId(passageId: string) {
  return (
    (await prisma.passage.findUnique({ where: { id: passageId }, select: { projectId: true } }))?.projectId ??
    null
  );
}

const withTranslations = { translations: { orderBy: { createdAt: "asc" as const } } };

export async function listPassages(
  access: ProjectAccess,
  query: { limit: number; after?: { id: string }; sourceId?: string },
) {
  const rows = await prisma.passage.findMany({
    where: {
      projectId: access.projectId,
      ...(query.sourceId ? { sourceId: query.sourceId } : {}),
      ...(query.after ? { id: { gt: query.after.id } } : {}),
    },
    orderBy: { id: "asc" },
    take: query.limit + 1,
    include: withTranslations,
  });
  return toPage(rows, query.limit, (row) => ({ id: row.id }));
}

export function getPassage(access: ProjectAccess, passageId: string) {
  return prisma.passage.findFirst({
    where: { id: passageId, projectId: access.projectId },
    include: withTranslations,
  });
}
