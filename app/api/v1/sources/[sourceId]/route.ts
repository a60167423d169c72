import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors/app-error";
import { requireAccessThrough } from "@/lib/projects/access";
import { findSourceProjectId, getSourceDetail } from "@/lib/sources/data";
import { deleteSource, updateSource } from "@/lib/sources/mutations";

const access = (userId: string, sourceId: string) =>
  requireAccessThrough(userId, findSourceProjectId, sourceId, "viewer", "Source");

export const GET = apiRoute(endpoints.getSource, async ({ user, params }) => {
  const source = await getSourceDetail(await access(user.id, params.sourceId), params.sourceId);
  if (!source) throw new AppError("NOT_FOUND", "Source not found.");
  return source;
});

export const PATCH = apiRoute(endpoints.updateSource, async ({ user, params, body }) =>
  updateSource(await access(user.id, params.sourceId), params.sourceId, body),
);

export const DELETE = apiRoute(endpoints.deleteSource, async ({ user, params }) =>
  deleteSource(await access(user.id, params.sourceId), params.sourceId),
);
