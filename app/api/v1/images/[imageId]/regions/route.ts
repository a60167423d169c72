import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors/app-error";
import { findImageProjectId } from "@/lib/images/data";
import { requireAccessThrough } from "@/lib/projects/access";
import { listImageRegions } from "@/lib/regions/data";
import { createImageRegion } from "@/lib/regions/mutations";

export const GET = apiRoute(endpoints.listImageRegions, async ({ user, params }) => {
  const access = await requireAccessThrough(user.id, findImageProjectId, params.imageId, "viewer", "Image");
  const regions = await listImageRegions(access, params.imageId);
  if (!regions) throw new AppError("NOT_FOUND", "Image not found.");
  return regions;
});

export const POST = apiRoute(endpoints.createImageRegion, async ({ user, params, body }) =>
  createImageRegion(
    await requireAccessThrough(user.id, findImageProjectId, params.imageId, "contributor", "Image"),
    params.imageId,
    body,
  ),
);
