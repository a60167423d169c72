import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { findCitationJobProjectId, getCitationJob } from "@/lib/citations/data";
import { resumeCitationJobs } from "@/lib/citations/jobs";
import { AppError } from "@/lib/errors/app-error";
import { requireAccessThrough } from "@/lib/projects/access";

export const GET = apiRoute(endpoints.getCitationJob, async ({ user, params }) => {
  const access = await requireAccessThrough(user.id, findCitationJobProjectId, params.jobId, "viewer", "Job");
  const job = await getCitationJob(access, params.jobId);
  if (!job) throw new AppError("NOT_FOUND", "Job not found.");
  // A job queued before a restart runs once someone follows it.
  if (job.status === "queued") resumeCitationJobs();
  return {
    ...job,
    fileUrl: job.kind === "export" && job.status === "done" ? `/api/v1/citation-jobs/${job.id}/file` : null,
  };
});
