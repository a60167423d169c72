import { describe, expect, it } from "vitest";
import { z } from "zod";
import { encodeCursor } from "@/lib/db/keyset";
import { AppError } from "@/lib/errors/app-error";
import { decodeCursor, pageCursor } from "./pagination";

const position = z.object({ number: z.number() });

describe("decodeCursor", () => {
  it("reads the keyset position of a cursor the API issued", () => {
    expect(decodeCursor(encodeCursor({ number: 7 }), position)).toEqual({ number: 7 });
    expect(decodeCursor(undefined, position)).toBeUndefined();
  });

  it("refuses anything the API did not issue, as INVALID_INPUT", () => {
    for (const bad of ["garbage", encodeCursor({ other: 1 }), encodeCursor("text")]) {
      expect(() => decodeCursor(bad, position)).toThrow(AppError);
    }
  });
});

describe("pageCursor", () => {
  const schema = z.object({ id: z.string() });

  it("reads a cursor from a page's address", () => {
    expect(pageCursor(encodeCursor({ id: "c5" }), schema)).toEqual({ id: "c5" });
  });

  it("starts from the first page when the cursor is absent, repeated or unreadable", () => {
    expect(pageCursor(undefined, schema)).toBeUndefined();
    expect(pageCursor([encodeCursor({ id: "a" }), encodeCursor({ id: "b" })], schema)).toBeUndefined();
    expect(pageCursor("not-a-cursor", schema)).toBeUndefined();
    expect(pageCursor(encodeCursor({ position: 3 }), schema)).toBeUndefined();
  });
});
