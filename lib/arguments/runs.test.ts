import { describe, expect, it } from "vitest";
import { plainText, runsFromHtml } from "./runs";

describe("citeproc HTML as runs", () => {
  it("keeps italics, turns them off for a title within a title, and decodes entities", () => {
    const runs = runsFromHtml(
      'R. C. Raack, <i>Stalin&#8217;s Drive: <span style="font-style:normal;">Pravda</span> &#38; More</i>, 15.',
    );
    expect(runs).toEqual([
      { text: "R. C. Raack, " },
      { text: "Stalin’s Drive: ", italic: true },
      { text: "Pravda" },
      { text: " & More", italic: true },
      { text: ", 15." },
    ]);
  });

  it("combines nested formats and merges runs that look the same", () => {
    expect(runsFromHtml('<b>a<span style="font-variant:small-caps;">b</span></b><b>c</b>')).toEqual([
      { text: "a", bold: true },
      { text: "b", bold: true, smallCaps: true },
      { text: "c", bold: true },
    ]);
  });

  it("gives a numbered entry's number and a tab, and the plain text", () => {
    const runs = runsFromHtml(
      '<div class="csl-left-margin">1. </div><div class="csl-right-inline">Ответ &lt;x&gt;</div>',
    );
    expect(plainText(runs)).toBe("1. \tОтвет <x>");
  });
});
