import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown, safeHref } from "./parse";

describe("parseMarkdown", () => {
  it("reads emphasis, strong, code and links", () => {
    expect(parseInline("a *b* **c** `d` [e](https://example.org)")).toEqual([
      { type: "text", text: "a " },
      { type: "em", children: [{ type: "text", text: "b" }] },
      { type: "text", text: " " },
      { type: "strong", children: [{ type: "text", text: "c" }] },
      { type: "text", text: " " },
      { type: "code", text: "d" },
      { type: "text", text: " " },
      { type: "link", href: "https://example.org", children: [{ type: "text", text: "e" }] },
    ]);
  });

  it("reads paragraphs, lists, quotes and headings", () => {
    const blocks = parseMarkdown("# Title\n\nFirst\nline\n\n- one\n- two\n\n> quoted");
    expect(blocks.map((block) => block.type)).toEqual(["heading", "paragraph", "list", "quote"]);
    expect(blocks[2]).toMatchObject({
      type: "list",
      ordered: false,
      items: [[{ text: "one" }], [{ text: "two" }]],
    });
  });

  it("keeps HTML as text: nothing typed becomes markup", () => {
    expect(parseMarkdown('<img src=x onerror="alert(1)">')).toEqual([
      { type: "paragraph", children: [{ type: "text", text: '<img src=x onerror="alert(1)">' }] },
    ]);
  });

  it("refuses links that are not web or mail addresses", () => {
    for (const href of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,x",
      "vbscript:x",
      "//evil.example",
    ]) {
      expect(safeHref(href)).toBeNull();
    }
    expect(parseInline("[x](javascript:alert(1))")[0]).toEqual({
      type: "text",
      text: "[x](javascript:alert(1)",
    });
    expect(safeHref("mailto:someone@example.org")).toBe("mailto:someone@example.org");
  });
});
