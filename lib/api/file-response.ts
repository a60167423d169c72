/** A Content-Disposition header that keeps a non-ASCII file name (Пра́вда.jpg) for browsers that read it. */
export function contentDisposition(
  fileName: string,
  disposition: "attachment" | "inline" = "attachment",
): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** A file made for a member (an export, a finished job's output), never kept by a cache. */
export function fileResponse(file: {
  body: string | Uint8Array;
  contentType: string;
  fileName: string;
}): Response {
  return new Response(typeof file.body === "string" ? file.body : file.body.slice(), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": contentDisposition(file.fileName),
      "cache-control": "private, no-store",
    },
  });
}
