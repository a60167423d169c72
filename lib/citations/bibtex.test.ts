import { describe, expect, it } from "vitest";
import { latexEscape, parseBibtex, splitBibtex, toBibtex } from "./bibtex";
import type { CslItem } from "./render";

const PRAVDA: CslItem = {
  id: "p",
  type: "article-newspaper",
  title: "Ответ товарищу Иванову",
  author: [{ family: "Сталин", given: "И. В." }],
  "container-title": "Правда",
  issued: { "date-parts": [[1938, 2, 14]] },
  language: "ru",
  note: "50% & more: {braces} ~ x_y -- ``quoted''",
};
const MINUTE: CslItem = {
  id: "m",
  type: "manuscript",
  genre: "Minute",
  title: "[Northern Department minute]",
  author: [{ literal: "Foreign Office, Northern Department" }],
  issued: { "date-parts": [[1938, 2]] },
  archive: "The National Archives",
  "archive-place": "Kew",
  archive_location: "FO 371/22286, f. 14",
};

describe("writing", () => {
  it("keeps non-Latin text as it is and escapes only LaTeX's specials", () => {
    const { text } = toBibtex([PRAVDA], "bibtex");
    expect(text).toContain("author = {Сталин, И. В.}");
    expect(text).toContain("title = {{Ответ товарищу Иванову}}");
    expect(text).toContain(
      "note = {50\\% \\& more: \\{braces\\} \\textasciitilde{} x\\_y -{}- `{}`quoted'{}'}",
    );
    expect(latexEscape("a\\b^c$d#e")).toBe("a\\textbackslash{}b\\textasciicircum{}c\\$d\\#e");
  });

  it("a body's name is braced; a citation key is made from name, year and title", () => {
    const { text } = toBibtex([MINUTE], "bibtex");
    expect(text).toContain("@unpublished{Foreign1938Northern,");
    expect(text).toContain("author = {{Foreign Office, Northern Department}}");
  });

  it("lists what BibTeX cannot carry; BibLaTeX carries the archive under its CSL names, and in library", () => {
    const bibtex = toBibtex([PRAVDA, MINUTE], "bibtex");
    expect(bibtex.lost).toEqual([
      {
        key: "Stalin1938Otvet",
        title: "Ответ товарищу Иванову",
        variables: ["issued (BibTeX keeps only year and month)", "type (article-newspaper)"],
      },
      {
        key: "Foreign1938Northern",
        title: "[Northern Department minute]",
        variables: ["archive", "archive-place", "archive_location"],
      },
    ]);
    expect(bibtex.text).toMatch(/^@comment\{[\s\S]*Not carried:\n {2}Stalin1938Otvet: issued/);
    const biblatex = toBibtex([PRAVDA, MINUTE], "biblatex");
    expect(biblatex.lost).toEqual([]);
    expect(biblatex.text).toContain("date = {1938-02-14}");
    expect(biblatex.text).toContain("entrysubtype = {newspaper}");
    expect(biblatex.text).toContain("archive-place = {Kew}");
    expect(biblatex.text).toContain("library = {FO 371/22286, f. 14, The National Archives, Kew}");
  });

  it("round trip: every carried field comes back as it was", () => {
    for (const dialect of ["bibtex", "biblatex"] as const) {
      const written = toBibtex([PRAVDA, MINUTE], dialect);
      const back = parseBibtex(written.text);
      expect(back.every((entry) => entry.ok)).toBe(true);
      for (const [index, input] of [PRAVDA, MINUTE].entries()) {
        const output: Record<string, unknown> = back[index]!.ok ? back[index]!.item : {};
        const lost = new Set(
          written.lost.find((entry) => entry.title === input.title)?.variables.map((v) => v.split(" ")[0]),
        );
        for (const variable of Object.keys(input).filter((key) => key !== "id" && !lost.has(key))) {
          expect(output[variable], `${dialect} ${variable}`).toEqual(input[variable]);
        }
      }
    }
  });
});

describe("reading", () => {
  const FILE = `% a comment line
@string{tna = "The National Archives"}

@book{good1,
  author = {Raack, R. C. and {Foreign Office, Northern Department} and de la Fontaine, Jean},
  title = {Stalin's {Drive} to the \\textit{West}},
  year = 1995, month = feb,
  address = tna # { Kew},
}

@article{broken,
  title = {Unclosed {braces,
  year = {1999}

@article{good2, title = {R\\'esum\\'e}, journal = {Slavic Review}, number = {2}, year = {1984}}
@book{nocomma title={X}}
`;

  it("splits entries with their lines; an unclosed entry ends at the next one, reported", () => {
    const chunks = splitBibtex(FILE).filter((chunk) => chunk.kind === "entry");
    expect(chunks.map((chunk) => [chunk.line, Boolean(chunk.problem)])).toEqual([
      [4, false],
      [11, true],
      [15, false],
      [16, false],
    ]);
  });

  it("one malformed entry does not stop the others; each error has its line", () => {
    const entries = parseBibtex(FILE);
    expect(entries.map((entry) => [entry.label, entry.ok, entry.line])).toEqual([
      ["good1", true, 4],
      ["broken", false, 11],
      ["good2", true, 15],
      ["nocomma", false, 16],
    ]);
    const [good1, broken, good2, nocomma] = entries;
    expect(broken!.ok || broken!.error).toMatch(/line 11 is not closed: a “}” is missing before line 15/);
    expect(nocomma!.ok || nocomma!.error).toMatch(/^Line 16: the entry could not be read/);
    expect(good1!.ok && good1!.item).toMatchObject({
      type: "book",
      title: "Stalin's Drive to the <i>West</i>",
      author: [
        { family: "Raack", given: "R. C." },
        { literal: "Foreign Office, Northern Department" },
        { family: "Fontaine", given: "Jean", "non-dropping-particle": "de la" },
      ],
      issued: { "date-parts": [[1995, 2]] },
      "publisher-place": "The National Archives Kew",
    });
    expect(good2!.ok && good2!.item).toMatchObject({ type: "article-journal", title: "Résumé", issue: "2" });
  });

  it("an empty file has no entries", () => {
    expect(parseBibtex("  \n% nothing\n")).toEqual([]);
  });
});
