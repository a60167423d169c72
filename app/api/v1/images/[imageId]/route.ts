import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors/app-error";
import { findImageProjectId, getSourceImage } from "@/lib/images/data";
import { deleteSourceImage, updateSourceImage } from "@/lib/images/mutations";
import { requireAccessThrough } from "@/lib/projects/access";

const access = (userId: string, imageId: string) =>
  requireAccessThrough(userId, findImageProjectId, imageId, "viewer", "Image");

export const GET = apiRoute(endpoints.getSourceImage, async ({ user, params }) => {
  const image = await getSourceImage(await access(user.id, params.imageId), params.imageId);
  if (!image) throw new AppError("NOT_FOUND", "Image not found.");
  return image;
});

export const PATCH = apiRoute(endpoints.updateSourceImage, async ({ user, params, body }) =>
  updateSourceImage(await access(user.id, params.imageId), params.imageId, body),
);

export const DELETE = apiRoute(endpoints.deleteSourceImage, async ({ user, params }) =>
  deleteSourceImage(await access(user.id, params.imageId), params.imageId),
);
