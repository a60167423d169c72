import "server-only";
import sharp from "sharp";
import type Tesseract from "tesseract.js";
import { AppError } from "@/lib/errors/app-error";
import { installedOcrLanguages, languageData } from "./language-data";
import { type OcrLanguage, ocrLanguageFor } from "./languages";
import { closeOcrPool, ocrPool } from "./pool";
import type { OcrLine, OcrRectangle, OcrResult, RecognizeOptions } from "./types";

/** As for uploads (lib/images/process.ts): refuses images that decode to gigabytes. */
const MAX_PIXELS = 50_000_000;

/**
 * Reads the printed or typed text of a photo or scan, or of a rectangle of it, in the given
 * language, on a worker thread. Line boxes are in pixels of the whole image as shown (after its
 * camera rotation), whether or not a rectangle was given. Throws an AppError (INVALID_INPUT) for a
 * language without data, an image that cannot be read, or a rectangle outside the image.
 */
export async function recognize(image: Buffer, options: RecognizeOptions): Promise<OcrResult> {
  const language = findOcrLanguage(options.language);
  if (!language.ok) throw new AppError("INVALID_INPUT", language.message, { language: [language.message] });
  const data = languageData(language.code);
  if (!data)
    throw new AppError("INTERNAL", `The Tesseract language data "${language.code}" has gone missing.`);
  const crop = await cropOf(image, options.rectangle);
  let done = -1;
  const progress = options.onProgress
    ? (fraction: number) => {
        // Monotonic, and each step once.
        if (fraction <= done) return;
        done = fraction;
        options.onProgress?.(fraction);
      }
    : undefined;
  progress?.(0);
  const { data: page } = await ocrPool().run(
    language.code,
    data,
    // Decoded when a thread is free, so that queued pages wait as their compressed bytes only.
    async (worker) => worker.recognize(await prepareImage(image, crop), {}, { text: true, blocks: true }),
    progress,
  );
  progress?.(1);
  return readPage(page, crop?.left ?? 0, crop?.top ?? 0);
}

/**
 * The Tesseract data for a language tag on this machine (the bundled languages and any added to
 * lib/ocr/tessdata or from npm), or the message to show: for checking a request before queuing it.
 */
export function findOcrLanguage(tag: string): OcrLanguage {
  return ocrLanguageFor(tag, installedOcrLanguages());
}

/** Stops the OCR threads: for tests, scripts and shutdown. The next recognize starts them again. */
export function closeOcr(): Promise<void> {
  return closeOcrPool();
}

interface Crop {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The rectangle in whole pixels of the image as shown (none for the whole image), or an error
 * saying why the image cannot be read or how the rectangle misses it.
 */
async function cropOf(image: Buffer, rectangle: OcrRectangle | undefined): Promise<Crop | undefined> {
  if (image.length === 0)
    throw new AppError("INVALID_INPUT", "The image is empty: there is nothing to read.");
  let width: number | undefined;
  let height: number | undefined;
  try {
    const metadata = await sharp(image, { limitInputPixels: MAX_PIXELS }).metadata();
    const turned = (metadata.orientation ?? 1) >= 5;
    width = turned ? metadata.height : metadata.width;
    height = turned ? metadata.width : metadata.height;
  } catch (error) {
    throw unreadable(error);
  }
  if (!width || !height) throw unreadable(new Error("no size"));
  if (!rectangle) return undefined;
  const { left, top, width: w, height: h } = rectangle;
  const described = `The region (left ${left}, top ${top}, ${w} × ${h} pixels)`;
  if (![left, top, w, h].every(Number.isFinite)) {
    throw new AppError("INVALID_INPUT", `${described} is not a rectangle: give each side in pixels.`);
  }
  if (w <= 0 || h <= 0) throw new AppError("INVALID_INPUT", `${described} has no area: draw it larger.`);
  if (left < 0 || top < 0 || left + w > width || top + h > height) {
    throw new AppError(
      "INVALID_INPUT",
      `${described} lies outside the image, which is ${width} × ${height} pixels.`,
    );
  }
  // Whole pixels covering the rectangle (a region drawn on a zoomed image may have fractions).
  const x0 = Math.floor(left);
  const y0 = Math.floor(top);
  const x1 = Math.min(width, Math.ceil(left + w));
  const y1 = Math.min(height, Math.ceil(top + h));
  return { left: x0, top: y0, width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0) };
}

/**
 * The image as shown (the camera's rotation applied), cut to the crop, in grey with its contrast
 * stretched, which helps Tesseract with dim or yellowed photos; as PNG, which the worker's
 * Leptonica decodes.
 */
async function prepareImage(image: Buffer, crop: Crop | undefined): Promise<Buffer> {
  try {
    let pipeline = sharp(image, { limitInputPixels: MAX_PIXELS }).rotate();
    if (crop) pipeline = pipeline.extract(crop);
    // The darkest pixel is the black point: a photographed page of margins with a line or two of
    // text has under 1% of dark pixels, and the default 1st percentile turned its paper's noise
    // black ("Победа" on a tall page was read as "СТЕП ЕАИ и / обеда").
    return await pipeline
      .greyscale()
      .normalise({ lower: 0, upper: 99 })
      .png({ compressionLevel: 1 })
      .toBuffer();
  } catch (error) {
    // A truncated file can give its size and fail while decoding.
    throw unreadable(error);
  }
}

function unreadable(error: unknown): AppError {
  const reason = error instanceof Error ? error.message : String(error);
  return new AppError(
    "INVALID_INPUT",
    `The image could not be read for OCR (${reason}): it may be damaged, cut short, larger than 50 megapixels, or not an image.`,
  );
}

function readPage(page: Tesseract.Page, left: number, top: number): OcrResult {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const text = line.text.trim();
        if (!text) continue;
        const { x0, y0, x1, y1 } = line.bbox;
        lines.push({
          text,
          confidence: Math.round(line.confidence),
          bbox: { x0: x0 + left, y0: y0 + top, x1: x1 + left, y1: y1 + top },
        });
      }
    }
  }
  return {
    text: page.text.replace(/[ \t]+$/gm, "").trim(),
    lines,
    confidence: lines.length > 0 ? Math.round(page.confidence) : 0,
  };
}
