import { endpoints } from "@/lib/api/endpoints";
import { readBinaryFileBody } from "@/lib/api/file-body";
import { decodeCursor } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/route";
import { imageCursorSchema, listSourceImages } from "@/lib/images/data";
import { uploadSourceImage } from "@/lib/images/mutations";
import { requireAccessThrough } from "@/lib/projects/access";
import { assertCanAdd } from "@/lib/projects/guards";
import { findSourceProjectId } from "@/lib/sources/data";

const access = (userId: string, sourceId: string) =>
  requireAccessThrough(userId, findSourceProjectId, sourceId, "viewer", "Source");

export const GET = apiRoute(endpoints.listSourceImages, async ({ user, params, query }) =>
  listSourceImages(await access(user.id, params.sourceId), params.sourceId, {
    limit: query.limit,
    after: decodeCursor(query.cursor, imageCursorSchema),
  }),
);

export const POST = apiRoute(endpoints.uploadSourceImage, async ({ request, user, params, query }) => {
  const sourceAccess = await access(user.id, params.sourceId);
  // Before the body is read: a viewer's upload is refused without reading 25 MB.
  assertCanAdd(sourceAccess, "images");
  const bytes = await readBinaryFileBody(request, endpoints.uploadSourceImage.fileBody);
  return uploadSourceImage(sourceAccess, params.sourceId, query, bytes);
});
