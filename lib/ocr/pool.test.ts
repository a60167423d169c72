import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { type LanguageData, languageData } from "./language-data";
import { OcrPool } from "./pool";

function data(code: string): LanguageData {
  const found = languageData(code);
  if (!found)
    throw new Error(`No Tesseract data "${code}" (lib/ocr/tessdata or node_modules/@tesseract.js-data).`);
  return found;
}

describe("OcrPool", { timeout: 60_000 }, () => {
  let page: Buffer;
  beforeAll(async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="100"><rect width="100%" height="100%" fill="white"/><text x="20" y="70" font-family="DejaVu Serif, serif" font-size="48" fill="black">Archive</text></svg>`;
    page = await sharp(Buffer.from(svg)).png().toBuffer();
  });
  const read = (pool: OcrPool, code: string) =>
    pool.run(code, data(code), async (worker) => (await worker.recognize(page)).data.text.trim());

  it("keeps a thread per language, reuses it, and gives an idle one to another language when full", async () => {
    const pool = new OcrPool(1);
    try {
      expect(await read(pool, "eng")).toBe("Archive");
      expect(pool.threads).toEqual([{ code: "eng", busy: false }]);
      expect(await read(pool, "eng")).toBe("Archive");
      expect(pool.threads).toHaveLength(1);
      await read(pool, "rus");
      expect(pool.threads).toEqual([{ code: "rus", busy: false }]);
    } finally {
      await pool.close();
    }
  });

  it("reads pages side by side up to its size, and queues the rest", async () => {
    const pool = new OcrPool(2);
    try {
      const reads = [read(pool, "eng"), read(pool, "eng"), read(pool, "eng")];
      expect(pool.threads).toEqual([
        { code: "eng", busy: true },
        { code: "eng", busy: true },
      ]);
      expect(await Promise.all(reads)).toEqual(["Archive", "Archive", "Archive"]);
      expect(pool.threads).toHaveLength(2);
    } finally {
      await pool.close();
    }
  });

  it("rejects a task's own error, and keeps the thread", async () => {
    const pool = new OcrPool(1);
    try {
      await expect(pool.run("eng", data("eng"), () => Promise.reject(new Error("broken")))).rejects.toThrow(
        "broken",
      );
      expect(await read(pool, "eng")).toBe("Archive");
      expect(pool.threads).toHaveLength(1);
    } finally {
      await pool.close();
    }
  });

  it("rejects the page being read and those waiting when closed", async () => {
    const pool = new OcrPool(1);
    const reading = read(pool, "eng");
    const waiting = read(pool, "deu");
    const outcomes = Promise.allSettled([reading, waiting]);
    await pool.close();
    expect(await outcomes).toEqual([
      { status: "rejected", reason: new Error("OCR was shut down while reading this image.") },
      { status: "rejected", reason: new Error("OCR was shut down before this image's turn.") },
    ]);
    expect(pool.threads).toEqual([]);
  });

  it("says so when the language data is missing or damaged, and carries on", async () => {
    const pool = new OcrPool(1);
    try {
      await expect(
        pool.run("xyz", { langPath: "/nonexistent", gzip: true }, async () => "never"),
      ).rejects.toThrow(/xyz/);
      const folder = await mkdtemp(path.join(tmpdir(), "ocr-data-"));
      await writeFile(path.join(folder, "bad.traineddata"), "not Tesseract data");
      await expect(pool.run("bad", { langPath: folder, gzip: false }, async () => "never")).rejects.toThrow(
        'Tesseract could not load the language data "bad"',
      );
      await rm(folder, { recursive: true });
      expect(pool.threads).toEqual([]);
      expect(await read(pool, "eng")).toBe("Archive");
    } finally {
      await pool.close();
    }
  });
});
