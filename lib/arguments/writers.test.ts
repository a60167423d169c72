import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { ArgumentDocument } from "./document";
import { writeDocx } from "./docx";
import { writeMarkdown } from "./markdown";
import { writeOdt } from "./odt";

// The three writers on one small document, read back: what a word processor would see.
const doc: ArgumentDocument = {
  title: "Stalin & the West <1938>",
  subtitle: "Chicago; en-US.",
  lang: "en-US",
  blocks: [
    { kind: "heading", level: 1, text: "L’Union soviétique" },
    { kind: "paragraph", indent: 0, content: [{ text: "A point * with _marks_" }, { footnote: 1 }] },
    {
      kind: "quote",
      original: { text: "Ответ товарищу Иванову", lang: "ru" },
      translation: { text: "Reply to Comrade Ivanov", lang: "en" },
    },
    {
      kind: "bibliography-entry",
      hangingIndent: true,
      runs: [{ text: "Raack, R. C. " }, { text: "Stalin’s Drive", italic: true }],
    },
  ],
  notes: [
    [
      { text: "Le " },
      { text: "Journal de Moscou", italic: true },
      { text: ", " },
      { text: "ussr", smallCaps: true },
    ],
  ],
};

describe("Word", () => {
  it("puts the note in footnotes.xml, the quotation in a two-column table, the heading in Heading1", async () => {
    const files = unzipSync(await writeDocx(doc));
    const document = new TextDecoder().decode(files["word/document.xml"]!);
    const footnotes = new TextDecoder().decode(files["word/footnotes.xml"]!);
    expect(document).toMatch(/<w:footnoteReference w:id="1"\/>/);
    expect(footnotes).toMatch(/<w:footnote w:id="1">[\s\S]*<w:i\/>[\s\S]*Journal de Moscou/);
    expect(footnotes).toContain("<w:smallCaps/>");
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain("L’Union soviétique");
    const table = /<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(document)?.[1] ?? "";
    expect(table.match(/<w:tc>/g)).toHaveLength(2);
    expect(table).toContain("Ответ товарищу Иванову");
    expect(table).toContain('w:lang w:val="ru"');
    expect(document).toMatch(/<w:ind w:left="720" w:hanging="720"\/>/);
    expect(document).toContain("Stalin &amp; the West &lt;1938&gt;");
  });
});

describe("LibreOffice", () => {
  it("stores the mimetype first and uncompressed, and puts the note at its mark", () => {
    const bytes = writeOdt(doc);
    // A zip's first local header: the name at offset 30, the method (0: stored) at offset 8.
    expect(new TextDecoder().decode(bytes.slice(30, 38))).toBe("mimetype");
    expect(bytes[8]).toBe(0);
    const files = unzipSync(bytes);
    expect(new TextDecoder().decode(files.mimetype!)).toBe("application/vnd.oasis.opendocument.text");
    const content = new TextDecoder().decode(files["content.xml"]!);
    expect(content).toMatch(
      /A point \* with _marks_<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1<\/text:note-citation><text:note-body><text:p text:style-name="Footnote">Le <text:span text:style-name="T\d+">Journal de Moscou<\/text:span>/,
    );
    expect(content).toContain(
      '<text:h text:style-name="Heading_20_1" text:outline-level="1">L’Union soviétique</text:h>',
    );
    expect(content.match(/<table:table-cell/g)).toHaveLength(2);
    expect(content).toContain("Stalin &amp; the West &lt;1938&gt;");
    const styles = new TextDecoder().decode(files["styles.xml"]!);
    expect(styles).toContain('fo:text-indent="-1.27cm"');
    expect(styles).toContain('fo:language="en" fo:country="US"');
  });
});

describe("Markdown", () => {
  it("writes Pandoc footnotes, escapes what would be markup, and keeps small capitals", () => {
    const md = writeMarkdown(doc);
    expect(md).toContain('title: "Stalin & the West <1938>"');
    expect(md).toContain("A point \\* with \\_marks\\_[^1]");
    expect(md).toContain("[^1]: Le *Journal de Moscou*, [ussr]{.smallcaps}");
    expect(md).toContain("::: {lang=ru}\n> Ответ товарищу Иванову\n:::");
    expect(md).toContain("# L’Union soviétique");
  });
});
