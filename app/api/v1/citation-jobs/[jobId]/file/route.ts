import { endpoints } from "@/lib/api/endpoints";
import { fileResponse } from "@/lib/api/file-response";
import { apiRoute } from "@/lib/api/route";
import { findCitationJobProjectId, getCitationJobFile } from "@/lib/citations/data";
import { AppError } from "@/lib/errors/app-error";
import { requireAccessThrough } from "@/lib/projects/access";

export const GET = apiRoute(endpoints.getCitationJobFile, async ({ user, params }) => {
  const access = await requireAccessThrough(user.id, findCitationJobProjectId, params.jobId, "viewer", "Job");
  const job = await getCitationJobFile(access, params.jobId);
  if (!job) throw new AppError("NOT_FOUND", "Job not found.");
  const body = job.output ?? job.outputBytes;
  if (job.status !== "done" || body === null || !job.contentType || !job.fileName) {
    throw new AppError(
      "CONFLICT",
      "The export is not finished yet: follow its progress at the job's address.",
    );
  }
  return fileResponse({ body, contentType: job.contentType, fileName: job.fileName });
});
