import "server-only";
import { prisma } from "@/lib/db/client";
import { toPage } from "@/lib/db/keyset";
import { passageLocator } from "@/lib/evidence/data";
import type { ProjectAccess } from "@/lib/projects/types";
import { excerpt, passageOptionLabel, sourceOptionLabel } from "./option-label";

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

const PASSAGE_OPTION_SOURCES = 50;
const PASSAGE_OPTIONS = 1000;

/**
 * Passages for pickers, a bounded list at any project size: those of the given sources (the
 * ones a form is about) and of the `recentSources` sources changed most recently, where new
 * passages are being transcribed. At most two queries and 1,000 passages.
 */
export async function listPassageOptions(
  access: ProjectAccess,
  sourceIds: string[] = [],
  { recentSources = PASSAGE_OPTION_SOURCES }: { recentSources?: number } = {},
): Promise<{ id: string; sourceId: string; label: string }[]> {
  const recent = recentSources
    ? await prisma.source.findMany({
        where: { projectId: access.projectId },
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
        take: recentSources,
        select: { id: true },
      })
    : [];
  const passages = await prisma.passage.findMany({
    where: {
      projectId: access.projectId,
      sourceId: { in: [...new Set([...sourceIds, ...recent.map((source) => source.id)])] },
    },
    orderBy: [{ sourceId: "asc" }, { position: "asc" }, { id: "asc" }],
    take: PASSAGE_OPTIONS,
    select: {
      id: true,
      sourceId: true,
      text: true,
      page: true,
      folio: true,
      source: { select: { title: true, containerTitle: true, issuedEdtf: true } },
    },
  });
  // Grouped by source, by its label; a source's passages in their order (the sort is stable).
  return passages
    .map((passage) => ({ passage, sourceLabel: sourceOptionLabel(passage.source) }))
    .sort((a, b) => a.sourceLabel.localeCompare(b.sourceLabel))
    .map(({ passage, sourceLabel }) => ({
      id: passage.id,
      sourceId: passage.sourceId,
      label: passageOptionLabel(sourceLabel, passage),
    }));
}

/** A source's passages for a picker on its own page, in their order: locator and opening words. */
export async function listSourcePassageOptions(access: ProjectAccess, sourceId: string) {
  const passages = await prisma.passage.findMany({
    where: { projectId: access.projectId, sourceId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    take: PASSAGE_OPTIONS,
    select: { id: true, text: true, page: true, folio: true, column: true, paragraph: true },
  });
  return passages.map((passage) => ({
    id: passage.id,
    label: [passageLocator(passage), excerpt(passage.text, 50)].filter(Boolean).join(": "),
  }));
}
