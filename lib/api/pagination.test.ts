import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { decodeCursor, encodeCursor, pageCursor, pageQuerySchema, toPage } from "./pagination";

const position = z.object({ number: z.number() });

describe("cursors", () => {
  it("round-trip a keyset position", () => {
    expect(decodeCursor(encodeCursor({ number: 7 }), position)).toEqual({ number: 7 });
  });

  it("refuse anything the API did not issue, as INVALID_INPUT", () => {
    for (const bad of ["garbage", encodeCursor({ other: 1 }), encodeCursor("text")]) {
      expect(() => decodeCursor(bad, position)).toThrow(AppError);
    }
  });
});

describe("toPage", () => {
  it("returns limit rows and a cursor when one more row was fetched", () => {
    const page = toPage([{ number: 1 }, { number: 2 }, { number: 3 }], 2, (row) => row);
    expect(page.data).toEqual([{ number: 1 }, { number: 2 }]);
    expect(decodeCursor(page.nextCursor!, position)).toEqual({ number: 2 });
  });

  it("returns no cursor on the last page", () => {
    expect(toPage([{ number: 1 }], 2, (row) => row).nextCursor).toBeNull();
  });
});

describe("pageQuerySchema", () => {
  it("defaults the limit and coerces it from the query string", () => {
    expect(pageQuerySchema.parse({})).toEqual({ limit: 25 });
    expect(pageQuerySchema.parse({ limit: "10" })).toEqual({ limit: 10 });
  });

  it("names the problem with a bad limit", () => {
    expect(pageQuerySchema.safeParse({ limit: "0" }).error?.issues[0]?.message).toBe(
      "limit must be at least 1",
    );
    expect(pageQuerySchema.safeParse({ limit: "x" }).error?.issues[0]?.message).toBe(
      "limit must be a number",
    );
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
