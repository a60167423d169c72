import { endpoints } from "@/lib/api/endpoints";
import { readFileBody } from "@/lib/api/file-body";
import { apiRoute } from "@/lib/api/route";
import { listCitationStyles } from "@/lib/citations/data";
import { uploadCitationStyle } from "@/lib/citations/mutations";
import { requireProjectAccess } from "@/lib/projects/access";

export const GET = apiRoute(endpoints.listCitationStyles, async ({ user, params, query }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "viewer");
  return listCitationStyles(access, query.q, query.limit);
});

export const POST = apiRoute(endpoints.uploadCitationStyle, async ({ request, user, params }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "contributor");
  const xml = await readFileBody(request, endpoints.uploadCitationStyle.fileBody);
  const style = await uploadCitationStyle(access, xml);
  return { id: style.id, name: style.name, title: style.title };
});
