import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors/app-error";
import { requireAccessThrough } from "@/lib/projects/access";
import { findOcrJobProjectId, getOcrJob } from "@/lib/transcriptions/data";
import { resumeOcrJobs } from "@/lib/transcriptions/jobs";

export const GET = apiRoute(endpoints.getOcrJob, async ({ user, params }) => {
  const access = await requireAccessThrough(user.id, findOcrJobProjectId, params.ocrJobId, "viewer", "Job");
  const job = await getOcrJob(access, params.ocrJobId);
  if (!job) throw new AppError("NOT_FOUND", "Job not found.");
  // A job queued before a restart runs once someone follows it.
  if (job.status === "queued") resumeOcrJobs();
  return job;
});
