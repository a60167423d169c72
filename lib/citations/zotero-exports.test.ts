import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseBibtex } from "./bibtex";
import { planImport } from "./import-plan";
import type { ParsedEntry } from "./import-types";
import type { CslItem } from "./render";
import { parseRis } from "./ris";

// A Zotero library with one item of each of Zotero 6's item types, in Zotero's BibTeX, BibLaTeX
// and RIS export formats. The fixtures are written after Zotero's translators (BibTeX.js,
// BibLaTeX.js, RIS.js), not exported by Zotero: see their headers and tests/fixtures/README.md.
// The expected CSL type is the one each format can carry: plain BibTeX writes most item types as
// @misc (and a newspaper article as a journal's @article), and Zotero's BibLaTeX export writes no
// entrysubtype, so those come back as documents and journal articles; nothing is invented.

const read = (name: string) => readFileSync(path.join(process.cwd(), "tests/fixtures", name), "utf8");
const FILES = {
  bibtex: parseBibtex(read("zotero-bibtex.bib")),
  biblatex: parseBibtex(read("zotero-biblatex.bib")),
  ris: parseRis(read("zotero.ris")),
};
type Format = keyof typeof FILES;

// Zotero item type, the item's title and date as recorded in Zotero, and the CSL type each export
// imports as (BibTeX, BibLaTeX, RIS).
const LIBRARY: [string, string, number[] | null, string, string, string][] = [
  [
    "book",
    "Stalin's drive to the West, 1938-1945: the origins of the Cold War",
    [1995],
    "book",
    "book",
    "book",
  ],
  ["bookSection", "On alternative modernities", [2001], "chapter", "chapter", "chapter"],
  [
    "journalArticle",
    "Georgia in Anglo-Spanish diplomacy, 1736-1739",
    [1958, 4],
    "article-journal",
    "article-journal",
    "article-journal",
  ],
  [
    "magazineArticle",
    "A week in the Moscow archives",
    [2002, 3],
    "article-journal",
    "article-journal",
    "article-magazine",
  ],
  [
    "newspaperArticle",
    "Soviet note to Britain",
    [1938, 3, 18],
    "article-journal",
    "article-journal",
    "article-newspaper",
  ],
  ["thesis", "Soviet foreign policy and the Munich crisis", [1985], "thesis", "thesis", "thesis"],
  ["letter", "Letter to Lord Halifax", [1938, 3, 2], "letter", "letter", "letter"],
  ["manuscript", "Minute on the Moscow dispatch", [1938, 2], "manuscript", "manuscript", "manuscript"],
  ["patent", "High-speed digital-to-RF converter", [1997, 9, 16], "patent", "patent", "patent"],
  // Zotero's RIS export writes an interview as PCOMM, which reads back as a letter (in Zotero too).
  ["interview", "Interview on the Moscow trials", [1991, 6, 12], "document", "document", "letter"],
  ["film", "Alexander Nevsky", [1938], "document", "motion_picture", "motion_picture"],
  ["artwork", "Stalin and Voroshilov in the Kremlin", [1938], "document", "graphic", "graphic"],
  [
    "webpage",
    "Discovery: the catalogue of The National Archives",
    [2023, 11, 2],
    "document",
    "webpage",
    "webpage",
  ],
  [
    "conferencePaper",
    "Soviet diplomacy in 1938",
    [1999],
    "paper-conference",
    "paper-conference",
    "paper-conference",
  ],
  ["report", "The USSR and the Czech crisis", [1939, 1], "report", "report", "report"],
  [
    "bill",
    "A bill to provide access to Soviet-era records",
    [1991, 5, 14],
    "document",
    "legislation",
    "bill",
  ],
  ["case", "Smith v. Jones", [1952, 7, 1], "document", "legal_case", "legal_case"],
  ["computerProgram", "Archive catalogue tool", [2020], "document", "software", "software"],
  ["dictionaryEntry", "Narkomindel", [1990], "document", "entry-encyclopedia", "entry-dictionary"],
  ["document", "Memorandum on Anglo-Soviet relations", [1938, 3], "document", "document", "document"],
  ["email", "Re: FO 371/22286 folio numbers", [2023, 4, 5], "document", "letter", "personal_communication"],
  [
    "encyclopediaArticle",
    "Litvinov, Maxim Maximovich",
    [2004],
    "document",
    "entry-encyclopedia",
    "entry-encyclopedia",
  ],
  // Zotero's RIS export writes a forum post as ICOMM, like an e-mail.
  [
    "forumPost",
    "Reading Soviet archival references",
    [2015, 10, 1],
    "document",
    "webpage",
    "personal_communication",
  ],
  ["hearing", "Soviet archives and historical research", [1992, 3, 10], "document", "legal_case", "hearing"],
  [
    "instantMessage",
    "Chat about the Maisky diary",
    [2022, 11, 20],
    "document",
    "document",
    "personal_communication",
  ],
  ["map", "Europe after Munich", [1938], "document", "document", "map"],
  // Zotero's podcast has no date field.
  ["podcast", "The Munich agreement", null, "document", "song", "song"],
  ["presentation", "Reading Foreign Office minutes", [2019, 4, 12], "document", "manuscript", "speech"],
  ["radioBroadcast", "Twenty years after Munich", [1958, 9, 29], "document", "document", "song"],
  ["statute", "Official Secrets Act 1911", [1911, 8, 22], "document", "legislation", "legislation"],
  ["tvBroadcast", "The Nazi-Soviet pact", [1989, 8, 23], "document", "document", "motion_picture"],
  ["videoRecording", "Stalin's diplomacy: a lecture", [2005], "document", "motion_picture", "motion_picture"],
  ["audioRecording", "Speeches of 1938", [1975], "document", "song", "song"],
  ["blogPost", "Finding aids for FO 371", [2021, 2, 10], "document", "webpage", "post-weblog"],
];

const FORMATS: Format[] = ["bibtex", "biblatex", "ris"];

function item(format: Format, zoteroType: string): CslItem {
  const index = LIBRARY.findIndex(([type]) => type === zoteroType);
  const entry = FILES[format][index] as ParsedEntry;
  if (!entry.ok) throw new Error(`${format} ${zoteroType}: ${entry.error ?? entry.skipped}`);
  return entry.item;
}

/** The title without the nocase spans that BibTeX's braced (case-protected) words become. */
const plainTitle = (title: unknown) => String(title).replace(/<\/?span[^>]*>/g, "");
const NOCASE = (text: string) => `<span class="nocase">${text}</span>`;

describe.each(FORMATS)("Zotero's %s export of a library with every item type", (format) => {
  const entries = FILES[format];

  it("imports every item: none fails, none is skipped, none is taken for a duplicate", () => {
    expect(entries).toHaveLength(34);
    expect(entries.filter((entry) => !entry.ok)).toEqual([]);
    const plan = planImport(entries, []);
    expect(plan.map((entry) => entry.status)).toEqual(LIBRARY.map(() => "new"));
  });

  it.each(LIBRARY)("%s: “%s”", (zoteroType, title, date, ...types) => {
    const imported = item(format, zoteroType);
    expect(imported.type).toBe(types[FORMATS.indexOf(format)]);
    expect(plainTitle(imported.title)).toBe(title);
    // Zotero's BibTeX export keeps a date's year and month only (its month macro).
    const expected = date && format === "bibtex" ? date.slice(0, 2) : date;
    expect(imported.issued).toEqual(expected ? { "date-parts": [expected] } : undefined);
  });

  it("reads the fields each type depends on", () => {
    expect(item(format, "bookSection")).toMatchObject({
      "container-title": "Alternative modernities",
      editor: [{ family: "Gaonkar", given: "Dilip Parameshwar" }],
      publisher: "Duke University Press",
      "publisher-place": "Durham",
    });
    expect(item(format, "journalArticle")).toMatchObject({
      "container-title": "The William and Mary Quarterly",
      volume: "15",
      issue: "2",
    });
    expect(item(format, "newspaperArticle")["container-title"]).toBe("The Times");
    expect(item(format, "thesis")).toMatchObject({
      genre: format === "biblatex" ? "PhD thesis" : "PhD Thesis",
      publisher: "University of London",
    });
    expect(item(format, "letter")).toMatchObject({ author: [{ family: "Maisky", given: "Ivan" }] });
    expect(item(format, "manuscript").genre).toBe("Minute");
    expect(item(format, "report")).toMatchObject({
      genre: "Research report",
      number: "RR-12",
      publisher: "Royal Institute of International Affairs",
    });
    expect(item(format, "conferencePaper")).toMatchObject({
      "container-title":
        format === "bibtex"
          ? `Proceedings of the ${NOCASE("Conference")} on ${NOCASE("Soviet")} ${NOCASE("History")}`
          : "Proceedings of the Conference on Soviet History",
    });
    expect(item(format, "webpage")["container-title"]).toBe("The National Archives");
    expect(item(format, "patent").author).toHaveLength(3);
  });
});

describe("what only some formats carry", () => {
  it("BibTeX protects capitalized words with braces; BibLaTeX only words with inner capitals", () => {
    expect(item("bibtex", "report").title).toBe(`The ${NOCASE("USSR")} and the ${NOCASE("Czech")} crisis`);
    expect(item("biblatex", "report").title).toBe(`The ${NOCASE("USSR")} and the Czech crisis`);
    expect(item("ris", "report").title).toBe("The USSR and the Czech crisis");
  });

  it("patents: BibLaTeX's patent type as a genre, the number without its country", () => {
    expect(item("bibtex", "patent").number).toBe("US5668842");
    expect(item("biblatex", "patent")).toMatchObject({ genre: "U.S. patent", number: "5668842" });
    expect(item("ris", "patent").number).toBe("US5668842");
  });

  it("BibLaTeX and RIS: the conference beside its proceedings, a web page's URL and access date", () => {
    for (const format of ["biblatex", "ris"] as const) {
      expect(item(format, "conferencePaper")["event-title"]).toBe("Conference on Soviet History");
      expect(item(format, "webpage")).toMatchObject({
        URL: "https://discovery.nationalarchives.gov.uk/",
        accessed: { "date-parts": [[2024, 5, 26]] },
      });
    }
    expect(item("bibtex", "webpage").URL).toBe("https://discovery.nationalarchives.gov.uk/");
  });

  it("RIS: a letter's recipient, the archive, a book part's editor (A2), a report's number (SN)", () => {
    expect(item("ris", "letter")).toMatchObject({
      recipient: [{ family: "Halifax", given: "Edward Wood" }],
      genre: "Letter",
      archive: "The National Archives",
      archive_location: "FO 371/22286",
    });
    expect(item("ris", "bookSection").recipient).toBeUndefined();
    expect(item("ris", "report").ISBN).toBeUndefined();
    expect(item("ris", "presentation")["event-title"]).toBe("Annual Meeting of the Historical Association");
  });

  it("plain BibTeX: a letter is a @misc whose type says so", () => {
    expect(item("bibtex", "letter").genre).toBe("Letter");
    expect(item("bibtex", "film").genre).toBe("Historical drama");
  });
});
