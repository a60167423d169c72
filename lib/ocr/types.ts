/** A region of an image, in pixels of the image as shown (after its camera rotation). */
export interface OcrRectangle {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Corners of a box in pixels of the whole image as shown: (x0, y0) top left, (x1, y1) bottom right. */
export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrLine {
  text: string;
  /** Tesseract's confidence in the line, 0–100. */
  confidence: number;
  bbox: OcrBox;
}

export interface OcrResult {
  /** The text read, a line per line and a blank line between paragraphs. */
  text: string;
  lines: OcrLine[];
  /** Tesseract's mean confidence in the words read, 0–100 (0 when nothing was read). */
  confidence: number;
}

export interface RecognizeOptions {
  /** The text's language as a BCP 47 tag ("ru", "en-GB"): see ocrLanguageFor. */
  language: string;
  /** Only this part of the image; the whole image when absent. */
  rectangle?: OcrRectangle;
  /** Called as recognition advances, with the fraction done (0 to 1). */
  onProgress?: (fraction: number) => void;
}
