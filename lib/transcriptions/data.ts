import "server-only";
import { prisma } from "@/lib/db/client";
import type { ProjectAccess } from "@/lib/projects/types";

export const ocrJobSelect = {
  id: true,
  imageId: true,
  regionId: true,
  language: true,
  status: true,
  progress: true,
  text: true,
  lines: true,
  error: true,
  createdAt: true,
  finishedAt: true,
} as const;

export async function findOcrJobProjectId(jobId: string) {
  return (
    (await prisma.ocrJob.findUnique({ where: { id: jobId }, select: { projectId: true } }))?.projectId ?? null
  );
}

export function getOcrJob(access: ProjectAccess, jobId: string) {
  return prisma.ocrJob.findFirst({ where: { id: jobId, projectId: access.projectId }, select: ocrJobSelect });
}
export type OcrJobView = NonNullable<Awaited<ReturnType<typeof getOcrJob>>>;
