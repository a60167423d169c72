import { decodeCursor } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/route";
import { listClaims } from "@/lib/claims/data";
import { claimCursorSchema, claimListQuerySchema } from "@/lib/claims/schema";
import { requireProjectAccess } from "@/lib/projects/access";
import { projectIdParamsSchema } from "@/lib/projects/schema";

export const GET = apiRoute(
  { params: projectIdParamsSchema, query: claimListQuerySchema },
  async ({ user, params, query }) => {
    const access = await requireProjectAccess(user.id, params.projectId, "viewer");
    const after = decodeCursor(query.cursor, claimCursorSchema);
    return listClaims(access, { limit: query.limit, after, status: query.status, tag: query.tag });
  },
);
