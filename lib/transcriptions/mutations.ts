import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { ocrLanguageFor } from "@/lib/ocr/languages";
import { assertCanAdd } from "@/lib/projects/guards";
import type { ProjectAccess } from "@/lib/projects/types";
import { ocrJobSelect } from "./data";
import type { OcrLine, StartTranscriptionInput } from "./schema";

/**
 * Asks for a photo, or one of its regions, to be read by OCR: checks what can be checked now
 * (the photo, the region, language data for the language) and writes the job, which the queue
 * then runs. The language is the one asked for, else the source's, else English.
 */
export async function createOcrJob(access: ProjectAccess, imageId: string, input: StartTranscriptionInput) {
  assertCanAdd(access, "transcriptions");
  const image = await prisma.sourceImage.findFirst({
    where: { id: imageId, projectId: access.projectId },
    select: { id: true, source: { select: { language: true } } },
  });
  if (!image) throw new AppError("NOT_FOUND", "Image not found: it may have been deleted.");
  if (input.regionId) {
    const region = await prisma.imageRegion.findFirst({
      where: { id: input.regionId, imageId, projectId: access.projectId },
      select: { id: true },
    });
    if (!region) {
      throw new AppError("INVALID_INPUT", "That region is not on this photo.", {
        regionId: ["Choose a region of this photo"],
      });
    }
  }
  const language = input.language ?? image.source.language ?? "en";
  const known = ocrLanguageFor(language);
  if (!known.ok) throw new AppError("INVALID_INPUT", known.message, { language: [known.message] });
  return prisma.ocrJob.create({
    data: {
      projectId: access.projectId,
      userId: access.userId,
      imageId,
      regionId: input.regionId ?? null,
      language,
    },
    select: ocrJobSelect,
  });
}

/** Marks a queued job running and returns what it needs; null when it is gone or already taken. */
export async function startOcrJob(jobId: string) {
  const taken = await prisma.ocrJob.updateMany({
    where: { id: jobId, status: "queued" },
    data: { status: "running", progress: 0 },
  });
  if (!taken.count) return null;
  return prisma.ocrJob.findUnique({
    where: { id: jobId },
    select: {
      id: true,
      projectId: true,
      userId: true,
      imageId: true,
      regionId: true,
      language: true,
      region: { select: { x: true, y: true, width: true, height: true } },
    },
  });
}

export async function setOcrJobProgress(jobId: string, progress: number) {
  await prisma.ocrJob.updateMany({
    where: { id: jobId, status: "running" },
    data: { progress: Math.max(0, Math.min(99, Math.round(progress))) },
  });
}

/** The text read, on the job and on its region (where the historian's transcription starts from). */
export async function finishOcrJob(jobId: string, result: { text: string; lines: OcrLine[] }) {
  await prisma.$transaction(async (tx) => {
    const job = await tx.ocrJob.update({
      where: { id: jobId },
      data: {
        status: "done",
        progress: 100,
        text: result.text,
        lines: result.lines as unknown as Prisma.InputJsonValue,
        finishedAt: new Date(),
      },
      select: { regionId: true },
    });
    if (job.regionId) {
      await tx.imageRegion.updateMany({
        where: { id: job.regionId },
        data: { ocrText: result.text, ocrLines: result.lines as unknown as Prisma.InputJsonValue },
      });
    }
  });
}

export async function failOcrJob(jobId: string, message: string) {
  await prisma.ocrJob.updateMany({
    where: { id: jobId },
    data: { status: "failed", error: message, finishedAt: new Date() },
  });
}
