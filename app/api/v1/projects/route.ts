import { endpoints } from "@/lib/api/endpoints";
import { decodeCursor } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/route";
import { toPage } from "@/lib/db/keyset";
import { listProjectsForUser } from "@/lib/projects/data";
import { createProject } from "@/lib/projects/mutations";
import { projectCursorSchema } from "@/lib/projects/schema";

export const GET = apiRoute(endpoints.listProjects, async ({ user, query }) => {
  const after = decodeCursor(query.cursor, projectCursorSchema);
  const rows = await listProjectsForUser(user.id, {
    limit: query.limit + 1,
    after,
    archived: query.archived,
  });
  return toPage(rows, query.limit, (project) => ({ updatedAt: project.updatedAt, id: project.id }));
});

export const POST = apiRoute(endpoints.createProject, ({ user, body }) => createProject(user.id, body));
