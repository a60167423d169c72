import { endpoints } from "@/lib/api/endpoints";
import { contentDisposition } from "@/lib/api/file-response";
import { etagMatches } from "@/lib/api/http-cache";
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors/app-error";
import { findImageProjectId, getSourceImageEtag, getSourceImageFile } from "@/lib/images/data";
import { requireAccessThrough } from "@/lib/projects/access";

export const GET = apiRoute(endpoints.getSourceImageFile, async ({ request, user, params, query }) => {
  const access = await requireAccessThrough(user.id, findImageProjectId, params.imageId, "viewer", "Image");
  // An image's bytes never change (a new photo is a new image): the browser keeps them, for this
  // user only, and asks again only to revalidate by its hash, answered without reading them.
  const cache = { "cache-control": "private, max-age=31536000, immutable" };
  const known = request.headers.get("if-none-match");
  if (known) {
    const etag = await getSourceImageEtag(access, params.imageId, query.size);
    if (etag && etagMatches(known, etag))
      return new Response(null, { status: 304, headers: { ...cache, etag } });
  }
  const file = await getSourceImageFile(access, params.imageId, query.size);
  if (!file) throw new AppError("NOT_FOUND", "Image not found.");
  return new Response(new Uint8Array(file.body), {
    headers: {
      ...cache,
      etag: file.etag,
      "content-type": file.contentType,
      "content-disposition": contentDisposition(file.fileName, "inline"),
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
});
