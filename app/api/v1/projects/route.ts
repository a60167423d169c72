import { decodeCursor, toPage } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/route";
import { listProjectsForUser } from "@/lib/projects/data";
import { projectCursorSchema, projectListQuerySchema } from "@/lib/projects/schema";

export const GET = apiRoute({ query: projectListQuerySchema }, async ({ user, query }) => {
  const after = decodeCursor(query.cursor, projectCursorSchema);
  const rows = await listProjectsForUser(user.id, { limit: query.limit + 1, after });
  return toPage(rows, query.limit, (project) => ({ updatedAt: project.updatedAt, id: project.id }));
});
