import { describe, expect, it } from "vitest";
import { parseCslJson, toCslJson } from "./csl-json";

describe("CSL-JSON", () => {
  it("reads every item of a Zotero export; a broken one is reported with its line, the others kept", () => {
    const entries = parseCslJson(`[
  {"id": "a", "type": "book", "title": "Ответ", "author": [{"family": "Сталин"}]},
  {"id": "b", "type": "book", "title": },
  {"id": "c", "title": "No type"},
  {"id": "d", "type": "book", "author": "not a list"},
  {"id": "e", "type": "article", "title": "Last"}
]`);
    expect(entries.map((entry) => [entry.ok, entry.line])).toEqual([
      [true, 2],
      [false, 3],
      [false, 4],
      [false, 5],
      [true, 6],
    ]);
    expect(entries[1]!.ok || entries[1]!.error).toMatch(/^Invalid JSON on line 3/);
    expect(entries[2]!.ok || entries[2]!.error).toBe(
      "Line 4: the item has no type (every CSL item needs one, e.g. book).",
    );
    expect(entries[3]!.ok || entries[3]!.error).toMatch(/author must be a list of names/);
    expect(entries[0]!.ok && entries[0]!.item.title).toBe("Ответ");
  });

  it("a single item, or not JSON at all", () => {
    expect(parseCslJson('{"type": "book", "title": "One"}')[0]).toMatchObject({ ok: true });
    expect(parseCslJson("@book{x}")[0]).toMatchObject({ ok: false, line: 1 });
  });

  it("writes everything, as it is", () => {
    const item = { id: "x", type: "book", title: "Ответ", archive_location: "f. 17, op. 3" };
    expect(JSON.parse(toCslJson([item]))).toEqual([item]);
  });
});
