import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { cslDirectory } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { snapshotOf } from "@/lib/history/changes";
import { assertCanModify } from "@/lib/projects/access";
import { assertCanAdd, lockProject } from "@/lib/projects/guards";
import type { ProjectAccess } from "@/lib/projects/types";
import { toCslItem } from "@/lib/sources/csl";
import { formatPool } from "./format-pool";
import type { ImportedSource } from "./import-mapping";
import type { ImportAction } from "./import-plan";
import { parseStyleInfo } from "./styles";

// ─── Import ──────────────────────────────────────────────────────────────────────────────────

export interface ImportOutcome {
  imported: { index: number; line: number; title: string; sourceId: string }[];
  merged: { index: number; line: number; title: string; sourceId: string }[];
  skipped: { index: number; line: number; title: string | null; reason: string }[];
  failed: { index: number; line: number; label: string | null; reason: string }[];
}

/** A cuid-like id, made here because the rows are written in bulk with their CSL items. */
function newId(): string {
  return `c${Date.now().toString(36)}${randomBytes(8).toString("hex")}`;
}

const BATCH = 2500;

// The columns an import writes, with their SQL types (the others keep their defaults).
const SOURCE_COLUMNS: [string, string][] = [
  ["id", "text"],
  ["projectId", "text"],
  ["createdById", "text"],
  ["kind", '"SourceKind"'],
  ["cslType", "text"],
  ["genre", "text"],
  ["title", "text"],
  ["titleOriginal", "text"],
  ["titleTransliterated", "text"],
  ["titleTranslated", "text"],
  ["titleShort", "text"],
  ["issuedEdtf", "text"],
  ["issuedStart", "date"],
  ["issuedEnd", "date"],
  ["containerTitle", "text"],
  ["containerTitleOriginal", "text"],
  ["collectionTitle", "text"],
  ["volume", "text"],
  ["issue", "text"],
  ["page", "text"],
  ["edition", "text"],
  ["publisher", "text"],
  ["publisherPlace", "text"],
  ["language", "text"],
  ["doi", "text"],
  ["isbn", "text"],
  ["url", "text"],
  ["archive", "text"],
  ["archivePlace", "text"],
  ["archiveLocation", "text"],
  ["abstract", "text"],
  ["note", "text"],
  ["csl", "jsonb"],
];

const CONTRIBUTOR_COLUMNS: [string, string][] = [
  ["id", "text"],
  ["sourceId", "text"],
  ["role", '"ContributorRole"'],
  ["position", "int"],
  ["family", "text"],
  ["given", "text"],
  ["literal", "text"],
  ["droppingParticle", "text"],
  ["nonDroppingParticle", "text"],
  ["suffix", "text"],
];

const ACTIVITY_COLUMNS: [string, string][] = [
  ["id", "text"],
  ["projectId", "text"],
  ["actorId", "text"],
  ["action", '"ActivityAction"'],
  ["entityType", "text"],
  ["entityId", "text"],
  ["label", "text"],
  ["after", "jsonb"],
];

/**
 * Many rows in one INSERT … SELECT FROM unnest(…): one array parameter per column, cast to the
 * column's type. Prisma's createMany sends one parameter per value, which takes seconds for
 * thousands of wide rows; this takes a fraction of one.
 */
async function insertRows(
  tx: Prisma.TransactionClient,
  table: string,
  columns: [string, string][],
  rows: Record<string, unknown>[],
  extra: { column: string; sql: string }[] = [],
): Promise<void> {
  if (rows.length === 0) return;
  const names = [...columns.map(([name]) => `"${name}"`), ...extra.map((item) => `"${item.column}"`)];
  const { casts: arrays, values } = columnArrays(columns, rows);
  const extras = extra.map((item) => `, ${item.sql}`).join("");
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table}" (${names.join(", ")}) SELECT *${extras} FROM unnest(${arrays.join(", ")})`,
    ...values,
  );
}

function sourceRow(access: ProjectAccess, id: string, source: ImportedSource): Record<string, unknown> {
  return {
    ...source.columns,
    id,
    projectId: access.projectId,
    createdById: access.userId,
    csl: toCslItem(id, source.columns, source.contributors, source.csl),
  };
}

/** Fills only what the existing source lacks; its own values and edits are never overwritten. */
function mergedColumns(existing: Record<string, unknown>, incoming: ImportedSource["columns"]) {
  const fill: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(incoming)) {
    if (column === "kind" || column === "cslType" || column === "title") continue;
    if (
      value !== null &&
      value !== undefined &&
      (existing[column] === null || existing[column] === undefined)
    ) {
      fill[column] = value;
    }
  }
  return fill;
}

// The columns a merge may fill in an existing source: all an import brings but kind, type and title.
const MERGE_COLUMNS: [string, string][] = [
  ...SOURCE_COLUMNS.filter(
    ([name]) => !["id", "projectId", "createdById", "kind", "cslType", "title", "csl"].includes(name),
  ),
  ["archivalScheme", '"ArchivalLocatorScheme"'],
  ["archiveRepository", "text"],
  ["archiveCollection", "text"],
  ["archiveSeries", "text"],
  ["archiveFile", "text"],
  ["archiveItem", "text"],
  ["archiveFolio", "text"],
  ["archivePage", "text"],
];

/** One array parameter per column, as insertRows sends them. */
function columnArrays(columns: [string, string][], rows: Record<string, unknown>[], offset = 0) {
  const casts = columns.map(
    ([, type], index) => `$${offset + index + 1}::text[]${type === "text" ? "" : `::${type}[]`}`,
  );
  const values = columns.map(([name, type]) =>
    rows.map((row) => {
      const value = row[name];
      if (value === null || value === undefined) return null;
      if (type === "jsonb") return JSON.stringify(value);
      if (type === "date") return (value as Date).toISOString().slice(0, 10);
      return String(value);
    }),
  );
  return { casts, values };
}

type MergeAction = Extract<ImportAction, { kind: "merge" }>;

/**
 * Merges entries into the sources they duplicate, in a fixed number of statements however many
 * there are: the sources read at once, the names they lacked added at once, every source updated
 * in one UPDATE … FROM unnest(…), and one history entry per merge. Entries merged into the same
 * source are applied one after another, as if merged one at a time.
 */
async function mergeIntoExisting(
  tx: Prisma.TransactionClient,
  access: ProjectAccess,
  merges: MergeAction[],
  outcome: ImportOutcome,
): Promise<void> {
  const targets = await tx.source.findMany({
    where: { id: { in: [...new Set(merges.map((action) => action.into))] }, projectId: access.projectId },
    include: { contributors: { orderBy: [{ role: "asc" }, { position: "asc" }] } },
  });
  const current = new Map(targets.map((source) => [source.id, { source, merges: 0 }]));
  const newContributors: Record<string, unknown>[] = [];
  const activities: Record<string, unknown>[] = [];
  for (const action of merges) {
    const target = current.get(action.into);
    if (!target) {
      throw new AppError(
        "CONFLICT",
        `The source to merge “${action.entry.title}” into was deleted meanwhile.`,
      );
    }
    const before = target.source;
    assertCanModify(access, before, "source");
    const fill = mergedColumns(before as unknown as Record<string, unknown>, action.source.columns);
    // The stored item gains what the import brings that it lacks.
    const stored = { ...action.source.csl, ...((before.csl ?? {}) as Record<string, unknown>) };
    let contributors = before.contributors;
    if (contributors.length === 0 && action.source.contributors.length) {
      contributors = action.source.contributors.map((person) => ({
        id: newId(),
        sourceId: before.id,
        original: null,
        ...person,
      })) as typeof contributors;
      newContributors.push(...contributors);
    }
    const columns = { ...before, ...fill } as typeof before;
    const after = {
      ...columns,
      contributors,
      csl: toCslItem(before.id, columns, contributors, stored) as Prisma.JsonValue,
      version: before.version + 1,
    };
    target.source = after;
    target.merges++;
    const { contributors: _before, ...beforeRow } = before;
    const { contributors: _after, ...afterRow } = after;
    activities.push({
      id: newId(),
      projectId: access.projectId,
      actorId: access.userId,
      action: "update",
      entityType: "source",
      entityId: before.id,
      label: after.title.slice(0, 200),
      before: snapshotOf(beforeRow),
      after: snapshotOf(afterRow),
    });
    outcome.merged.push({
      index: action.entry.index,
      line: action.entry.line,
      title: after.title,
      sourceId: after.id,
    });
  }

  await insertRows(tx, "SourceContributor", CONTRIBUTOR_COLUMNS, newContributors);
  const rows = [...current.values()]
    .filter((target) => target.merges > 0)
    .map(({ source, merges: count }) => ({ ...source, merges: count }));
  const updated: [string, string][] = [["id", "text"], ...MERGE_COLUMNS, ["csl", "jsonb"], ["merges", "int"]];
  const { casts, values } = columnArrays(updated, rows);
  const names = updated.map(([name]) => `"${name}"`);
  const assignments = [...MERGE_COLUMNS.map(([name]) => name), "csl"].map(
    (name) => `"${name}" = v."${name}"`,
  );
  await tx.$executeRawUnsafe(
    `UPDATE "Source" AS s SET ${assignments.join(", ")}, version = s.version + v.merges,
       "updatedAt" = CURRENT_TIMESTAMP
     FROM unnest(${casts.join(", ")}) AS v(${names.join(", ")})
     WHERE s.id = v.id AND s."projectId" = $${casts.length + 1}`,
    ...values,
    access.projectId,
  );
  await insertRows(tx, "Activity", [...ACTIVITY_COLUMNS, ["before", "jsonb"]], activities);
}

/**
 * Carries out an import: every chosen entry or none (one transaction). Sources and their names
 * are written in batches, with one history entry per source.
 */
export async function commitImport(
  access: ProjectAccess,
  actions: ImportAction[],
  onProgress?: (done: number, total: number) => Promise<void> | void,
): Promise<ImportOutcome> {
  assertCanAdd(access, "sources");
  const outcome: ImportOutcome = { imported: [], merged: [], skipped: [], failed: [] };
  const creates = actions.filter((action) => action.kind === "create");
  const merges = actions.filter((action) => action.kind === "merge");
  for (const action of actions) {
    if (action.kind === "skip") {
      outcome.skipped.push({
        index: action.entry.index,
        line: action.entry.line,
        title: action.entry.title,
        reason: action.reason,
      });
    } else if (action.kind === "fail") {
      outcome.failed.push({
        index: action.entry.index,
        line: action.entry.line,
        label: action.entry.label,
        reason: action.reason,
      });
    }
  }
  const total = creates.length + merges.length;
  if (total === 0) return outcome;

  await prisma.$transaction(
    async (tx) => {
      await lockProject(tx, access.projectId);
      let done = 0;
      for (let start = 0; start < creates.length; start += BATCH) {
        const batch = creates.slice(start, start + BATCH).map((action) => ({ action, id: newId() }));
        await insertRows(
          tx,
          "Source",
          SOURCE_COLUMNS,
          batch.map(({ action, id }) => sourceRow(access, id, action.source)),
          [{ column: "updatedAt", sql: "CURRENT_TIMESTAMP" }],
        );
        await insertRows(
          tx,
          "SourceContributor",
          CONTRIBUTOR_COLUMNS,
          batch.flatMap(({ action, id }) =>
            action.source.contributors.map((person) => ({ ...person, id: newId(), sourceId: id })),
          ),
        );
        await insertRows(
          tx,
          "Activity",
          ACTIVITY_COLUMNS,
          batch.map(({ action, id }) => ({
            id: newId(),
            projectId: access.projectId,
            actorId: access.userId,
            action: "create",
            entityType: "source",
            entityId: id,
            label: action.source.columns.title.slice(0, 200),
            after: snapshotOf({ ...action.source.columns, imported: true }),
          })),
        );
        for (const { action, id } of batch) {
          outcome.imported.push({
            index: action.entry.index,
            line: action.entry.line,
            title: action.source.columns.title,
            sourceId: id,
          });
        }
        done += batch.length;
        await onProgress?.(done, total);
      }
      if (merges.length) {
        await mergeIntoExisting(tx, access, merges, outcome);
        await onProgress?.(done + merges.length, total);
      }
      await onProgress?.(total, total);
    },
    { timeout: 300_000, maxWait: 20_000 },
  );
  return outcome;
}

// ─── Styles uploaded to a project ────────────────────────────────────────────────────────────

export async function uploadCitationStyle(access: ProjectAccess, xml: string) {
  assertCanAdd(access, "citation styles");
  const info = parseStyleInfo(xml, "project");
  if (!info || !/<style\b[^>]*xmlns="http:\/\/purl\.org\/net\/xbiblio\/csl"/.test(xml)) {
    throw new AppError(
      "INVALID_INPUT",
      'This is not a CSL style: a .csl file starts with <style xmlns="http://purl.org/net/xbiblio/csl"> and has an <info> block with an id and a title.',
      {
        xml: ["Not a CSL style"],
      },
    );
  }
  if (!info.parentId) {
    // Build an engine with it now: a style citeproc cannot read is refused here, not at export.
    try {
      await formatPool().run({
        kind: "warm",
        spec: {
          engineKey: `validate:${randomBytes(6).toString("hex")}`,
          styleXml: xml,
          locale: "en-US",
          cslDirectory: cslDirectory(),
        },
      });
    } catch (error) {
      throw new AppError(
        "INVALID_INPUT",
        `The style could not be read: ${error instanceof Error ? error.message : String(error)}`,
        {
          xml: ["Unreadable style"],
        },
      );
    }
  }
  return prisma.$transaction(async (tx) => {
    const existing = await tx.citationStyle.findFirst({
      where: { projectId: access.projectId, name: info.id },
    });
    if (existing) {
      return tx.citationStyle.update({
        where: { id: existing.id },
        data: { title: info.title, xml, uploadedById: access.userId },
      });
    }
    return tx.citationStyle.create({
      data: {
        projectId: access.projectId,
        name: info.id,
        title: info.title,
        xml,
        uploadedById: access.userId,
      },
    });
  });
}

export async function deleteCitationStyle(access: ProjectAccess, styleId: string) {
  const style = await prisma.citationStyle.findFirst({ where: { id: styleId, projectId: access.projectId } });
  if (!style) throw new AppError("NOT_FOUND", "Style not found.");
  assertCanModify(access, { createdById: style.uploadedById }, "style");
  await prisma.citationStyle.delete({ where: { id: style.id } });
}

// ─── Jobs ────────────────────────────────────────────────────────────────────────────────────

export function createCitationJob(
  access: ProjectAccess,
  job: {
    kind: "export" | "import" | "argument_export";
    params: Record<string, unknown>;
    input?: string;
    total?: number;
  },
) {
  return prisma.citationJob.create({
    data: {
      projectId: access.projectId,
      userId: access.userId,
      kind: job.kind,
      params: job.params as Prisma.InputJsonValue,
      input: job.input,
      total: job.total ?? 0,
    },
    select: { id: true, kind: true, status: true, progress: true, total: true },
  });
}

// The job runner's bookkeeping (lib/citations/jobs.ts): a job is run by the queue, not by a
// member's request, so these take the job's id; the runner checks the member's role itself.

/** Marks a queued job running and returns it, or null when it is not queued (already run). */
export async function startCitationJob(jobId: string) {
  const { count } = await prisma.citationJob.updateMany({
    where: { id: jobId, status: "queued" },
    data: { status: "running" },
  });
  if (count === 0) return null;
  return prisma.citationJob.findUnique({ where: { id: jobId } });
}

export async function setCitationJobProgress(jobId: string, progress: number, total: number) {
  await prisma.citationJob.update({ where: { id: jobId }, data: { progress, total } });
}

export async function finishCitationJob(
  jobId: string,
  done: { output: string | Uint8Array; contentType: string; fileName: string } | { result: unknown },
) {
  await prisma.citationJob.update({
    where: { id: jobId },
    data: {
      status: "done",
      finishedAt: new Date(),
      ...("output" in done
        ? {
            ...(typeof done.output === "string"
              ? { output: done.output }
              : { outputBytes: Buffer.from(done.output) }),
            contentType: done.contentType,
            fileName: done.fileName,
          }
        : { result: done.result as Prisma.InputJsonValue }),
    },
  });
  // Progress is complete whatever was reported last.
  await prisma.$executeRaw`UPDATE "CitationJob" SET progress = total WHERE id = ${jobId}`;
}

export async function failCitationJob(jobId: string, error: string) {
  await prisma.citationJob.update({
    where: { id: jobId },
    data: { status: "failed", error: error.slice(0, 2000), finishedAt: new Date() },
  });
}
