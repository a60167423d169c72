import "server-only";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import { prisma } from "@/lib/db/client";
import type { ArchiveJob } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { enqueue, startWorker } from "@/lib/jobs/queue";
import { requireProjectAccess } from "@/lib/projects/access";
import type { ProjectAccess } from "@/lib/projects/types";
import { writeProjectArchive } from "./export";
import { projectSlug } from "./format";
import { newId, planRestore, restoreArchive } from "./restore";
import { ARCHIVE_UPLOAD_TYPES, maxArchiveBytes } from "./schema";

// Archive jobs: an owner's download of a project, and anyone's restore of an archive into a new
// project. The archive files live on the server's disk (ARCHIVE_DIR), not in the database: a
// project with its photos may be gigabytes. A job and its file are its asker's only.

export function archiveDirectory(): string {
  return process.env.ARCHIVE_DIR || path.join(/* turbopackIgnore: true */ process.cwd(), ".data", "archives");
}

/** Files of finished jobs are kept this long, then removed. */
const KEEP_FILES_MS = 7 * 24 * 60 * 60 * 1000;

export const ARCHIVE_CONTENT_TYPE = "application/zip";

export interface ArchiveJobView {
  id: string;
  kind: "export" | "restore";
  status: ArchiveJob["status"];
  progress: number;
  total: number;
  fileName: string;
  byteSize: number;
  projectId: string | null;
  report: unknown;
  error: string | null;
  statusUrl: string;
  fileUrl: string | null;
  restoreUrl: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export function toArchiveJobView(job: ArchiveJob): ArchiveJobView {
  const statusUrl = `/api/v1/archive-jobs/${job.id}`;
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: job.progress,
    total: job.total,
    fileName: job.fileName,
    byteSize: Number(job.byteSize),
    projectId: job.projectId,
    report: job.report,
    error: job.error,
    statusUrl,
    fileUrl: job.kind === "export" && job.status === "done" && job.filePath ? `${statusUrl}/file` : null,
    restoreUrl: job.kind === "restore" && job.status === "uploaded" ? `${statusUrl}/restore` : null,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

function filePathOf(job: { filePath: string | null }): string {
  if (!job.filePath) throw new AppError("NOT_FOUND", "This archive's file has been removed; make a new one.");
  return path.join(archiveDirectory(), job.filePath);
}

/** Removes the files of this user's jobs that finished more than a week ago. */
async function sweepOldFiles(userId: string) {
  const old = await prisma.archiveJob.findMany({
    where: { userId, filePath: { not: null }, updatedAt: { lt: new Date(Date.now() - KEEP_FILES_MS) } },
    select: { id: true, filePath: true },
  });
  for (const job of old) {
    await rm(filePathOf(job), { force: true });
    await prisma.archiveJob.update({ where: { id: job.id }, data: { filePath: null } });
  }
}

/** An owner asks for the project's archive: a job, since a project may be gigabytes. */
export async function startArchiveExport(access: ProjectAccess): Promise<ArchiveJobView> {
  if (access.role !== "owner") {
    throw new AppError("FORBIDDEN", "Only the project's owners can download its archive.");
  }
  await sweepOldFiles(access.userId);
  const project = await prisma.project.findUniqueOrThrow({
    where: { id: access.projectId },
    select: { name: true },
  });
  const day = new Date().toISOString().slice(0, 10);
  const job = await prisma.archiveJob.create({
    data: {
      userId: access.userId,
      kind: "export",
      status: "queued",
      projectId: access.projectId,
      fileName: `${projectSlug(project.name)}-${day}.apparatus.zip`,
    },
  });
  await enqueueArchiveJob(job.id);
  return toArchiveJobView(job);
}

/** The user's own job, or 404 (another member's job is not even confirmed to exist). */
export async function getArchiveJob(userId: string, jobId: string): Promise<ArchiveJob> {
  const job = await prisma.archiveJob.findFirst({ where: { id: jobId, userId } });
  if (!job) throw new AppError("NOT_FOUND", "Archive job not found.");
  if (job.status === "queued" || job.status === "running") resumeArchiveJobs();
  return job;
}

/** The archive an export made, streamed from disk; its asker must still own the project. */
export async function archiveFile(userId: string, jobId: string) {
  const job = await getArchiveJob(userId, jobId);
  if (job.kind !== "export") throw new AppError("NOT_FOUND", "A restore has no file to download.");
  if (job.status !== "done") {
    throw new AppError(
      "CONFLICT",
      `The archive is not ready yet (${job.status}); follow the job until it is done.`,
    );
  }
  if (!job.projectId) throw new AppError("NOT_FOUND", "The project of this archive has been deleted.");
  await requireProjectAccess(userId, job.projectId, "owner");
  const file = filePathOf(job);
  const size = (await stat(file).catch(() => null))?.size;
  if (size === undefined)
    throw new AppError("NOT_FOUND", "This archive's file has been removed; make a new one.");
  return { stream: createReadStream(file), size, fileName: job.fileName };
}

/**
 * A restore begins with the upload: the body is written to disk as it arrives (never held in
 * memory), up to the limit, then checked whole. A refused archive leaves no file and no job; an
 * accepted one waits, with its dry-run report, for the user to say "Restore".
 */
export async function acceptRestoreUpload(
  userId: string,
  request: Request,
  fileName: string,
): Promise<ArchiveJobView> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!(ARCHIVE_UPLOAD_TYPES as readonly string[]).includes(type)) {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      `Send the project archive as application/zip (got ${type || "no content type"}).`,
    );
  }
  const limit = maxArchiveBytes();
  const tooLarge = () =>
    new AppError(
      "PAYLOAD_TOO_LARGE",
      `The archive is larger than ${(limit / 1024 ** 3).toFixed(1)} GB, this instance's limit (ARCHIVE_MAX_BYTES).`,
    );
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  await sweepOldFiles(userId);
  const id = newId();
  const relative = `upload-${id}.zip`;
  const target = path.join(archiveDirectory(), relative);
  await mkdir(archiveDirectory(), { recursive: true });
  let size = 0;
  let output: ReturnType<typeof createWriteStream> | undefined;
  try {
    if (!request.body) throw new AppError("INVALID_INPUT", "The archive is empty.", { file: ["Empty"] });
    output = createWriteStream(target);
    const body = Readable.fromWeb(request.body as never);
    let head = "";
    body.on("data", (chunk: Buffer) => {
      if (size < 64) head += chunk.subarray(0, 64).toString("latin1");
      size += chunk.length;
      if (size > limit) body.destroy(tooLarge());
    });
    body.pipe(output);
    await Promise.all([finished(body), finished(output)]);
    if (size === 0 || (size < 64 && !head.trim())) {
      throw new AppError("INVALID_INPUT", "The archive is empty.", { file: ["Empty"] });
    }
    const plan = await planRestore(target, userId);
    const job = await prisma.archiveJob.create({
      data: {
        id,
        userId,
        kind: "restore",
        status: "uploaded",
        filePath: relative,
        fileName: fileName.slice(0, 200) || "archive.zip",
        byteSize: size,
        report: plan as never,
      },
    });
    return toArchiveJobView(job);
  } catch (error) {
    output?.destroy();
    await rm(target, { force: true });
    throw error;
  }
}

/** The user confirms the restore the dry run described. */
export async function startRestore(userId: string, jobId: string, name?: string): Promise<ArchiveJobView> {
  const job = await getArchiveJob(userId, jobId);
  if (job.kind !== "restore") throw new AppError("NOT_FOUND", "Archive job not found.");
  if (job.status !== "uploaded") {
    throw new AppError("CONFLICT", `This archive's restore has already been started (${job.status}).`);
  }
  const claimed = await prisma.archiveJob.updateMany({
    where: { id: job.id, status: "uploaded" },
    data: { status: "queued", report: { ...(job.report as object), name: name ?? null } },
  });
  if (claimed.count === 0) throw new AppError("CONFLICT", "This archive's restore has already been started.");
  await enqueueArchiveJob(job.id);
  return toArchiveJobView(await prisma.archiveJob.findUniqueOrThrow({ where: { id: job.id } }));
}

function progressWriter(jobId: string) {
  let last = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    if (now - last < 500 && done < total) return;
    last = now;
    void prisma.archiveJob
      .update({ where: { id: jobId }, data: { progress: done, total } })
      .catch(() => undefined);
  };
}

export async function runArchiveJob(jobId: string): Promise<void> {
  const claimed = await prisma.archiveJob.updateMany({
    where: { id: jobId, status: "queued" },
    data: { status: "running" },
  });
  if (claimed.count === 0) return;
  const job = await prisma.archiveJob.findUniqueOrThrow({ where: { id: jobId }, include: { user: true } });
  try {
    if (job.kind === "export") {
      if (!job.projectId) throw new Error("The project has been deleted.");
      // The role is checked again: it may have changed since the job was queued.
      await requireProjectAccess(job.userId, job.projectId, "owner");
      await mkdir(archiveDirectory(), { recursive: true });
      const relative = `${job.id}.zip`;
      const manifest = await writeProjectArchive(job.projectId, path.join(archiveDirectory(), relative), {
        privateNotes: { of: "member", userId: job.userId },
        exportedBy: { email: job.user.email, name: job.user.name },
        onProgress: progressWriter(job.id),
      });
      const { size } = await stat(path.join(archiveDirectory(), relative));
      await prisma.archiveJob.update({
        where: { id: job.id },
        data: {
          status: "done",
          filePath: relative,
          byteSize: size,
          report: { counts: manifest.counts },
          finishedAt: new Date(),
        },
      });
    } else {
      const file = filePathOf(job);
      const name = (job.report as { name?: string | null } | null)?.name ?? undefined;
      const result = await restoreArchive(file, job.userId, { name, onProgress: progressWriter(job.id) });
      await rm(file, { force: true });
      await prisma.archiveJob.update({
        where: { id: job.id },
        data: { status: "done", projectId: result.projectId, filePath: null, finishedAt: new Date() },
      });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await prisma.archiveJob.update({
      where: { id: job.id },
      data: {
        status: "failed",
        error:
          job.kind === "restore"
            ? `${message} Nothing was written.`
            : `The archive could not be made: ${message}`,
        finishedAt: new Date(),
      },
    });
  }
}

export async function enqueueArchiveJob(jobId: string): Promise<void> {
  await startWorker("archive-jobs", runArchiveJob);
  await enqueue("archive-jobs", jobId);
}

/** Works the queue in this process from now on (jobs queued before a restart run). */
export function resumeArchiveJobs(): void {
  startWorker("archive-jobs", runArchiveJob).catch((error) => console.error("archive job queue:", error));
}

/** Leftover partial files (a crash mid-export): removed when older than a day. */
export async function removeStalePartials(): Promise<void> {
  const dir = archiveDirectory();
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.endsWith(".partial")) continue;
    const info = await stat(path.join(dir, name)).catch(() => null);
    if (info && Date.now() - info.mtimeMs > 24 * 60 * 60 * 1000)
      await rm(path.join(dir, name), { force: true });
  }
}
