import { describe, expect, it } from "vitest";
import { htmlToRtf, htmlToText, renderHtmlDocument, renderRtfDocument, renderTextDocument } from "./markup";

const ENTRY =
  'Сталин, И. В. “Ответ.” <i>Правда</i> &#38; <span style="font-variant:small-caps;">Izv</span>, 1938<sup>2</sup>.';

describe("citeproc HTML as text and RTF", () => {
  it("plain text drops the tags and decodes the entities", () => {
    expect(htmlToText(ENTRY)).toBe("Сталин, И. В. “Ответ.” Правда & Izv, 19382.");
    expect(
      htmlToText('<div class="csl-left-margin">[1]</div><div class="csl-right-inline">Raack</div>'),
    ).toBe("[1]\tRaack");
  });

  it("RTF: italics, small capitals and superscript as groups; non-ASCII as \\u escapes", () => {
    expect(htmlToRtf("<i>Stalin’s Drive</i> {x} \\")).toBe("{\\i Stalin\\u8217?s Drive} \\{x\\} \\\\");
    const rtf = htmlToRtf(ENTRY);
    expect(rtf).toContain("{\\i \\u1055?\\u1088?\\u1072?\\u1074?\\u1076?\\u1072?}");
    expect(rtf).toContain("{\\scaps Izv}");
    expect(rtf).toContain("{\\super 2}");
    expect(htmlToRtf("𝔄")).toBe("\\u-10187?\\u-8956?");
  });

  it("documents: HTML with its language, text with numbered notes, RTF with hanging indents", () => {
    const doc = {
      title: "C2. A claim",
      lang: "ru-RU",
      hangingIndent: true,
      notices: ["A notice."],
      sections: [
        {
          heading: "Supporting evidence",
          kind: "notes" as const,
          entries: ["<i>A</i>, 12.", "B, 3."],
          start: 1,
        },
        { heading: "Bibliography", kind: "bibliography" as const, entries: [ENTRY] },
      ],
    };
    const html = renderHtmlDocument(doc);
    expect(html).toContain('<html lang="ru-RU">');
    expect(html).toContain('<ol class="notes" start="1">\n  <li><i>A</i>, 12.</li>');
    expect(html).toContain('<div class="csl-entry">Сталин');
    expect(renderTextDocument(doc)).toContain(
      "Supporting evidence\n-------------------\n1. A, 12.\n2. B, 3.",
    );
    const rtf = renderRtfDocument(doc);
    expect(rtf.startsWith("{\\rtf1\\ansi")).toBe(true);
    expect(rtf).toContain("\\li720\\fi-720");
    expect(rtf.split("{").length).toBe(rtf.split("}").length);
  });
});
