import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors/app-error";
import { getComparison } from "@/lib/observers/data";
import { requireAccessThrough } from "@/lib/projects/access";
import { findSourceProjectId } from "@/lib/sources/data";

export const GET = apiRoute(endpoints.getComparison, async ({ user, params }) => {
  const access = await requireAccessThrough(
    user.id,
    findSourceProjectId,
    params.sourceId,
    "viewer",
    "Source",
  );
  const comparison = await getComparison(access, params.sourceId);
  if (!comparison) throw new AppError("NOT_FOUND", "Source not found.");
  return comparison;
});
