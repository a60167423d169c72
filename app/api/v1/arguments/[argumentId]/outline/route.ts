import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { findArgumentProjectId } from "@/lib/arguments/data";
import { setOutline } from "@/lib/arguments/mutations";
import { requireAccessThrough } from "@/lib/projects/access";

export const PUT = apiRoute(endpoints.setArgumentOutline, async ({ user, params, body }) => {
  const access = await requireAccessThrough(
    user.id,
    findArgumentProjectId,
    params.argumentId,
    "contributor",
    "Argument",
  );
  return setOutline(access, params.argumentId, body);
});
