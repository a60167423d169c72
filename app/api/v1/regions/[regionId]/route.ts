import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors/app-error";
import { requireAccessThrough } from "@/lib/projects/access";
import { findRegionProjectId, getImageRegion } from "@/lib/regions/data";
import { deleteImageRegion, updateImageRegion } from "@/lib/regions/mutations";

const access = (userId: string, regionId: string, role: "viewer" | "contributor") =>
  requireAccessThrough(userId, findRegionProjectId, regionId, role, "Region");

export const GET = apiRoute(endpoints.getImageRegion, async ({ user, params }) => {
  const region = await getImageRegion(await access(user.id, params.regionId, "viewer"), params.regionId);
  if (!region) throw new AppError("NOT_FOUND", "Region not found.");
  return region;
});

export const PATCH = apiRoute(endpoints.updateImageRegion, async ({ user, params, body }) =>
  updateImageRegion(await access(user.id, params.regionId, "contributor"), params.regionId, body),
);

export const DELETE = apiRoute(endpoints.deleteImageRegion, async ({ user, params }) =>
  deleteImageRegion(await access(user.id, params.regionId, "contributor"), params.regionId),
);
