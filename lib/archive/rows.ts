import type { Prisma } from "@/lib/db/generated/client";
import type { EntityName } from "./format";

// How each entity's rows are read from the database for an archive, a page at a time in id order
// (keyset), so that a project of any size is read in bounded memory.

export const PAGE_SIZE = 1000;

/** Whose private notes an archive carries: one member's (a member's download) or all (a backup). */
export type PrivateNotes = { of: "member"; userId: string } | { of: "backup" };

/** The archive is read in one transaction (a single snapshot), so that its files agree. */
export type Db = Prisma.TransactionClient;

type Page = (projectId: string, after: string | undefined, take: number) => Promise<{ id: string }[]>;

const keyset = (after: string | undefined) => (after ? { id: { gt: after } } : {});
const order = { id: "asc" } as const;

const omitProject = { projectId: true } as const;

function pages(
  prisma: Db,
  privateNotes: PrivateNotes,
): Record<Exclude<EntityName, "people" | "project">, Page> {
  return {
    sources: (projectId, after, take) =>
      prisma.source.findMany({
        where: { projectId, ...keyset(after) },
        omit: omitProject,
        orderBy: order,
        take,
      }),
    sourceContributors: (projectId, after, take) =>
      prisma.sourceContributor.findMany({
        where: { source: { projectId }, ...keyset(after) },
        orderBy: order,
        take,
      }),
    relations: (projectId, after, take) =>
      prisma.sourceRelation.findMany({
        where: { projectId, ...keyset(after) },
        omit: omitProject,
        orderBy: order,
        take,
      }),
    passages: (projectId, after, take) =>
      prisma.passage.findMany({
        where: { projectId, ...keyset(after) },
        omit: omitProject,
        orderBy: order,
        take,
      }),
    translations: (projectId, after, take) =>
      prisma.passageTranslation.findMany({
        where: { passage: { projectId }, ...keyset(after) },
        orderBy: order,
        take,
      }),
    photos: async (projectId, after, take) => {
      const rows = await prisma.sourceImage.findMany({
        where: { projectId, ...keyset(after) },
        omit: { projectId: true, data: true, thumbnail: true },
        orderBy: order,
        take,
      });
      return rows.map((row) => ({ ...row, file: photoFile(row), thumbnailFile: thumbnailFile(row.id) }));
    },
    regions: (projectId, after, take) =>
      prisma.imageRegion.findMany({
        where: { projectId, ...keyset(after) },
        omit: omitProject,
        orderBy: order,
        take,
      }),
    claims: (projectId, after, take) =>
      prisma.claim.findMany({
        where: { projectId, ...keyset(after) },
        omit: omitProject,
        orderBy: order,
        take,
      }),
    evidence: (projectId, after, take) =>
      prisma.evidence.findMany({
        where: { projectId, ...keyset(after) },
        omit: omitProject,
        orderBy: order,
        take,
      }),
    observers: (projectId, after, take) =>
      prisma.observer.findMany({
        where: { projectId, ...keyset(after) },
        omit: omitProject,
        orderBy: order,
        take,
      }),
    readings: (projectId, after, take) =>
      prisma.reading.findMany({
        where: { projectId, ...keyset(after) },
        omit: omitProject,
        orderBy: order,
        take,
      }),
    readingPhrases: (projectId, after, take) =>
      prisma.readingPhrase.findMany({
        where: { reading: { projectId }, ...keyset(after) },
        orderBy: order,
        take,
      }),
    readingClaimStances: (projectId, after, take) =>
      prisma.readingClaimStance.findMany({
        where: { reading: { projectId }, ...keyset(after) },
        orderBy: order,
        take,
      }),
    questions: (projectId, after, take) =>
      prisma.comparisonQuestion.findMany({
        where: { projectId, ...keyset(after) },
        omit: omitProject,
        orderBy: order,
        take,
      }),
    answers: (projectId, after, take) =>
      prisma.comparisonAnswer.findMany({
        where: { question: { projectId }, ...keyset(after) },
        orderBy: order,
        take,
      }),
    annotations: (projectId, after, take) =>
      prisma.annotation.findMany({
        where: {
          projectId,
          ...keyset(after),
          // A reply has its thread's visibility, so a thread is whole or absent.
          ...(privateNotes.of === "member"
            ? { OR: [{ visibility: "shared" }, { authorId: privateNotes.userId }] }
            : {}),
        },
        omit: omitProject,
        orderBy: order,
        take,
      }),
    citationStyles: (projectId, after, take) =>
      prisma.citationStyle.findMany({
        where: { projectId, ...keyset(after) },
        omit: omitProject,
        orderBy: order,
        take,
      }),
    arguments: (projectId, after, take) =>
      prisma.argument.findMany({
        where: { projectId, ...keyset(after) },
        omit: omitProject,
        orderBy: order,
        take,
      }),
    argumentPoints: (projectId, after, take) =>
      prisma.argumentPoint.findMany({
        where: { projectId, ...keyset(after) },
        omit: omitProject,
        orderBy: order,
        take,
      }),
    history: (projectId, after, take) =>
      prisma.activity.findMany({
        where: { projectId, ...keyset(after) },
        omit: omitProject,
        orderBy: order,
        take,
      }),
  };
}

function isPrivate(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { visibility?: unknown }).visibility === "private"
  );
}

const EXTENSIONS: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" };

export function photoFile(image: { id: string; contentType: string }): string {
  return `photos/${image.id}.${EXTENSIONS[image.contentType] ?? "bin"}`;
}

export function thumbnailFile(imageId: string): string {
  return `photos/thumbnails/${imageId}.webp`;
}

/**
 * Private notes are never in the history, but a note made private after it was shared would be:
 * its entries go only to its author (and to a backup).
 */
function historyVisible(privateNotes: PrivateNotes) {
  return (row: Record<string, unknown>) =>
    row.entityType !== "annotation" ||
    privateNotes.of === "backup" ||
    !(isPrivate(row.before) || isPrivate(row.after)) ||
    row.actorId === privateNotes.userId;
}

/** Every row of one kind, in id order, a page at a time. */
export async function* entityRows(
  name: Exclude<EntityName, "people" | "project">,
  projectId: string,
  privateNotes: PrivateNotes,
  prisma: Db,
): AsyncGenerator<Record<string, unknown>[]> {
  const page = pages(prisma, privateNotes)[name];
  let after: string | undefined;
  for (;;) {
    const rows = await page(projectId, after, PAGE_SIZE);
    const kept = name === "history" ? rows.filter(historyVisible(privateNotes)) : rows;
    if (kept.length) yield kept;
    if (rows.length < PAGE_SIZE) return;
    after = rows.at(-1)!.id;
  }
}

/** The people a project names: its members, and anyone whose id its rows carry. */
export async function projectPeople(prisma: Db, projectId: string) {
  const members = await prisma.membership.findMany({
    where: { projectId },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
  });
  const byId = new Map(members.map((m) => [m.user.id, { ...m.user, role: m.role as string | null }]));
  const authorIds = await prisma.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT u.id FROM "User" u WHERE u.id IN (
      SELECT "createdById" FROM "Source" WHERE "projectId" = ${projectId}
      UNION SELECT "createdById" FROM "SourceRelation" WHERE "projectId" = ${projectId}
      UNION SELECT "createdById" FROM "Passage" WHERE "projectId" = ${projectId}
      UNION SELECT "createdById" FROM "SourceImage" WHERE "projectId" = ${projectId}
      UNION SELECT "createdById" FROM "Claim" WHERE "projectId" = ${projectId}
      UNION SELECT "createdById" FROM "Evidence" WHERE "projectId" = ${projectId}
      UNION SELECT "createdById" FROM "Observer" WHERE "projectId" = ${projectId}
      UNION SELECT "createdById" FROM "Reading" WHERE "projectId" = ${projectId}
      UNION SELECT "createdById" FROM "ComparisonQuestion" WHERE "projectId" = ${projectId}
      UNION SELECT a."createdById" FROM "ComparisonAnswer" a JOIN "ComparisonQuestion" q ON q.id = a."questionId" WHERE q."projectId" = ${projectId}
      UNION SELECT "authorId" FROM "Annotation" WHERE "projectId" = ${projectId}
      UNION SELECT "uploadedById" FROM "CitationStyle" WHERE "projectId" = ${projectId}
      UNION SELECT "createdById" FROM "Argument" WHERE "projectId" = ${projectId}
      UNION SELECT "createdById" FROM "ArgumentPoint" WHERE "projectId" = ${projectId}
      UNION SELECT "actorId" FROM "Activity" WHERE "projectId" = ${projectId}
    )`;
  const missing = authorIds.map((row) => row.id).filter((id) => !byId.has(id));
  if (missing.length) {
    const former = await prisma.user.findMany({
      where: { id: { in: missing } },
      select: { id: true, name: true, email: true },
    });
    for (const user of former) byId.set(user.id, { ...user, role: null });
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
