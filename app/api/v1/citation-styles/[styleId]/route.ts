import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { findCitationStyleProjectId } from "@/lib/citations/data";
import { deleteCitationStyle } from "@/lib/citations/mutations";
import { requireAccessThrough } from "@/lib/projects/access";

export const DELETE = apiRoute(endpoints.deleteCitationStyle, async ({ user, params }) => {
  const access = await requireAccessThrough(
    user.id,
    findCitationStyleProjectId,
    params.styleId,
    "contributor",
    "Style",
  );
  await deleteCitationStyle(access, params.styleId);
});
