import "server-only";
import { createHash } from "node:crypto";
import sharp, { type Metadata } from "sharp";
import { AppError } from "@/lib/errors/app-error";
import { IMAGE_TYPES, MAX_IMAGE_BYTES } from "./limits";

/**
 * Larger than a phone's or a reading-room camera's photo (50 megapixels); refuses decompression
 * bombs, small files that decode to gigabytes.
 */
const MAX_PIXELS = 50_000_000;
export const THUMBNAIL_WIDTH = 480;

export interface ProcessedImage {
  contentType: (typeof IMAGE_TYPES)[keyof typeof IMAGE_TYPES];
  width: number;
  height: number;
  byteSize: number;
  sha256: string;
  thumbnail: Buffer;
}

const CONVERT_FIRST: Record<string, string> = {
  heif: "HEIC photos (iPhone)",
  tiff: "TIFF scans",
  gif: "GIF images",
  avif: "AVIF images",
  svg: "SVG drawings",
  pdf: "PDF files",
};

/**
 * Reads an uploaded photo or scan: its type from its bytes (never from the name or the header it
 * was sent with), its size as shown (after the camera's rotation), and a small WebP for lists.
 */
export function processImage(bytes: Buffer): Promise<ProcessedImage> {
  // One image decoded at a time per process: a 50-megapixel photo takes some 200 MB to decode.
  const run = decoding.then(() => readImage(bytes));
  decoding = run.catch(() => undefined);
  return run;
}
let decoding: Promise<unknown> = Promise.resolve();

async function readImage(bytes: Buffer): Promise<ProcessedImage> {
  if (bytes.length === 0) throw new AppError("INVALID_INPUT", "The image is empty.", { file: ["Empty"] });
  if (bytes.length > MAX_IMAGE_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The image is larger than ${MAX_IMAGE_BYTES / 1_000_000} MB.`);
  }
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
  } catch {
    throw unreadable();
  }
  const format = metadata.format ?? "";
  const contentType = IMAGE_TYPES[format as keyof typeof IMAGE_TYPES];
  if (!contentType) {
    const what = CONVERT_FIRST[format];
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      what
        ? `${what} cannot be shown in a browser: save it as JPEG, PNG or WebP first.`
        : "Send a photo or scan as JPEG, PNG or WebP.",
      { file: ["Not a JPEG, PNG or WebP image"] },
    );
  }
  try {
    const { data: thumbnail, info } = await sharp(bytes, { limitInputPixels: MAX_PIXELS })
      .rotate()
      .resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true })
      .webp({ quality: 72 })
      .toBuffer({ resolveWithObject: true });
    const turned = (metadata.orientation ?? 1) >= 5;
    const width = turned ? metadata.height : metadata.width;
    const height = turned ? metadata.width : metadata.height;
    if (!width || !height || !info.width) throw unreadable();
    return {
      contentType,
      width,
      height,
      byteSize: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      thumbnail,
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    // A truncated upload, or pixels beyond MAX_PIXELS.
    throw unreadable();
  }
}

function unreadable() {
  return new AppError(
    "INVALID_INPUT",
    "The file could not be read as an image: it may be damaged, cut short, or larger than 50 megapixels.",
    { file: ["Not a readable image"] },
  );
}
