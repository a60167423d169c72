import { describe, expect, it } from "vitest";
import { assertStorableText, findUnstorableText, MAX_INPUT_DEPTH, unstorableReason } from "./storable-text";

describe("text PostgreSQL can store", () => {
  it("accepts any well-formed Unicode, astral characters and Cyrillic included", () => {
    for (const text of ["", "Ответ товарищу Иванову", "Staline écrit", "𝔉𝔬𝔩. 14 😀", "tab\tand\nnewline"]) {
      expect(unstorableReason(text), text).toBeNull();
    }
  });

  it("refuses a NUL character and lone surrogates, high or low", () => {
    expect(unstorableReason("FO 371\u0000/22286")).toMatch(/NUL character \(U\+0000\)/);
    expect(unstorableReason("a\uD83D")).toMatch(/lone surrogate \(U\+D83D\)/);
    expect(unstorableReason("\uDE00b")).toMatch(/lone surrogate \(U\+DE00\)/);
    expect(unstorableReason("\uDE00\uD83D")).toMatch(/lone surrogate/);
  });

  it("names the field of the first bad string, in values and in keys, at any depth", () => {
    expect(findUnstorableText({ title: "ok", contributors: [{ family: "Sta\u0000lin" }] })).toEqual({
      field: "contributors.0.family",
      reason: expect.stringMatching(/NUL/),
    });
    expect(findUnstorableText({ csl: { "bad\uD800key": 1 } })?.field).toBe("csl.(a key)");
    expect(findUnstorableText("\u0000")?.field).toBe("_");
    expect(findUnstorableText({ a: [1, true, null, { b: "fine" }] })).toBeNull();
  });

  it("refuses nesting deeper than any input has, without overflowing the stack", () => {
    let deep: unknown = "leaf";
    for (let level = 0; level < 10_000; level++) deep = [deep];
    expect(findUnstorableText(deep)?.reason).toBe(`Nested more than ${MAX_INPUT_DEPTH} levels deep`);
  });

  it("throws INVALID_INPUT with the field in fieldErrors", () => {
    expect(() => assertStorableText({ statement: "x\u0000" }, "body")).toThrow(
      expect.objectContaining({
        code: "INVALID_INPUT",
        message: expect.stringContaining("Invalid body: statement: Contains a NUL character"),
        fieldErrors: { statement: [expect.stringMatching(/NUL/)] },
      }),
    );
  });
});
