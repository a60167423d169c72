import { endpoints } from "@/lib/api/endpoints";
import { argumentExportResponse } from "@/lib/api/export-response";
import { apiRoute } from "@/lib/api/route";
import { findArgumentProjectId } from "@/lib/arguments/data";
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
  return argumentExportResponse(access, { ...options, argumentId: params.argumentId }, forceJob);
});
