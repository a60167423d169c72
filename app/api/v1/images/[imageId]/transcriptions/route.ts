import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { findImageProjectId } from "@/lib/images/data";
import { requireAccessThrough } from "@/lib/projects/access";
import { enqueueOcrJob } from "@/lib/transcriptions/jobs";
import { createOcrJob } from "@/lib/transcriptions/mutations";

export const POST = apiRoute(endpoints.startTranscription, async ({ user, params, body }) => {
  const access = await requireAccessThrough(
    user.id,
    findImageProjectId,
    params.imageId,
    "contributor",
    "Image",
  );
  const job = await createOcrJob(access, params.imageId, body);
  await enqueueOcrJob(job.id);
  return job;
});
