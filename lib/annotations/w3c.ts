import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { recordActivity } from "@/lib/history/mutations";
import type { ProjectAccess } from "@/lib/projects/types";
import { anchorSelector, CONTEXT_LENGTH, commonPrefixLength, commonSuffixLength } from "./anchoring";
import { visibleTo } from "./data";
import { assertMayShare } from "./mutations";

// A project's notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): an
// AnnotationCollection in JSON-LD, each note an Annotation whose target is the item it is on, a
// span of a passage with a TextQuoteSelector and a TextPositionSelector, or (a reply) the note it
// answers. The import reads such a collection, or Hypothesis's JSON export, and anchors each
// note on the passage whose text its quote selector matches.

export const W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const W3C_CONTENT_TYPE = `application/ld+json; profile="${W3C_CONTEXT}"`;

const TARGET_PATHS = {
  claimId: "claims",
  sourceId: "sources",
  passageId: "passages",
  readingId: "readings",
  evidenceId: "evidence",
} as const;

type TargetColumn = keyof typeof TARGET_PATHS;

/** The IRI of an item of the app: its API address, which answers with the item to a member. */
export function itemIri(origin: string, path: string, id: string): string {
  return `${origin}/api/v1/${path}/${id}`;
}

export interface W3CExportOptions {
  origin: string;
  /** Only the notes this member wrote. */
  onlyMine: boolean;
}

export async function exportW3CCollection(access: ProjectAccess, options: W3CExportOptions) {
  const project = await prisma.project.findUniqueOrThrow({
    where: { id: access.projectId },
    select: { name: true },
  });
  const rows = await prisma.annotation.findMany({
    where: {
      projectId: access.projectId,
      ...visibleTo(access.userId),
      ...(options.onlyMine ? { authorId: access.userId } : {}),
    },
    include: { author: { select: { name: true } }, passage: { select: { text: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const { origin } = options;
  const collectionId = `${origin}/api/v1/projects/${access.projectId}/annotations/w3c${options.onlyMine ? "?mine=true" : ""}`;
  const items = rows.map((row) => {
    const annotationIri = itemIri(origin, "annotations", row.id);
    let target: unknown;
    if (row.parentId) target = itemIri(origin, "annotations", row.parentId);
    else {
      const column = (Object.keys(TARGET_PATHS) as TargetColumn[]).find((key) => row[key]);
      const source = column ? itemIri(origin, TARGET_PATHS[column], row[column]!) : collectionId;
      if (row.passageId && row.selectorExact) {
        const selectors: unknown[] = [
          {
            type: "TextQuoteSelector",
            exact: row.selectorExact,
            prefix: row.selectorPrefix ?? "",
            suffix: row.selectorSuffix ?? "",
          },
        ];
        const span = row.passage
          ? anchorSelector(row.passage.text, {
              exact: row.selectorExact,
              prefix: row.selectorPrefix ?? "",
              suffix: row.selectorSuffix ?? "",
              start: row.selectorStart ?? 0,
            })
          : null;
        // Where the quote stands in the passage's text now (none when the passage was edited away).
        if (span) selectors.push({ type: "TextPositionSelector", start: span.start, end: span.end });
        target = { source, selector: selectors };
      } else target = source;
    }
    return {
      id: annotationIri,
      type: "Annotation",
      motivation: row.parentId ? "replying" : "commenting",
      created: row.createdAt.toISOString(),
      modified: row.updatedAt.toISOString(),
      ...(row.author ? { creator: { type: "Person", name: row.author.name ?? "A member" } } : {}),
      body: {
        type: "TextualBody",
        value: row.body,
        format: "text/markdown",
        purpose: row.parentId ? "replying" : "commenting",
      },
      target,
      // Not in the model's vocabulary: kept so that a restore into Apparatus keeps private notes private.
      "apparatus:visibility": row.visibility,
    };
  });
  return {
    "@context": [W3C_CONTEXT, { apparatus: "https://apparatus.example/ns#" }],
    id: collectionId,
    type: "AnnotationCollection",
    label: `Notes of ${project.name}${options.onlyMine ? " (mine)" : ""}`,
    total: items.length,
    first: {
      id: `${collectionId}${collectionId.includes("?") ? "&" : "?"}page=0`,
      type: "AnnotationPage",
      startIndex: 0,
      items,
    },
  };
}

// ─── Import ──────────────────────────────────────────────────────────────────────────────────

const selectorSchema = z.looseObject({
  type: z.string(),
  exact: z.string().optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  start: z.number().optional(),
  end: z.number().optional(),
});

const targetObject = z.looseObject({
  source: z.string().optional(),
  selector: z.union([selectorSchema, z.array(selectorSchema)]).optional(),
});

/** One note as read from the file, W3C or Hypothesis, before it is matched. */
interface IncomingNote {
  index: number;
  id: string | null;
  body: string;
  source: string | null;
  quote: { exact: string; prefix: string; suffix: string; start: number } | null;
  /** The id of the note this one replies to, in the same file. */
  replyTo: string | null;
}

const w3cAnnotation = z.looseObject({
  id: z.string().optional(),
  type: z.union([z.string(), z.array(z.string())]).optional(),
  motivation: z.union([z.string(), z.array(z.string())]).optional(),
  body: z.unknown().optional(),
  bodyValue: z.string().optional(),
  target: z.union([z.string(), targetObject, z.array(z.union([z.string(), targetObject]))]),
});

const hypothesisAnnotation = z.looseObject({
  id: z.string(),
  text: z.string().default(""),
  tags: z.array(z.string()).default([]),
  references: z.array(z.string()).optional(),
  uri: z.string().optional(),
  target: z.array(targetObject),
});

function bodyText(body: unknown): string {
  if (typeof body === "string") return body;
  if (Array.isArray(body)) return body.map(bodyText).filter(Boolean).join("\n\n");
  if (body && typeof body === "object") {
    const value = (body as { value?: unknown; purpose?: unknown }).value;
    if (typeof value === "string") {
      return (body as { purpose?: unknown }).purpose === "tagging" ? `#${value}` : value;
    }
  }
  return "";
}

function quoteOf(selector: unknown): IncomingNote["quote"] {
  const list = (Array.isArray(selector) ? selector : selector ? [selector] : []) as z.infer<
    typeof selectorSchema
  >[];
  const quote = list.find((s) => s.type === "TextQuoteSelector" && s.exact);
  if (!quote) return null;
  const position = list.find((s) => s.type === "TextPositionSelector" && typeof s.start === "number");
  return {
    exact: quote.exact!,
    prefix: (quote.prefix ?? "").slice(-CONTEXT_LENGTH * 4),
    suffix: (quote.suffix ?? "").slice(0, CONTEXT_LENGTH * 4),
    start: position?.start ?? 0,
  };
}

function refuseFile(message: string): never {
  throw new AppError("INVALID_INPUT", `The file cannot be imported: ${message}`, { file: [message] });
}

/** The notes of a W3C collection, page, single annotation or list, or of a Hypothesis export. */
export function readIncomingNotes(json: unknown): IncomingNote[] {
  let list: unknown[];
  const object = json as Record<string, unknown> | null;
  if (Array.isArray(json)) list = json;
  else if (object && Array.isArray(object.rows)) list = object.rows as unknown[];
  else if (object && (object.first as { items?: unknown })?.items)
    list = (object.first as { items: unknown[] }).items;
  else if (object && Array.isArray(object.items)) list = object.items;
  else if (object?.target) list = [object];
  else
    refuseFile(
      "it holds no annotations (expected a W3C AnnotationCollection, AnnotationPage or Annotation, or a Hypothesis export).",
    );
  if (list.length > 10_000)
    refuseFile(`it holds ${list.length} annotations; import at most 10,000 at a time.`);
  return list.map((item, index) => {
    const hypothesis = hypothesisAnnotation.safeParse(item);
    if (hypothesis.success && !("type" in (item as object))) {
      const note = hypothesis.data;
      const target = note.target[0];
      const tags = note.tags.map((tag) => `#${tag}`).join(" ");
      return {
        index,
        id: note.id,
        body: [note.text, tags].filter(Boolean).join("\n\n"),
        source: target?.source ?? note.uri ?? null,
        quote: quoteOf(target?.selector),
        replyTo: note.references?.at(-1) ?? null,
      };
    }
    const parsed = w3cAnnotation.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      refuseFile(`annotation ${index + 1}: ${issue.path.join(".") || "annotation"}: ${issue.message}.`);
    }
    const note = parsed.data;
    const target = Array.isArray(note.target) ? note.target[0]! : note.target;
    const motivations = [note.motivation].flat();
    const source = typeof target === "string" ? target : (target.source ?? null);
    return {
      index,
      id: note.id ?? null,
      body: note.bodyValue ?? bodyText(note.body),
      source,
      quote: typeof target === "string" ? null : quoteOf(target.selector),
      replyTo: motivations.includes("replying") && typeof target === "string" ? target : null,
    };
  });
}

export interface W3CImportReport {
  imported: number;
  replies: number;
  unmatched: { index: number; id: string | null; quote: string | null; reason: string }[];
}

const ITEM_IRI = /\/api\/v1\/(claims|sources|passages|readings|evidence)\/([^/?#]+)$/;

/**
 * Imports notes onto this project's items: a note whose target is an item of the project goes on
 * it; a note with a quote goes on the passage whose text holds the quote (its context decides
 * between several); a reply joins the note it answers. The others are reported, not guessed.
 * All the matched notes are written in one transaction.
 */
export async function importW3CNotes(
  access: ProjectAccess,
  json: unknown,
  visibility: "private" | "shared",
): Promise<W3CImportReport> {
  if (visibility === "shared") assertMayShare(access);
  const notes = readIncomingNotes(json);
  const report: W3CImportReport = { imported: 0, replies: 0, unmatched: [] };
  type Placed = {
    note: IncomingNote;
    column: TargetColumn;
    targetId: string;
    selector?: NonNullable<IncomingNote["quote"]>;
  };
  const ordered: (Placed | { note: IncomingNote; parent: string })[] = [];
  const unmatched = (note: IncomingNote, reason: string) =>
    report.unmatched.push({ index: note.index, id: note.id, quote: note.quote?.exact ?? null, reason });

  for (const note of notes) {
    if (!note.body.trim()) {
      unmatched(note, "It has no text.");
      continue;
    }
    if (note.body.length > 20_000) {
      unmatched(note, "Its text is longer than 20,000 characters.");
      continue;
    }
    if (note.replyTo) {
      if (note.replyTo === note.id) unmatched(note, "It replies to itself.");
      else ordered.push({ note, parent: note.replyTo });
      continue;
    }
    const ours = note.source?.match(ITEM_IRI);
    if (ours) {
      const column = (Object.keys(TARGET_PATHS) as TargetColumn[]).find(
        (key) => TARGET_PATHS[key] === ours[1],
      )!;
      const exists = await itemInProject(access.projectId, column, ours[2]!);
      if (exists && column === "passageId" && note.quote) {
        const text = exists.text ?? "";
        if (anchorSelector(text, note.quote)) {
          const item = { note, column, targetId: ours[2]!, selector: note.quote };
          ordered.push(item);
          continue;
        }
      } else if (exists) {
        const item = { note, column, targetId: ours[2]! };
        ordered.push(item);
        continue;
      }
    }
    if (!note.quote) {
      unmatched(note, "Its target is not an item of this project, and it quotes no text to look for.");
      continue;
    }
    const passageId = await findPassageQuoting(access.projectId, note.quote);
    if (!passageId) {
      unmatched(note, "No passage of this project contains the text it quotes.");
      continue;
    }
    const item = { note, column: "passageId" as const, targetId: passageId, selector: note.quote };
    ordered.push(item);
  }

  await prisma.$transaction(async (tx) => {
    const created = new Map<string, { id: string; column: TargetColumn; targetId: string }>();
    // Notes first, then replies (in the file's order), so that a reply finds its note.
    const notesFirst = [...ordered.filter((e) => !("parent" in e)), ...ordered.filter((e) => "parent" in e)];
    for (const entry of notesFirst) {
      if ("parent" in entry) {
        const parent = created.get(entry.parent);
        if (!parent) {
          unmatched(entry.note, "It replies to a note that is not in the file or was not imported.");
          continue;
        }
        const reply = await tx.annotation.create({
          data: {
            projectId: access.projectId,
            authorId: access.userId,
            visibility,
            body: entry.note.body,
            parentId: parent.id,
            [parent.column]: parent.targetId,
          },
        });
        // A reply to a reply joins the same thread: Apparatus threads are one level deep.
        if (entry.note.id) created.set(entry.note.id, parent);
        report.replies += 1;
        if (visibility === "shared") {
          await recordActivity(tx, access, {
            action: "create",
            entityType: "annotation",
            entityId: reply.id,
            label: "Reply to a note (imported)",
            after: reply,
          });
        }
        continue;
      }
      const annotation = await tx.annotation.create({
        data: {
          projectId: access.projectId,
          authorId: access.userId,
          visibility,
          body: entry.note.body,
          [entry.column]: entry.targetId,
          selectorExact: entry.selector?.exact,
          selectorPrefix: entry.selector?.prefix,
          selectorSuffix: entry.selector?.suffix,
          selectorStart: entry.selector?.start,
        },
      });
      if (entry.note.id)
        created.set(entry.note.id, { id: annotation.id, column: entry.column, targetId: entry.targetId });
      report.imported += 1;
      if (visibility === "shared") {
        await recordActivity(tx, access, {
          action: "create",
          entityType: "annotation",
          entityId: annotation.id,
          label: "Note (imported)",
          after: annotation,
        });
      }
    }
  });
  report.unmatched.sort((a, b) => a.index - b.index);
  return report;
}

async function itemInProject(projectId: string, column: TargetColumn, id: string) {
  const where = { id, projectId };
  switch (column) {
    case "claimId":
      return prisma.claim.findFirst({ where, select: { id: true } }).then((row) => row && { text: null });
    case "sourceId":
      return prisma.source.findFirst({ where, select: { id: true } }).then((row) => row && { text: null });
    case "passageId":
      return prisma.passage.findFirst({ where, select: { text: true } });
    case "readingId":
      return prisma.reading.findFirst({ where, select: { id: true } }).then((row) => row && { text: null });
    case "evidenceId":
      return prisma.evidence.findFirst({ where, select: { id: true } }).then((row) => row && { text: null });
  }
}

/** The passage whose text holds the quote, the one whose context matches best. */
async function findPassageQuoting(
  projectId: string,
  quote: NonNullable<IncomingNote["quote"]>,
): Promise<string | null> {
  const candidates = await prisma.$queryRaw<{ id: string; text: string }[]>`
    SELECT id, text FROM "Passage" WHERE "projectId" = ${projectId} AND strpos(text, ${quote.exact}) > 0
    ORDER BY id LIMIT 50`;
  let best: { id: string; score: number } | null = null;
  for (const candidate of candidates) {
    const span = anchorSelector(candidate.text, quote);
    if (!span) continue;
    const before = candidate.text.slice(Math.max(0, span.start - quote.prefix.length), span.start);
    const after = candidate.text.slice(span.end, span.end + quote.suffix.length);
    const score = commonSuffixLength(before, quote.prefix) + commonPrefixLength(after, quote.suffix);
    if (!best || score > best.score) best = { id: candidate.id, score };
  }
  return best?.id ?? null;
}
