// What an uploaded image may be, shared by the API, the upload form and the server's check.

/** What browsers show as they are; a phone's HEIC or an archive's TIFF is converted first. */
export const IMAGE_TYPES = { jpeg: "image/jpeg", png: "image/png", webp: "image/webp" } as const;
export const MAX_IMAGE_BYTES = 25_000_000;
