import "server-only";
import { type ArgumentExportParams, runArgumentExport } from "@/lib/arguments/export-run";
import { enqueue, startWorker } from "@/lib/jobs/queue";
import { requireProjectAccess } from "@/lib/projects/access";
import { type ExportParams, runExport } from "./export-run";
import { type ImportPlanParams, runImport } from "./import-run";
import { failCitationJob, finishCitationJob, setCitationJobProgress, startCitationJob } from "./mutations";

// The queue's job runner: exports and imports too long for a request. The member's role is
// checked again when the job runs (it may have changed since it was queued). Jobs are queued by
// the API (lib/api/export-response.ts, citation-import-request.ts); nothing here imports those.

/** Progress written at most twice a second (the UI polls it). */
function progressReporter(jobId: string) {
  let last = 0;
  return async (done: number, total: number) => {
    const now = Date.now();
    if (now - last < 500 && done < total) return;
    last = now;
    await setCitationJobProgress(jobId, done, total);
  };
}

export async function runCitationJob(jobId: string): Promise<void> {
  const job = await startCitationJob(jobId);
  if (!job) return;
  try {
    if (!job.userId) throw new Error("The member who asked for this job no longer exists.");
    const access = await requireProjectAccess(
      job.userId,
      job.projectId,
      job.kind === "import" ? "contributor" : "viewer",
    );
    const report = progressReporter(jobId);
    if (job.kind === "argument_export") {
      const file = await runArgumentExport(
        access,
        job.params as unknown as ArgumentExportParams,
        (done, total) => {
          void report(done, total);
        },
      );
      await finishCitationJob(jobId, {
        output: file.body,
        contentType: file.contentType,
        fileName: file.fileName,
      });
    } else if (job.kind === "export") {
      const file = await runExport(access, job.params as unknown as ExportParams, (done, total) => {
        void report(done, total);
      });
      await finishCitationJob(jobId, {
        output: file.body,
        contentType: file.contentType,
        fileName: file.fileName,
      });
    } else {
      const outcome = await runImport(
        access,
        job.input ?? "",
        job.params as unknown as ImportPlanParams,
        report,
      );
      await finishCitationJob(jobId, { result: outcome });
    }
  } catch (error) {
    await failCitationJob(jobId, error instanceof Error ? error.message : String(error));
  }
}

/** Queues a job, making sure this process works the queue. */
export async function enqueueJob(jobId: string): Promise<void> {
  await startWorker("citation-jobs", runCitationJob);
  await enqueue("citation-jobs", jobId);
}

/**
 * Works the queue in this process from now on (jobs queued before a restart run), without
 * waiting for it: called when a member follows a queued job.
 */
export function resumeCitationJobs(): void {
  startWorker("citation-jobs", runCitationJob).catch((error) => console.error("citation job queue:", error));
}
