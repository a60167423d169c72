import "server-only";
import { prisma } from "@/lib/db/client";
import { enqueue, startWorker } from "@/lib/jobs/queue";
import { recognize } from "@/lib/ocr/recognize";
import { requireProjectAccess } from "@/lib/projects/access";
import { failOcrJob, finishOcrJob, setOcrJobProgress, startOcrJob } from "./mutations";

// The queue's runner of OCR jobs. Recognition runs in tesseract's worker threads (lib/ocr), one
// job at a time per server process, so that a batch of pages never takes the cores requests
// need; the member's role is checked again when the job runs.

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
    const result = await recognize(Buffer.from(image.data), {
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
