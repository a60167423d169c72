import { endpoints } from "@/lib/api/endpoints";
import { decodeCursor } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/route";
import { requireProjectAccess } from "@/lib/projects/access";
import { searchProject } from "@/lib/search/data";
import { searchCursorSchema } from "@/lib/search/schema";

export const GET = apiRoute(endpoints.search, async ({ user, query }) => {
  const { projectId, cursor, ...filters } = query;
  const access = await requireProjectAccess(user.id, projectId, "viewer");
  return searchProject(access, { ...filters, after: decodeCursor(cursor, searchCursorSchema) });
});
