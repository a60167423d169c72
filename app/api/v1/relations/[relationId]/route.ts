import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors/app-error";
import { requireAccessThrough } from "@/lib/projects/access";
import { findRelationProjectId, getRelation } from "@/lib/sources/data";
import { deleteRelation, updateRelation } from "@/lib/sources/mutations";

const access = (userId: string, relationId: string) =>
  requireAccessThrough(userId, findRelationProjectId, relationId, "viewer", "Relation");

export const GET = apiRoute(endpoints.getRelation, async ({ user, params }) => {
  const relation = await getRelation(await access(user.id, params.relationId), params.relationId);
  if (!relation) throw new AppError("NOT_FOUND", "Relation not found.");
  return relation;
});

export const PATCH = apiRoute(endpoints.updateRelation, async ({ user, params, body }) =>
  updateRelation(await access(user.id, params.relationId), params.relationId, body),
);

export const DELETE = apiRoute(endpoints.deleteRelation, async ({ user, params }) =>
  deleteRelation(await access(user.id, params.relationId), params.relationId),
);
