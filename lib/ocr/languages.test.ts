import { describe, expect, it } from "vitest";
import { ocrLanguageFor } from "./languages";

describe("ocrLanguageFor", () => {
  it("finds the bundled data by BCP 47 tag, with or without a region", () => {
    expect(ocrLanguageFor("en")).toEqual({ ok: true, code: "eng", name: "English" });
    expect(ocrLanguageFor("en-GB")).toEqual({ ok: true, code: "eng", name: "English" });
    expect(ocrLanguageFor("fr")).toEqual({ ok: true, code: "fra", name: "French" });
    expect(ocrLanguageFor("de-AT")).toEqual({ ok: true, code: "deu", name: "German" });
    expect(ocrLanguageFor("ru-RU")).toEqual({ ok: true, code: "rus", name: "Russian" });
    expect(ocrLanguageFor(" RU ")).toEqual({ ok: true, code: "rus", name: "Russian" });
  });

  it("reads ISO 639-2 codes, bibliographic ones too", () => {
    expect(ocrLanguageFor("rus")).toMatchObject({ ok: true, code: "rus" });
    expect(ocrLanguageFor("fre")).toMatchObject({ ok: true, code: "fra" });
    expect(ocrLanguageFor("ger")).toMatchObject({ ok: true, code: "deu" });
  });

  it("names a language without data in English, and the data to install", () => {
    expect(ocrLanguageFor("pl")).toEqual({
      ok: false,
      message:
        'No OCR data for Polish: type the text, or install the Tesseract language data "pol" (see lib/ocr/tessdata/README.md).',
    });
    expect(ocrLanguageFor("uk-UA")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^No OCR data for Ukrainian: .* "ukr"/),
    });
  });

  it("names the data of a language's other script", () => {
    expect(ocrLanguageFor("zh-TW")).toMatchObject({
      ok: false,
      message: expect.stringContaining('"chi_tra"'),
    });
    expect(ocrLanguageFor("zh")).toMatchObject({ ok: false, message: expect.stringContaining('"chi_sim"') });
    expect(ocrLanguageFor("sr-Latn")).toMatchObject({
      ok: false,
      message: expect.stringContaining('"srp_latn"'),
    });
    expect(ocrLanguageFor("grc")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^No OCR data for Ancient Greek: .* "grc"/),
    });
  });

  it("accepts data installed beside the bundled languages", () => {
    expect(ocrLanguageFor("pl", new Set(["eng", "pol"]))).toEqual({ ok: true, code: "pol", name: "Polish" });
    expect(ocrLanguageFor("ru", new Set(["eng", "pol"]))).toMatchObject({ ok: false });
  });

  it("says so when Tesseract knows no data for the language", () => {
    expect(ocrLanguageFor("xh")).toEqual({
      ok: false,
      message:
        "No OCR data for Xhosa: type the text, or install Tesseract language data for it (see lib/ocr/tessdata/README.md).",
    });
  });

  it("refuses what is not a language tag", () => {
    for (const tag of ["", "English", "und", "e", "en_GB!"]) {
      expect(ocrLanguageFor(tag)).toMatchObject({
        ok: false,
        message: expect.stringContaining("is not a language tag"),
      });
    }
  });
});
