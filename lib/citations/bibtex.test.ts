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
        variables: ["issued (BibTeX keeps only year and month)"],
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
    // Plain BibTeX styles ignore entrysubtype; our importer reads it, so a newspaper stays one.
    expect(bibtex.text).toMatch(/@article\{Stalin1938Otvet,[^@]*entrysubtype = \{newspaper\}/);
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
      // {Drive} is protected: a style's case changes must leave it as written.
      title: 'Stalin\'s <span class="nocase">Drive</span> to the <i>West</i>',
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

describe("foreign titles", () => {
  // Claim 2's letter as the app records it (prisma/seed.ts): a working title in English, the
  // original in Cyrillic, the historian's transliteration and translation.
  const LETTER: CslItem = {
    id: "l",
    type: "article-newspaper",
    title: "Reply to Comrade Ivanov",
    "original-title": "Ответ товарищу Иванову Ивану Филипповичу",
    "transliterated-title": "Otvet tovarishchu Ivanovu Ivanu Filippovichu",
    "translated-title": "Reply to Comrade Ivan Filippovich Ivanov",
    author: [{ family: "Stalin", given: "I. V." }],
    "container-title": "Pravda",
    issued: { "date-parts": [[1938, 2]] },
    language: "ru",
  };

  it("BibTeX: the romanized original in title, the translation in titleaddon; the Cyrillic is said to be lost", () => {
    const { text, lost } = toBibtex([LETTER], "bibtex");
    expect(text).toContain("title = {{Otvet tovarishchu Ivanovu Ivanu Filippovichu}}");
    expect(text).toContain("titleaddon = {[Reply to Comrade Ivan Filippovich Ivanov]}");
    expect(text).not.toContain("origtitle");
    expect(lost[0]!.variables).toEqual([
      "title (the original title, romanized, takes its place)",
      "transliterated-title (written as the title)",
      "original-title",
    ]);
  });

  it("BibLaTeX carries all three, and reads them back", () => {
    const written = toBibtex([LETTER], "biblatex");
    expect(written.text).toContain("title = {{Otvet tovarishchu Ivanovu Ivanu Filippovichu}}");
    expect(written.text).toContain("origtitle = {{Ответ товарищу Иванову Ивану Филипповичу}}");
    expect(written.text).toContain("titleaddon = {[Reply to Comrade Ivan Filippovich Ivanov]}");
    const [entry] = parseBibtex(written.text);
    expect(entry!.ok && entry!.item).toMatchObject({
      type: "article-newspaper",
      title: "Otvet tovarishchu Ivanovu Ivanu Filippovichu",
      "original-title": "Ответ товарищу Иванову Ивану Филипповичу",
      "transliterated-title": "Otvet tovarishchu Ivanovu Ivanu Filippovichu",
      "translated-title": "Reply to Comrade Ivan Filippovich Ivanov",
    });
  });

  it("without a typed transliteration, Cyrillic is romanized (Library of Congress, soft sign ʹ)", () => {
    const { "transliterated-title": _typed, ...untyped } = LETTER;
    const { text } = toBibtex([{ ...untyped, "original-title": "Объявление" }], "bibtex");
    expect(text).toContain("title = {{Obʺiavlenie}}");
  });

  it("a title in a Latin-script language keeps its title and gains its translation", () => {
    const item: CslItem = {
      id: "j",
      type: "article-newspaper",
      title: "Réponse au camarade Ivanov",
      "translated-title": "Reply to Comrade Ivanov",
      "container-title": "Le Journal de Moscou",
    };
    const written = toBibtex([item], "bibtex");
    expect(written.lost).toEqual([]);
    const [entry] = parseBibtex(written.text);
    expect(entry!.ok && entry!.item).toMatchObject({
      title: "Réponse au camarade Ivanov",
      "translated-title": "Reply to Comrade Ivanov",
    });
  });
});

describe("BibLaTeX as biblatex writes it", () => {
  it("starred macros parse; @set is skipped as a container, not an error", () => {
    const entries = parseBibtex(`@set{set, entryset = {a,b}}
@article{a, title = {A}, date = 1958, annotation = {the string \\enquote*{series} is appended}}
@article{b, title = {B}, date = 1959}`);
    expect(entries.map((entry) => [entry.label, entry.ok])).toEqual([
      ["set", false],
      ["a", true],
      ["b", true],
    ]);
    expect(entries[0]!.ok || entries[0]!.skipped).toBe(
      "A BibLaTeX @set: it groups the entries a, b, which are imported on their own.",
    );
    expect(entries[0]!.ok || entries[0]!.error).toBeUndefined();
  });

  it("a crossref child inherits its parent's fields by biblatex's rules (title → booktitle), not its DOI", () => {
    const [child] =
      parseBibtex(`@incollection{part, title = {The True Frontier}, crossref = {whole}, pages = {55-65}}
@collection{whole, editor = {Westfahl, Gary}, title = {Space and Beyond}, subtitle = {The Frontier Theme},
  date = 2000, publisher = {Greenwood}, location = {Westport, Conn. and London}, doi = {10.1000/whole}}`);
    expect(child!.ok && child!.item).toEqual({
      id: "part",
      "citation-key": "part",
      type: "chapter",
      title: "The True Frontier",
      editor: [{ family: "Westfahl", given: "Gary" }],
      "container-title": "Space and Beyond: The Frontier Theme",
      issued: { "date-parts": [[2000]] },
      page: "55-65",
      publisher: "Greenwood",
      "publisher-place": "Westport, Conn.; London",
    });
  });

  it("localisation keys read as words: genres, places, series, languages", () => {
    const entries =
      parseBibtex(`@thesis{t, title = {T}, type = {phdthesis}, langid = {english}, langidopts = {variant=british}}
@report{r, title = {R}, type = {resreport}, number = {RC-6947}}
@patent{p, title = {P}, location = {countryfr and countryuk and countryde}, type = {patreqfr}}
@article{a, title = {A}, series = {newseries}, language = {langlatin and langgerman}, langid = {german}}
@phdthesis{old, title = {O}, school = {Uppsala}}`);
    const items = entries.map((entry) => (entry.ok ? entry.item : {}));
    expect(items[0]).toMatchObject({ type: "thesis", genre: "PhD thesis", language: "en-GB" });
    expect(items[1]).toMatchObject({ type: "report", genre: "Research report", number: "RC-6947" });
    expect(items[2]).toMatchObject({
      type: "patent",
      genre: "French patent request",
      "publisher-place": "France; United Kingdom; Germany",
    });
    expect(items[3]).toMatchObject({ "collection-title": "new series", language: "de" });
    expect(items[4]).toMatchObject({ type: "thesis", genre: "PhD thesis", publisher: "Uppsala" });
  });

  it("case protection: braced words and units after numbers in nocase spans; a title braced whole is as written", () => {
    const entries =
      parseBibtex(`@article{a, title = {Clusters from 1.5 to 5.2~nm}, journaltitle = {Proceedings of the {IEEE}}}
@article{b, title = {{Stalin's Drive to the West}}}
@article{c, title = {Die L{\\"a}nder und {\\"U}ber \\emph{De Anima}}}`);
    const items = entries.map((entry) => (entry.ok ? entry.item : ({} as CslItem)));
    expect(items[0]).toMatchObject({
      title: 'Clusters from 1.5 to 5.2 <span class="nocase">nm</span>',
      "container-title": 'Proceedings of the <span class="nocase">IEEE</span>',
    });
    expect(items[1]!.title).toBe("Stalin's Drive to the West");
    // Special characters and macro arguments are not case protection.
    expect(items[2]!.title).toBe("Die Länder und Über <i>De Anima</i>");
  });

  it("a @misc that says what it is: a URL in howpublished is a web page, type Letter a letter", () => {
    const entries = parseBibtex(`@misc{w, title = {W}, howpublished = {https://example.org/w}, year = 2001}
@misc{l, title = {L}, type = {Letter}, year = 1938}
@misc{m, title = {M}, howpublished = {Typescript}, year = 1938}
@online{o, title = {O}, titleaddon = {The Site}, url = {https://example.org/o}}`);
    const items = entries.map((entry) => (entry.ok ? entry.item : ({} as CslItem)));
    expect(items[0]).toMatchObject({ type: "webpage", URL: "https://example.org/w" });
    expect(items[1]).toMatchObject({ type: "letter", genre: "Letter" });
    expect(items[2]!.type).toBe("document");
    // Zotero's BibLaTeX export writes a web page's site in titleaddon.
    expect(items[3]).toMatchObject({ type: "webpage", "container-title": "The Site" });
  });

  it("a list of places round-trips through biblatex's location list", () => {
    const item: CslItem = {
      id: "x",
      type: "book",
      title: "X",
      "publisher-place": "Durham and Chapel Hill; London",
    };
    const written = toBibtex([item], "biblatex");
    expect(written.text).toContain("location = {Durham {and} Chapel Hill and London}");
    const [entry] = parseBibtex(written.text);
    expect(entry!.ok && entry!.item["publisher-place"]).toBe("Durham and Chapel Hill; London");
  });
});
