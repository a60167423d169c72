import { describe, expect, it } from "vitest";
import { type CslSourceColumns, doiColumn, edtfOfCslDate, isbnColumn, toCslItem } from "./csl";

const columns: CslSourceColumns = {
  kind: "book",
  cslType: "book",
  genre: null,
  title: "La Russie",
  titleOriginal: null,
  titleTransliterated: null,
  titleTranslated: null,
  titleShort: null,
  issuedEdtf: "1938-02-14",
  containerTitle: null,
  containerTitleOriginal: null,
  collectionTitle: null,
  volume: null,
  issue: null,
  page: null,
  edition: null,
  publisher: "Gallimard",
  publisherPlace: null,
  language: null,
  doi: "10.1000/xyz",
  isbn: "9780804724159",
  url: null,
  archive: null,
  archivePlace: null,
  archivalScheme: null,
  archiveRepository: null,
  archiveCollection: null,
  archiveSeries: null,
  archiveFile: null,
  archiveItem: null,
  archiveFolio: null,
  archivePage: null,
  archiveLocation: null,
  abstract: null,
  note: null,
};
const author = [{ role: "author" as const, family: "Fontaine", given: "Jean", nonDroppingParticle: "de la" }];
const stored = {
  type: "book",
  title: "La Russie",
  "title-short": "Russie",
  author: [{ family: "Fontaine", given: "Jean", "non-dropping-particle": "de la" }],
  issued: { "date-parts": [["1938", "2", "14"]] },
  ISBN: "978-0-8047-2415-9 0804724156",
  DOI: "https://doi.org/10.1000/xyz",
  language: "French",
  medium: "Print",
};

describe("a source's CSL item", () => {
  it("keeps the imported item's own words where they say what the columns say", () => {
    const item = toCslItem("s1", columns, author, stored);
    expect(item).toEqual({ ...stored, id: "s1", publisher: "Gallimard" });
  });

  it("an edit of a column wins over the stored words; the short title goes with a changed title", () => {
    const item = toCslItem(
      "s1",
      { ...columns, isbn: "0195055802", title: "La Russie et l’Occident", language: "fr" },
      author,
      stored,
    );
    expect(item).toMatchObject({ ISBN: "0195055802", language: "fr", title: "La Russie et l’Occident" });
    expect(item["title-short"]).toBeUndefined();
    expect(toCslItem("s1", columns, [{ role: "author", family: "Other" }], stored).author).toEqual([
      { family: "Other" },
    ]);
  });

  it("the historian's short title wins, even over an imported one", () => {
    expect(toCslItem("s1", { ...columns, titleShort: "Russie" }, author, stored)["title-short"]).toBe(
      "Russie",
    );
    const retitled = { ...columns, title: "La Russie et l’Occident", titleShort: "Russie et Occident" };
    expect(toCslItem("s1", retitled, author, stored)["title-short"]).toBe("Russie et Occident");
  });

  it("a date the columns cannot hold (a season, a literal) is kept; EDTF ones are read", () => {
    const literal = { issued: { literal: "Spring 1938" } };
    expect(toCslItem("s", { ...columns, issuedEdtf: null }, [], literal).issued).toEqual(literal.issued);
    expect(toCslItem("s", { ...columns, issuedEdtf: "1938" }, [], literal).issued).toEqual({
      "date-parts": [[1938]],
    });
    expect(edtfOfCslDate({ "date-parts": [[1938, 2], [1939]], circa: true })).toBe("1938-02/1939~");
    expect(edtfOfCslDate({ "date-parts": [[1938]], season: 1 })).toBeNull();
  });

  it("normalizes DOIs and ISBNs for the columns", () => {
    expect(doiColumn("doi:10.1000/ABC")).toBe("10.1000/ABC");
    expect(doiColumn("not a doi")).toBeNull();
    expect(isbnColumn("ISBN 0-8047-2415-6, 978-0-8047-2415-9")).toBe("0804724156");
  });
});
