import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { findPointProjectId } from "@/lib/arguments/data";
import { deletePoint, updatePoint } from "@/lib/arguments/mutations";
import { requireAccessThrough } from "@/lib/projects/access";

const access = (userId: string, pointId: string) =>
  requireAccessThrough(userId, findPointProjectId, pointId, "contributor", "Point");

export const PATCH = apiRoute(endpoints.updateArgumentPoint, async ({ user, params, body }) =>
  updatePoint(await access(user.id, params.pointId), params.pointId, body),
);

export const DELETE = apiRoute(endpoints.deleteArgumentPoint, async ({ user, params }) =>
  deletePoint(await access(user.id, params.pointId), params.pointId),
);
