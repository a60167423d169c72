import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { newestFirstKeyset, newestFirstPage, toPage } from "@/lib/db/keyset";
import type { ProjectAccess } from "@/lib/projects/types";
import { sourceReferenceSelect, toSourceReference } from "@/lib/sources/reference";
import type { AnnotationTargetKind, MyAnnotationsQuery, NoteCursor } from "./schema";
import type { AnnotationView, MyAnnotation } from "./types";

/** What a member may see: shared notes, and their own private ones. Nobody sees another's private note. */
export function visibleTo(userId: string): Prisma.AnnotationWhereInput {
  return { OR: [{ visibility: "shared" }, { authorId: userId }] };
}

const TARGET_COLUMN: Record<
  AnnotationTargetKind,
  "claimId" | "sourceId" | "passageId" | "readingId" | "evidenceId"
> = {
  claim: "claimId",
  source: "sourceId",
  passage: "passageId",
  reading: "readingId",
  evidence: "evidenceId",
};

export function targetColumn(kind: AnnotationTargetKind) {
  return TARGET_COLUMN[kind];
}

const viewInclude = {
  author: { select: { id: true, name: true, email: true } },
} as const;

type Row = Prisma.AnnotationGetPayload<{ include: typeof viewInclude }>;

function toView(row: Row, replies: AnnotationView[] = []): AnnotationView {
  return {
    id: row.id,
    body: row.body,
    visibility: row.visibility,
    author: row.author,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    selector: row.selectorExact
      ? {
          exact: row.selectorExact,
          prefix: row.selectorPrefix ?? "",
          suffix: row.selectorSuffix ?? "",
          start: row.selectorStart ?? 0,
        }
      : null,
    replies,
  };
}

/** The threads on one item (or on every item of a kind, e.g. all passages of a source), oldest first. */
export async function listAnnotationThreads(
  access: ProjectAccess,
  kind: AnnotationTargetKind,
  targetIds: string[],
) {
  const rows = await prisma.annotation.findMany({
    where: {
      projectId: access.projectId,
      AND: [visibleTo(access.userId)],
      OR: [
        { [targetColumn(kind)]: { in: targetIds } },
        { parent: { [targetColumn(kind)]: { in: targetIds } } },
      ],
    },
    orderBy: { createdAt: "asc" },
    include: viewInclude,
  });
  const replies = new Map<string, AnnotationView[]>();
  for (const row of rows) {
    if (row.parentId) replies.set(row.parentId, [...(replies.get(row.parentId) ?? []), toView(row)]);
  }
  const threads = new Map<string, AnnotationView[]>();
  for (const row of rows) {
    if (row.parentId) continue;
    const targetId = row[targetColumn(kind)]!;
    threads.set(targetId, [...(threads.get(targetId) ?? []), toView(row, replies.get(row.id) ?? [])]);
  }
  return threads;
}

export async function listAnnotations(
  access: ProjectAccess,
  query: { limit: number; after?: { id: string }; targetKind?: AnnotationTargetKind; targetId?: string },
) {
  const rows = await prisma.annotation.findMany({
    where: {
      projectId: access.projectId,
      AND: [visibleTo(access.userId)],
      ...(query.targetKind && query.targetId ? { [targetColumn(query.targetKind)]: query.targetId } : {}),
      ...(query.after ? { id: { gt: query.after.id } } : {}),
    },
    orderBy: { id: "asc" },
    take: query.limit + 1,
    include: viewInclude,
  });
  const page = toPage(rows, query.limit, (row) => ({ id: row.id }));
  return { ...page, data: page.data.map((row) => ({ ...toView(row), parentId: row.parentId })) };
}

/** The project of an annotation the user can see; a private note of someone else reads as missing. */
export async function findVisibleAnnotationProjectId(userId: string, annotationId: string) {
  const row = await prisma.annotation.findFirst({
    where: { id: annotationId, ...visibleTo(userId) },
    select: { projectId: true },
  });
  return row?.projectId ?? null;
}

/** The newest notes the Markdown export carries. */
const MY_ANNOTATIONS_EXPORT_LIMIT = 1000;

/**
 * The notes the user wrote, across their projects, newest first, with what they are about: the
 * 1,000 newest, for the Markdown export.
 */
export async function listMyAnnotations(
  userId: string,
  query: Omit<MyAnnotationsQuery, "format">,
): Promise<MyAnnotation[]> {
  return (await queryMyAnnotations(userId, query, { limit: MY_ANNOTATIONS_EXPORT_LIMIT })).rows;
}

/**
 * One page of the user's notes for the "my notes" page and the API's list, newest first: those older than `after`,
 * or (going back towards the newest) newer than `before`, with the cursors of the pages around.
 */
export async function listMyAnnotationsPage(
  userId: string,
  query: Omit<MyAnnotationsQuery, "format">,
  page: { limit: number; after?: NoteCursor; before?: NoteCursor },
) {
  const { rows, nextCursor, previousCursor } = await queryMyAnnotations(userId, query, page);
  return { data: rows, nextCursor, previousCursor };
}

async function queryMyAnnotations(
  userId: string,
  query: Omit<MyAnnotationsQuery, "format">,
  page: { limit: number; after?: NoteCursor; before?: NoteCursor },
): Promise<{ rows: MyAnnotation[]; nextCursor: string | null; previousCursor: string | null }> {
  const keyset = newestFirstKeyset(page);
  const found = await prisma.annotation.findMany({
    where: {
      authorId: userId,
      parentId: null,
      project: { memberships: { some: { userId } } },
      ...(query.projectId ? { projectId: query.projectId } : {}),
      ...(query.visibility ? { visibility: query.visibility } : {}),
      ...(query.kind ? { [targetColumn(query.kind)]: { not: null } } : {}),
      ...(query.q ? { body: { contains: query.q, mode: "insensitive" as const } } : {}),
      ...keyset.where,
    },
    orderBy: keyset.orderBy,
    take: page.limit + 1,
    include: {
      ...viewInclude,
      project: { select: { id: true, name: true } },
      claim: { select: { id: true, number: true, statement: true } },
      source: { select: sourceReferenceSelect },
      passage: {
        select: { id: true, text: true, page: true, folio: true, source: { select: sourceReferenceSelect } },
      },
      reading: {
        select: { id: true, observer: { select: { name: true } }, source: { select: sourceReferenceSelect } },
      },
      evidence: { select: { id: true, claim: { select: { id: true, number: true } } } },
      _count: { select: { replies: true } },
    },
  });
  const { rows, nextCursor, previousCursor } = newestFirstPage(found, page);
  const notes = rows.map((row) => {
    const base = `/projects/${row.projectId}`;
    let target: MyAnnotation["target"];
    if (row.claim) {
      target = {
        kind: "claim",
        id: row.claim.id,
        label: `C${row.claim.number} ${row.claim.statement}`,
        href: `${base}/claims/${row.claim.id}`,
        citation: null,
      };
    } else if (row.source) {
      const reference = toSourceReference(row.source);
      target = {
        kind: "source",
        id: row.source.id,
        label: reference.shortCitation,
        href: `${base}/sources/${row.source.id}`,
        citation: reference.shortCitation,
      };
    } else if (row.passage) {
      const reference = toSourceReference(row.passage.source);
      const pinpoint = [
        row.passage.page && `p. ${row.passage.page}`,
        row.passage.folio && `fol. ${row.passage.folio}`,
      ]
        .filter(Boolean)
        .join(", ");
      target = {
        kind: "passage",
        id: row.passage.id,
        label: `“${row.selectorExact ?? row.passage.text.slice(0, 80)}”`,
        href: `${base}/sources/${row.passage.source.id}`,
        citation: [reference.shortCitation, pinpoint].filter(Boolean).join(", "),
      };
    } else if (row.reading) {
      const reference = toSourceReference(row.reading.source);
      target = {
        kind: "reading",
        id: row.reading.id,
        label: `${row.reading.observer.name} reading ${reference.title}`,
        href: `${base}/sources/${row.reading.source.id}`,
        citation: reference.shortCitation,
      };
    } else {
      target = {
        kind: "evidence",
        id: row.evidence!.id,
        label: `Evidence for C${row.evidence!.claim.number}`,
        href: `${base}/claims/${row.evidence!.claim.id}`,
        citation: null,
      };
    }
    return { ...toView(row), project: row.project, target, replyCount: row._count.replies };
  });
  return { rows: notes, nextCursor, previousCursor };
}
