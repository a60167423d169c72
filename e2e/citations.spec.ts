import { randomBytes } from "node:crypto";
import { apiWrite, DEMO, expect, signInThroughApi, test } from "./fixtures";
import { CitationExport, CitationImport } from "./pages/citation-export";

test.beforeEach(async ({ page }) => {
  await signInThroughApi(page.request, DEMO.email, DEMO.password);
});

test("claim 2's evidence exported in Chicago: the book, the Pravda letter and the archival minute", async ({
  page,
}) => {
  await page.goto(`/projects/${DEMO.projectId}/claims/demo-claim-2`);
  const exporter = new CitationExport(page, /Export evidence/);
  await exporter.open();
  await exporter.chooseStyle(
    "chicago full note",
    "Chicago Manual of Style 17th edition (full note), Apparatus edition for historical sources",
  );
  // Our edition of the official style says what it changes.
  await expect(exporter.panel().getByText("Apparatus’s variant of the official style.")).toBeVisible();
  // The picker says which set of styles it shows: the bundled one, or the server's full one.
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: /styles that come with Apparatus|styles installed on this server/ }),
  ).toBeVisible();
  const file = await exporter.download("Bibliography", "HTML");

  expect(file.name).toBe("claim-c2-bibliography-apparatus-chicago-fullnote-bibliography.html");
  expect(file.text).toContain("<h2>Supporting evidence</h2>");
  // The book, the Pravda letter (romanized, its translation in brackets) and the archival minute
  // (author, description without quotation marks, date, piece with its folio, archive, place), as
  // the Chicago Manual has them.
  expect(file.text).toContain(
    "Raack, R. C. <i>Stalin’s Drive to the West, 1938-1945: The Origins of the Cold War</i>. Stanford, CA: Stanford University Press, 1995.",
  );
  expect(file.text).toContain(
    "Stalin, I. V. “Otvet tovarishchu Ivanovu Ivanu Filippovichu” [Reply to Comrade Ivan Filippovich Ivanov]. <i>Pravda</i> (Moscow), February 1938.",
  );
  expect(file.text).toContain(
    "Foreign Office, Northern Department. Northern Department minute on the Moscow dispatch about Stalin’s reply to Ivanov, February 1938. FO 371/22286, fol. 14. The National Archives, Kew.",
  );
  // Known only through Raack's book; listed under the newspaper, without its "The".
  expect(file.text).toContain(
    "<i>Times</i> (London). [Report of Stalin’s reply to Ivanov]. February 1938. Quoted in R. C. Raack",
  );

  // And as footnotes: the book's full note first, its short note (four words at most) after.
  const notes = await exporter.download("Footnotes", "Plain text");
  expect(notes.text).toMatch(
    /\d+\. R\. C\. Raack, Stalin’s Drive to the West, 1938-1945: The Origins of the Cold War \(Stanford, CA: Stanford University Press, 1995\)/,
  );
  expect(notes.text).toMatch(/\d+\. Raack, Stalin’s Drive[.,]/);
});

const BIBTEX = `@book{Conquest1990,
  author = {Conquest, Robert},
  title = {The Great Terror: A Reassessment},
  publisher = {Oxford University Press},
  address = {New York},
  year = {1990}
}

@article{Broken1999,
  author = {Someone, A.},
  title = {Unclosed {braces,
  year = {1999}

@article{Haslam1984,
  author = {Haslam, Jonathan},
  title = {The Soviet Union and the Struggle for Collective Security in Europe},
  journal = {Slavic Review},
  year = {1984}
}
`;

test("a BibTeX file with one malformed entry: its error is shown, the others are imported", async ({
  page,
}) => {
  const created = await apiWrite(page.request, "post", "/api/v1/projects", {
    name: `Import ${randomBytes(4).toString("hex")}`,
  });
  expect(created.status()).toBe(201);
  const projectId = (await created.json()).data.id as string;

  const importer = new CitationImport(page);
  await importer.goto(projectId);
  await importer.upload("library.bib", BIBTEX);
  await expect(importer.panel().getByRole("status").first()).toContainText(
    "BibTeX: 3 entries — 2 new, 0 duplicates, 1 with errors.",
  );
  const broken = importer.rows().filter({ hasText: "Broken1999" });
  // The broken entry starts on line 9 of the file, and the next one on line 14.
  await expect(broken).toContainText(
    "The entry starting on line 9 is not closed: a “}” is missing before line 14.",
  );

  await importer.panel().getByRole("button", { name: "Import 2 entries" }).click();
  await expect(importer.panel().getByText("Imported 2, merged 0, skipped 0, failed 1.")).toBeVisible();

  await page.goto(`/projects/${projectId}/sources`);
  const table = page.getByRole("table");
  await expect(table).toContainText("The Great Terror: A Reassessment");
  await expect(table).toContainText("The Soviet Union and the Struggle for Collective Security in Europe");
  await expect(table.getByRole("row").filter({ has: page.getByRole("cell") })).toHaveCount(2);
});
