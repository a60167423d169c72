import CSL from "citeproc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cslDirectory } from "@/lib/env";
import { closeFormatPool } from "./format-pool";
import { clearFormattingCache, formatBibliography, formatNotes, notePositions } from "./formatting";
import { readLocaleXml } from "./locales";
import type { CslItem } from "./render";
import { loadStyleCatalog, resolveStyle } from "./styles";

// Formatting runs in process here (no worker threads); the integration tests cover the threads.
process.env.CITATION_WORKERS = "0";
// The server's full set where it is installed, else the bundled one: both have these styles.
const DIR = cslDirectory();

const person = (family: string, given: string) => [{ family, given }];
// Items that meet: same authors, same years (year suffixes in author-date styles), same names for
// subsequent-author substitution, two authors with the same family name (given-name
// disambiguation), items without authors (titles and periodicals stand in).
const ITEMS: CslItem[] = [
  {
    id: "a1",
    type: "book",
    title: "Stalin's Drive to the West",
    author: person("Raack", "R. C."),
    issued: { "date-parts": [[1995]] },
    publisher: "Stanford University Press",
    "publisher-place": "Stanford",
  },
  {
    id: "a2",
    type: "article-journal",
    title: "Stalin's Plans for World War II",
    author: person("Raack", "R. C."),
    issued: { "date-parts": [[1991]] },
    "container-title": "Journal of Contemporary History",
    volume: "26",
    page: "215-227",
  },
  {
    id: "a3",
    type: "article-journal",
    title: "Stalin's Plans Again",
    author: person("Raack", "R. C."),
    issued: { "date-parts": [[1991]] },
    "container-title": "Slavic Review",
    volume: "50",
  },
  {
    id: "b1",
    type: "book",
    title: "Russia and the West",
    author: person("Smith", "John"),
    issued: { "date-parts": [[1961]] },
  },
  {
    id: "b2",
    type: "book",
    title: "Diplomacy",
    author: person("Smith", "Jane"),
    issued: { "date-parts": [[1961]] },
  },
  {
    id: "c1",
    type: "article-newspaper",
    title: "Report from Moscow",
    "container-title": "The Times",
    issued: { "date-parts": [[1938, 2, 16]] },
  },
  {
    id: "c2",
    type: "article-newspaper",
    title: "Another report",
    "container-title": "The Times",
    issued: { "date-parts": [[1938, 2, 17]] },
  },
  {
    id: "d1",
    type: "manuscript",
    genre: "Minute",
    title: "[Minute]",
    author: [{ literal: "Foreign Office" }],
    issued: { "date-parts": [[1938, 2]] },
    archive: "The National Archives",
    "archive-place": "Kew",
    archive_location: "FO 371/22286, f. 14",
  },
  {
    id: "e1",
    type: "book",
    title: "Ответ товарищу Иванову",
    author: person("Сталин", "И. В."),
    issued: { "date-parts": [[1938]] },
    language: "ru",
  },
  {
    id: "f1",
    type: "book",
    title: "A Lonely Book",
    author: person("Kennan", "George F."),
    issued: { "date-parts": [[1960]] },
  },
];

/** What citeproc gives for the whole bibliography at once: the reference. */
function wholeBibliography(styleXml: string, items: CslItem[]): string[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const engine = new CSL.Engine(
    {
      retrieveItem: (id: string) => byId.get(id)!,
      retrieveLocale: (lang: string) => readLocaleXml(lang, DIR) ?? readLocaleXml("en-US", DIR)!,
    },
    styleXml,
    "en-US",
    true,
  );
  engine.setOutputFormat("html");
  engine.updateItems(items.map((item) => item.id));
  const [, entries] = engine.makeBibliography() as [unknown, string[]];
  return entries.map((html) =>
    html
      .trim()
      .replace(/^<div class="csl-entry">([\s\S]*)<\/div>$/, "$1")
      .trim(),
  );
}

const catalog = loadStyleCatalog(DIR);
const target = (style: string) => ({
  style: resolveStyle(catalog, style),
  locale: "en-US",
  cslDirectory: DIR,
});

beforeAll(() => clearFormattingCache());
afterAll(() => closeFormatPool());

describe("a bibliography formatted by interaction groups equals citeproc's whole bibliography", () => {
  it.each([
    "chicago-fullnote-bibliography",
    "chicago-author-date",
    "apa",
    "modern-language-association",
    "vancouver",
  ])("%s", async (style) => {
    const formatted = await formatBibliography(target(style), ITEMS);
    expect(formatted.entries.map((entry) => entry.html)).toEqual(
      wholeBibliography(target(style).style.xml, ITEMS),
    );
  });

  it("the neighbour-dependent parts are there: substitution, year suffixes, given names", async () => {
    const chicago = (await formatBibliography(target("chicago-fullnote-bibliography"), ITEMS)).entries.map(
      (e) => e.html,
    );
    expect(chicago.filter((html) => html.startsWith("———."))).toHaveLength(2);
    const authorDate = (await formatBibliography(target("chicago-author-date"), ITEMS)).entries.map(
      (e) => e.html,
    );
    expect(authorDate.some((html) => html.includes("1991a"))).toBe(true);
    expect(authorDate.some((html) => html.includes("1991b"))).toBe(true);
  });
});

describe("the cache", () => {
  it("an unchanged item comes from the cache; a changed one, and only its group, is formatted again", async () => {
    clearFormattingCache();
    const style = target("chicago-author-date");
    const first = await formatBibliography(style, ITEMS);
    expect(first.stats).toEqual({ cached: 0, formatted: ITEMS.length });
    const again = await formatBibliography(style, ITEMS);
    expect(again.stats).toEqual({ cached: ITEMS.length, formatted: 0 });
    expect(again.entries).toEqual(first.entries);
    // A third Raack item in 1991 changes the suffixes of the other two: the group is redone.
    const changed = ITEMS.map((item) =>
      item.id === "a1" ? { ...item, issued: { "date-parts": [[1991]] } } : item,
    );
    const third = await formatBibliography(style, changed);
    expect(third.stats).toEqual({ cached: ITEMS.length - 3, formatted: 3 });
    expect(third.entries.map((entry) => entry.html)).toEqual(wholeBibliography(style.style.xml, changed));
    expect(third.entries.map((entry) => entry.html).join()).toContain("1991c");
  });

  it("is per style and per locale", async () => {
    clearFormattingCache();
    await formatBibliography(target("apa"), ITEMS);
    const other = await formatBibliography({ ...target("apa"), locale: "de-DE" }, ITEMS);
    expect(other.stats.cached).toBe(0);
  });
});

describe("notes", () => {
  it("positions: first, subsequent, ibid, ibid with a locator, near notes", () => {
    const positions = notePositions([
      [{ id: "a", locator: "12" }],
      [{ id: "a", locator: "12" }],
      [{ id: "a", locator: "15" }],
      [{ id: "b" }],
      [{ id: "a" }],
      [{ id: "c" }],
      [{ id: "d" }],
      [{ id: "e" }],
      [{ id: "f" }],
      [{ id: "g" }],
      [{ id: "a" }],
    ]);
    expect(positions.map((note) => note[0]!.position)).toEqual([0, 2, 3, 0, 1, 0, 0, 0, 0, 0, 1]);
    expect(positions[4]![0]!.nearNote).toBe(true);
    expect(positions[10]![0]!.nearNote).toBe(false);
  });

  it("Chicago: full note first, short note after, each with its locator", async () => {
    const [first, second, third] = await formatNotes(target("chicago-fullnote-bibliography"), ITEMS, [
      [{ id: "a1", locator: "12", label: "page" }],
      [{ id: "d1", locator: "14", label: "folio" }],
      [{ id: "a1", locator: "15", label: "page" }],
    ]);
    expect(first).toBe(
      "R. C. Raack, <i>Stalin’s Drive to the West</i> (Stanford: Stanford University Press, 1995), 12.",
    );
    expect(second).toContain("fol. 14");
    expect(third).toBe("Raack, <i>Stalin’s Drive to the West</i>, 15.");
  });

  it("a source known through another: “A, quoted in B”", async () => {
    const [note] = await formatNotes(target("chicago-fullnote-bibliography"), ITEMS, [
      [{ id: "c1" }, { id: "a1", locator: "23", label: "page", prefix: "quoted in" }],
    ]);
    expect(note).toMatch(
      /^“Report from Moscow,” <i>The Times<\/i>, February 16, 1938, quoted in R\. C\. Raack, .*, 23\.$/,
    );
  });
});
