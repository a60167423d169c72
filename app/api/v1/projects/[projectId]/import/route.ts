import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { importResponse } from "@/lib/citations/import-request";
import { requireProjectAccess } from "@/lib/projects/access";

// The body is the file (or a multipart form), read by importResponse after the role check.
export const POST = apiRoute(endpoints.importSources, async ({ request, user, params, query }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "contributor");
  return importResponse(access, request, query);
});
