import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { findArgumentProjectId } from "@/lib/arguments/data";
import { prepareArgumentExport } from "@/lib/arguments/export-request";
import { fileResponse, jobAccepted } from "@/lib/citations/export-request";
import { enqueueJob } from "@/lib/citations/jobs";
import { createCitationJob } from "@/lib/citations/mutations";
import { SYNC_EXPORT_COLD_LIMIT } from "@/lib/citations/schema";
import { requireAccessThrough } from "@/lib/projects/access";

// The file at once when its sources are mostly formatted already; else a job with progress.
export const GET = apiRoute(endpoints.exportArgument, async ({ user, params, query }) => {
  const access = await requireAccessThrough(
    user.id,
    findArgumentProjectId,
    params.argumentId,
    "viewer",
    "Argument",
  );
  const { async: forceJob, ...options } = query;
  const exportParams = { ...options, argumentId: params.argumentId };
  const prepared = await prepareArgumentExport(access, exportParams);
  if (!forceJob && prepared.coldEntries <= SYNC_EXPORT_COLD_LIMIT) return fileResponse(await prepared.run());
  const job = await createCitationJob(access, {
    kind: "argument_export",
    params: exportParams,
    total: prepared.coldEntries,
  });
  await enqueueJob(job.id);
  return jobAccepted(job);
});
