/** Where the browser reads an image, or its WebP thumbnail (GET /api/v1/images/{imageId}/file). */
export function imageFileUrl(imageId: string, size: "full" | "thumbnail"): string {
  return `/api/v1/images/${imageId}/file?size=${size}`;
}
