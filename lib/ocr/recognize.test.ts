import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeOcr, recognize } from "./recognize";
import type { OcrResult } from "./types";

// Images drawn here from SVG text (librsvg in sharp), in the DejaVu fonts that `npm install`
// brings (tests/bundled-fonts.ts points fontconfig at them, for every test), so that a machine
// with no fonts of its own draws the same pages.
const FONT = "DejaVu Serif";
const WIDTH = 1600;
const LINE_HEIGHT = 90;
const ENGLISH = "The victory of socialism cannot be considered final";
const RUSSIAN = "Победа социализма не может считаться окончательной";
const SECOND = "while the capitalist encirclement remains";

async function render(lines: string[]): Promise<Buffer> {
  const height = LINE_HEIGHT * lines.length + 40;
  const text = lines
    .map(
      (line, index) =>
        `<text x="40" y="${LINE_HEIGHT * (index + 1)}" font-family="${FONT}, serif" font-size="48" fill="black">${line}</text>`,
    )
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}"><rect width="100%" height="100%" fill="white"/>${text}</svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  const { channels } = await sharp(png).greyscale().stats();
  if ((channels[0]?.min ?? 255) > 128) {
    throw new Error(
      `The test image came out blank: no font to draw "${FONT}" with (npm install brings dejavu-fonts-ttf; tests/bundled-fonts.ts points fontconfig at it).`,
    );
  }
  return png;
}

/** The words of a text, lower-cased, without punctuation. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function expectWords(result: OcrResult, expected: string) {
  const found = new Set(words(result.text));
  const missing = words(expected).filter((word) => !found.has(word));
  expect(missing, `read: ${JSON.stringify(result.text)}`).toEqual([]);
}

describe("recognize", { timeout: 60_000 }, () => {
  let english: Buffer;
  let russian: Buffer;
  let twoLines: Buffer;

  beforeAll(async () => {
    [english, russian, twoLines] = await Promise.all([
      render([ENGLISH]),
      render([RUSSIAN]),
      render([ENGLISH, SECOND]),
    ]);
  });
  afterAll(() => closeOcr());

  it("reads an English line, with its box and confidence", async () => {
    const progress: number[] = [];
    const result = await recognize(english, {
      language: "en-GB",
      onProgress: (fraction) => progress.push(fraction),
    });
    expectWords(result, ENGLISH);
    expect(result.lines).toHaveLength(1);
    const [line] = result.lines;
    expect(words(line?.text ?? "")).toEqual(words(result.text));
    expect(line?.confidence).toBeGreaterThan(70);
    expect(result.confidence).toBeGreaterThan(70);
    // The line's box: from the text's start, inside the image, about the font's height.
    const box = line?.bbox ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
    expect(box.x0).toBeGreaterThanOrEqual(30);
    expect(box.x0).toBeLessThan(60);
    expect(box.x1).toBeLessThanOrEqual(WIDTH);
    expect(box.y0).toBeGreaterThan(30);
    expect(box.y1).toBeLessThanOrEqual(LINE_HEIGHT + 40);
    expect(box.y1 - box.y0).toBeGreaterThan(30);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it("reads a Russian line", async () => {
    const result = await recognize(russian, { language: "ru" });
    expectWords(result, RUSSIAN);
  });

  it("reads a line on a tall page of empty paper, as a photo of a page mostly is", async () => {
    // Off-white paper with JPEG noise, and text under 1% of the pixels.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="900"><rect width="100%" height="100%" fill="#fdfbf4"/><text x="40" y="90" font-family="${FONT}" font-size="44" fill="#111">Победа социализма в нашей стране</text></svg>`;
    const photo = await sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
    const { text } = await recognize(photo, { language: "ru" });
    expect(text.trim()).toBe("Победа социализма в нашей стране");
  });

  it("reads a rectangle only, its lines boxed in the whole image's pixels", async () => {
    const rectangle = { left: 0, top: LINE_HEIGHT + 20, width: WIDTH, height: LINE_HEIGHT };
    const result = await recognize(twoLines, { language: "en", rectangle });
    expectWords(result, SECOND);
    for (const word of ["victory", "socialism", "final"]) expect(words(result.text)).not.toContain(word);
    expect(result.lines.length).toBeGreaterThan(0);
    for (const { bbox } of result.lines) {
      expect(bbox.x0).toBeGreaterThanOrEqual(rectangle.left);
      expect(bbox.y0).toBeGreaterThanOrEqual(rectangle.top);
      expect(bbox.x1).toBeLessThanOrEqual(rectangle.left + rectangle.width);
      expect(bbox.y1).toBeLessThanOrEqual(rectangle.top + rectangle.height);
    }
  });

  it("reads a photo as it is shown, after the camera's rotation", async () => {
    // Stored sideways with EXIF orientation 6 (turn 90° clockwise to show), as phones save them.
    const sideways = await sharp(twoLines)
      .rotate(-90)
      .withMetadata({ orientation: 6 })
      .jpeg({ quality: 95 })
      .toBuffer();
    const rectangle = { left: 0, top: LINE_HEIGHT + 20, width: WIDTH, height: LINE_HEIGHT };
    const result = await recognize(sideways, { language: "en", rectangle });
    expectWords(result, SECOND);
    for (const { bbox } of result.lines) expect(bbox.y0).toBeGreaterThanOrEqual(rectangle.top);
  });

  it("reads two languages at once", async () => {
    const [first, second] = await Promise.all([
      recognize(russian, { language: "ru-RU" }),
      recognize(english, { language: "en" }),
    ]);
    expectWords(first, RUSSIAN);
    expectWords(second, ENGLISH);
  });

  it("says which language has no data and what to do", async () => {
    await expect(recognize(english, { language: "pl" })).rejects.toThrow(
      'No OCR data for Polish: type the text, or install the Tesseract language data "pol" (see lib/ocr/tessdata/README.md).',
    );
  });

  it("refuses an image it cannot read, saying so", async () => {
    await expect(recognize(Buffer.from("not an image at all"), { language: "en" })).rejects.toThrow(
      /^The image could not be read for OCR \(.+\)/,
    );
    await expect(recognize(english.subarray(0, 200), { language: "en" })).rejects.toThrow(
      /could not be read for OCR/,
    );
    await expect(recognize(Buffer.alloc(0), { language: "en" })).rejects.toThrow("The image is empty");
  });

  it("refuses a rectangle outside the image or without area", async () => {
    await expect(
      recognize(english, { language: "en", rectangle: { left: 1500, top: 0, width: 200, height: 50 } }),
    ).rejects.toThrow(`lies outside the image, which is ${WIDTH} × ${LINE_HEIGHT + 40} pixels`);
    await expect(
      recognize(english, { language: "en", rectangle: { left: -1, top: 0, width: 20, height: 20 } }),
    ).rejects.toThrow("lies outside the image");
    await expect(
      recognize(english, { language: "en", rectangle: { left: 10, top: 10, width: 0, height: 20 } }),
    ).rejects.toThrow("has no area");
  });
});
