import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { findArgumentProjectId } from "@/lib/arguments/data";
import { addPoint } from "@/lib/arguments/mutations";
import { requireAccessThrough } from "@/lib/projects/access";

export const POST = apiRoute(endpoints.addArgumentPoint, async ({ user, params, body }) => {
  const access = await requireAccessThrough(
    user.id,
    findArgumentProjectId,
    params.argumentId,
    "contributor",
    "Argument",
  );
  return addPoint(access, params.argumentId, body);
});
