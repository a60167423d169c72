import { citationImportResponse } from "@/lib/api/citation-import-request";
import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { requireProjectAccess } from "@/lib/projects/access";

// The body is the file (or a multipart form), read by citationImportResponse after the role check.
export const POST = apiRoute(endpoints.importSources, async ({ request, user, params, query }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "contributor");
  return citationImportResponse(access, request, query);
});
