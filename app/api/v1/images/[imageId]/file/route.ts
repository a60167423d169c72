import { endpoints } from "@/lib/api/endpoints";
import { contentDisposition } from "@/lib/api/file-response";
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors/app-error";
import { findImageProjectId, getSourceImageFile } from "@/lib/images/data";
import { requireAccessThrough } from "@/lib/projects/access";

export const GET = apiRoute(endpoints.getSourceImageFile, async ({ request, user, params, query }) => {
  const access = await requireAccessThrough(user.id, findImageProjectId, params.imageId, "viewer", "Image");
  const file = await getSourceImageFile(access, params.imageId, query.size);
  if (!file) throw new AppError("NOT_FOUND", "Image not found.");
  // An image's bytes never change (a new photo is a new image): the browser keeps them, for this
  // user only, and asks again only to revalidate by its hash.
  const headers = {
    etag: `"${file.etag}"`,
    "cache-control": "private, max-age=31536000, immutable",
  };
  if (request.headers.get("if-none-match") === headers.etag)
    return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(file.body), {
    headers: {
      ...headers,
      "content-type": file.contentType,
      "content-disposition": contentDisposition(file.fileName, "inline"),
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
});
