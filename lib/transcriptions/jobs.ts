import "server-only";
import { prisma } from "@/lib/db/client";
import { enqueue, startWorker } from "@/lib/jobs/queue";
import { closeOcr, recognize } from "@/lib/ocr/recognize";
import { requireProjectAccess } from "@/lib/projects/access";
import { failOcrJob, finishOcrJob, setOcrJobProgress, startOcrJob } from "./mutations";

// The queue's runner of OCR jobs. Recognition runs in tesseract's worker threads (lib/ocr), one
// job at a time per server process, so that a batch of pages never takes the cores requests
// need; the member's role is checked again when the job runs.

/** Seconds one page may take (OCR_PAGE_SECONDS): an A4 page takes a few. */
function pageTimeLimitMs(): number {
  const seconds = Number(process.env.OCR_PAGE_SECONDS ?? 300);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 300) * 1000;
}

/**
 * A page that takes longer than the limit fails with a message, and the OCR threads are stopped
 * (the next page starts fresh ones): one stuck page must not hold up every page queued after it.
 */
async function withinTimeLimit<T>(reading: Promise<T>): Promise<T> {
  const limit = pageTimeLimitMs();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void closeOcr();
      reject(
        new Error(
          `Reading this photo took over ${Math.round(limit / 1000)} seconds and was stopped: try a region of it, or type the text.`,
        ),
      );
    }, limit);
  });
  try {
    return await Promise.race([reading, expired]);
  } finally {
    clearTimeout(timer);
    reading.catch(() => {});
  }
}

export async function runOcrJob(jobId: string): Promise<void> {
  const job = await startOcrJob(jobId);
  if (!job) return;
  try {
    if (!job.userId) throw new Error("The member who asked for this transcription no longer exists.");
    await requireProjectAccess(job.userId, job.projectId, "contributor");
    const image = job.imageId
      ? await prisma.sourceImage.findUnique({ where: { id: job.imageId }, select: { data: true } })
      : null;
    if (!image) throw new Error("The photo was deleted before it could be read.");
    if (job.regionId && !job.region) throw new Error("The region was deleted before it could be read.");
    let last = 0;
    const reading = recognize(Buffer.from(image.data), {
      language: job.language,
      rectangle: job.region
        ? { left: job.region.x, top: job.region.y, width: job.region.width, height: job.region.height }
        : undefined,
      onProgress: (fraction) => {
        // Written at most twice a second: the editor polls it for its progress bar.
        const now = Date.now();
        if (now - last < 500) return;
        last = now;
        void setOcrJobProgress(jobId, fraction * 100);
      },
    });
    const result = await withinTimeLimit(reading);
    await finishOcrJob(jobId, { text: result.text, lines: result.lines });
  } catch (error) {
    await failOcrJob(jobId, error instanceof Error ? error.message : String(error));
  }
}

/** Queues an OCR job, making sure this process works the queue. */
export async function enqueueOcrJob(jobId: string): Promise<void> {
  await startWorker("ocr-jobs", runOcrJob);
  await enqueue("ocr-jobs", jobId);
}

/** Works the queue from now on without waiting (jobs queued before a restart then run). */
export function resumeOcrJobs(): void {
  void startWorker("ocr-jobs", runOcrJob).catch((error) => console.error("OCR jobs:", error));
}
