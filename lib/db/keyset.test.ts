import { describe, expect, it } from "vitest";
import { encodeCursor, newestFirstPage, readCursor, toPage } from "./keyset";

describe("cursors", () => {
  it("round-trip a keyset position", () => {
    expect(readCursor(encodeCursor({ number: 7 }))).toEqual({ number: 7 });
  });

  it("throw on text that is not a cursor", () => {
    expect(() => readCursor("garbage")).toThrow();
  });
});

describe("toPage", () => {
  it("returns limit rows and a cursor when one more row was fetched", () => {
    const page = toPage([{ number: 1 }, { number: 2 }, { number: 3 }], 2, (row) => row);
    expect(page.data).toEqual([{ number: 1 }, { number: 2 }]);
    expect(readCursor(page.nextCursor!)).toEqual({ number: 2 });
  });

  it("returns no cursor on the last page", () => {
    expect(toPage([{ number: 1 }], 2, (row) => row).nextCursor).toBeNull();
  });
});

describe("newestFirstPage", () => {
  const row = (id: string, day: number) => ({ id, createdAt: new Date(Date.UTC(2026, 0, day)) });

  it("gives the first page a next cursor at its oldest row and no previous one", () => {
    const page = newestFirstPage([row("c", 3), row("b", 2), row("a", 1)], { limit: 2 });
    expect(page.rows.map((r) => r.id)).toEqual(["c", "b"]);
    expect(readCursor(page.nextCursor!)).toEqual({ createdAt: "2026-01-02T00:00:00.000Z", id: "b" });
    expect(page.previousCursor).toBeNull();
  });

  it("puts a page fetched backwards newest first again", () => {
    const before = { createdAt: "2026-01-01T00:00:00.000Z", id: "a" };
    const page = newestFirstPage([row("b", 2), row("c", 3)], { limit: 2, before });
    expect(page.rows.map((r) => r.id)).toEqual(["c", "b"]);
    expect(page.previousCursor).toBeNull();
    expect(readCursor(page.nextCursor!)).toEqual({ createdAt: "2026-01-02T00:00:00.000Z", id: "b" });
  });
});
