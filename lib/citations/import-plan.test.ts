import { describe, expect, it } from "vitest";
import { isbn13 } from "./import-mapping";
import { detectImportFormat, planImport, resolveChoices } from "./import-plan";
import type { ParsedEntry } from "./import-types";

const entry = (index: number, item: Record<string, unknown>): ParsedEntry => ({
  index,
  line: index * 5 + 1,
  label: `k${index}`,
  ok: true,
  item: { id: `k${index}`, type: "book", ...item },
});

const existing = [
  {
    id: "s1",
    title: "Stalin's Drive to the West",
    doi: null,
    isbn: "0804724156",
    year: 1995,
    firstAuthor: "Raack",
  },
  { id: "s2", title: "Some article", doi: "10.2307/2498123", isbn: null, year: 1984, firstAuthor: "Haslam" },
];

describe("planning an import", () => {
  const plan = planImport(
    [
      entry(0, {
        title: "Stalin’s drive to the west!",
        author: [{ family: "Raack", given: "R." }],
        issued: { "date-parts": [[1995]] },
      }),
      entry(1, { title: "Other title", DOI: "https://doi.org/10.2307/2498123" }),
      entry(2, { title: "A new book", ISBN: "978-3-16-148410-0" }),
      entry(3, { title: "Same ISBN, other title", ISBN: "0804724156" }),
      entry(4, { title: "A New Book" }),
      { index: 5, line: 26, label: "bad", ok: false, error: "Line 26: broken." },
      entry(6, {}),
    ],
    existing,
  );

  it("finds duplicates by DOI, by ISBN (10 or 13 digits), and by title, year and first author", () => {
    expect(plan.map((e) => e.status)).toEqual([
      "duplicate",
      "duplicate",
      "new",
      "duplicate",
      "duplicate",
      "error",
      "error",
    ]);
    // Same title, and neither year nor author: the earlier entry of the file.
    expect(plan[4]!.duplicateOf).toMatchObject({ reason: "title", entryIndex: 2 });
    expect(plan[0]!.duplicateOf).toMatchObject({ reason: "title", sourceId: "s1" });
    expect(plan[1]!.duplicateOf).toMatchObject({ reason: "doi", sourceId: "s2" });
    expect(plan[3]!.duplicateOf).toMatchObject({ reason: "isbn", sourceId: "s1" });
    expect(plan[6]!.error).toBe("Line 31: The entry has no title.");
    expect(isbn13("0804724156")).toBe("9780804724159");
  });

  it("duplicates within the file point to their first entry", () => {
    const inFile = planImport(
      [
        entry(0, { title: "Twice", ISBN: "0804724156" }),
        entry(1, { title: "Twice again", ISBN: "9780804724159" }),
      ],
      [],
    );
    expect(inFile[1]!.duplicateOf).toMatchObject({ reason: "isbn", entryIndex: 0 });
  });

  it("the member's choices: skip or merge duplicates, import anyway, leave entries out", () => {
    const actions = resolveChoices(plan, {
      duplicates: "merge",
      decisions: { "1": "skip", "3": "import" },
      exclude: [4],
    });
    expect(actions.map((a) => a.kind)).toEqual(["merge", "skip", "create", "create", "skip", "fail", "fail"]);
    expect(actions[0]).toMatchObject({ kind: "merge", into: "s1" });
    expect(actions[1]).toMatchObject({
      reason: "Duplicate of “Some article”, already in the project (same DOI).",
    });
  });

  it("tells the format from the text", () => {
    expect(detectImportFormat("\uFEFF[ {}]")).toBe("csl-json");
    expect(detectImportFormat("junk\nTY  - BOOK\n")).toBe("ris");
    expect(detectImportFormat("% x\n@book{a,}")).toBe("bibtex");
    expect(detectImportFormat("plain words")).toBeNull();
  });
});
