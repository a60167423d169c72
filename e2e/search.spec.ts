import { apiWrite, DEMO, expect, signInThroughApi, test } from "./fixtures";
import { ClaimEvidence } from "./pages/claim-evidence";
import { ComparisonPage } from "./pages/comparison-page";
import { SearchPage } from "./pages/search-page";

test.beforeEach(async ({ page }) => {
  await signInThroughApi(page.request, DEMO.email, DEMO.password);
});

test("“/” opens search anywhere in the project; “Journal de Moscou” finds the French text, marked, and opens it", async ({
  page,
}) => {
  const search = new SearchPage(page);
  await page.goto(`/projects/${DEMO.projectId}/claims`);
  await search.searchWithShortcut("Journal de Moscou");

  await expect(search.pageBox()).toHaveValue("Journal de Moscou");
  await expect(search.summary()).toContainText("results for “Journal de Moscou”");
  // The observer's reading, its name marked as one run; the source; Raack's passage naming it.
  const reading = search.hit("Reading", "Le Journal de Moscou");
  await expect(reading.locator("mark").first()).toHaveText("Journal de Moscou");
  await expect(search.hit("Passage", "Journal de Moscou")).toBeVisible();

  await search.hit("Source", "Réponse au camarade Ivanov").click();
  await expect(page).toHaveURL(new RegExp(`/projects/${DEMO.projectId}/sources/demo-src-journal-de-moscou$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Réponse au camarade Ivanov");
});

test("a Cyrillic word of the Pravda title finds the letter; the keyboard moves through the hits", async ({
  page,
}) => {
  const search = new SearchPage(page);
  await page.goto(`/projects/${DEMO.projectId}`);
  await search.focusWithShortcut("Control+k");
  await expect(search.headerBox()).toBeFocused();
  await page.keyboard.type("товарищу");
  await page.keyboard.press("Enter");

  const hit = search.hit("Source", "Reply to Comrade Ivanov");
  // Marked in the title and, across scripts, in its transliteration.
  await expect(hit.locator("mark")).toHaveText(["товарищу", "tovarishchu"]);
  await expect(hit).toContainText("Pravda");
  await hit.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sources\/demo-src-pravda$/);
  await expect(page.getByText("Ответ товарищу Иванову").first()).toBeVisible();
});

test("an archival reference, filters, and a filter in error kept as typed with its message", async ({
  page,
}) => {
  const search = new SearchPage(page);
  await page.goto(`/projects/${DEMO.projectId}/search?q=${encodeURIComponent("FO 371/22286")}`);
  await expect(search.hits()).toHaveCount(2);
  // The reference is shown as it is cited, and marked.
  await expect(search.hits().first().locator("mark")).toContainText(["FO 371/22286"]);

  // Only claims: the words are not in any claim.
  await page.getByLabel("Kind").selectOption({ label: "Claims" });
  await search.pageBox().fill("defensive");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(search.hits()).not.toHaveCount(0);
  for (const text of await search.hits().allInnerTexts()) expect(text).toMatch(/^Claim/);

  await page.getByLabel("From").fill("31 February 1938");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByLabel("From")).toHaveValue("31 February 1938");
  await expect(page.getByLabel("From")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("February 1938 has no day 31")).toBeVisible();
  await expect(search.pageBox()).toHaveValue("defensive");
});

test("evidence is linked to any passage of the project by searching for it from the claim's form", async ({
  page,
}) => {
  const statement = `The British read the letter as doctrine ${Date.now()}`;
  const created = await apiWrite(page.request, "post", `/api/v1/projects/${DEMO.projectId}/claims`, {
    statement,
  });
  expect(created.status()).toBe(201);
  const { data: claim } = await created.json();
  await page.goto(`/projects/${DEMO.projectId}/claims/${claim.id}`);
  const evidence = new ClaimEvidence(page);
  await evidence.open();
  await evidence.findPassage("mobilised readiness", "mobilised readiness");
  // The passage found is the one chosen, labelled with its source.
  await expect(page.getByLabel("Passage", { exact: true })).toHaveValue("demo-psg-moscow-dispatch-1");
  await evidence.link("supports");

  await expect(page.getByRole("region", { name: /^Supporting \(1\)/ })).toContainText(
    "The letter restates familiar doctrine",
  );
});

test("a reading's source and its documenting source are found by searching", async ({ page }) => {
  const summary = `Reads the French text as propaganda ${Date.now()}`;
  const results = (picker: string) =>
    page.getByRole("listbox", { name: `${picker}: results` }).getByRole("option");
  await page.goto(`/projects/${DEMO.projectId}/observers/readings/new`);
  const read = page.getByRole("combobox", { name: "Find the source read" });
  // The pickers answer once the page is hydrated; a test can be quicker than that.
  await expect(async () => {
    await read.fill("Réponse");
    await expect(results("Find the source read").first()).toContainText("Réponse au camarade Ivanov", {
      timeout: 1000,
    });
  }).toPass({ timeout: 10_000 });
  await read.press("Enter");
  await expect(page.getByLabel("Source read", { exact: true })).toHaveValue("demo-src-journal-de-moscou");

  const documenting = page.getByRole("combobox", { name: "Find the documenting source" });
  await documenting.fill("Raack");
  await expect(results("Find the documenting source").first()).toContainText("Stalin's Drive to the West");
  await documenting.press("Enter");
  await expect(page.getByLabel("Documented by", { exact: true })).toHaveValue("demo-src-raack-1995");

  await page.getByLabel("Observer", { exact: true }).selectOption({ label: "R. C. Raack" });
  await page.getByLabel("What the observer concluded").fill(summary);
  await page.getByRole("button", { name: "Add reading" }).click();
  await expect(page.getByText(summary)).toBeVisible();
  await expect(page).toHaveURL(/\/observers\/demo-obs-raack$/);
});

test("choosing a reading's source loads its passages, and a phrase is linked to one of them", async ({
  page,
  db,
}) => {
  const summary = `Stresses the workers' help from abroad ${Date.now()}`;
  await page.goto(`/projects/${DEMO.projectId}/observers/readings/new`);
  await page.getByRole("button", { name: "+ Add a phrase" }).click();
  const fromPassage = page.getByLabel("From passage");
  // No source chosen yet: nothing to link to.
  await expect(fromPassage.getByRole("option")).toHaveCount(1);

  // The page came without Le Journal de Moscou's passages: choosing it loads them.
  const passagesLoaded = page.waitForResponse(
    (response) =>
      response.url().includes("/api/v1/sources/demo-src-journal-de-moscou/passages") && response.ok(),
  );
  await page.getByLabel("Source read", { exact: true }).selectOption("demo-src-journal-de-moscou");
  await passagesLoaded;
  await expect(fromPassage.getByRole("option", { name: /Il faut renforcer et consolider/ })).toHaveCount(1);

  await page
    .getByRole("textbox", { name: "Phrase" })
    .fill("l'aide politique de la classe ouvrière des pays bourgeois");
  await fromPassage.selectOption("demo-psg-journal-de-moscou-1");
  await page.getByLabel("Observer", { exact: true }).selectOption({ label: "R. C. Raack" });
  await page.getByLabel("What the observer concluded").fill(summary);
  await page.getByRole("button", { name: "Add reading" }).click();
  // Saved: the observer's page lists it (the form's own field holds the same words until then).
  await expect(page).toHaveURL(/\/observers\/demo-obs-raack$/);
  await expect(page.getByText(summary)).toBeVisible();
  const saved = await db.readingPhrase.findFirstOrThrow({
    where: { reading: { summary } },
    select: { passageId: true },
  });
  expect(saved.passageId).toBe("demo-psg-journal-de-moscou-1");
});

test("an answer's cited source is found by searching", async ({ page }) => {
  const comparison = new ComparisonPage(page);
  const question = `Does the reading cite a historian? ${Date.now()}`;
  await comparison.goto(DEMO.projectId, "demo-src-pravda");
  await comparison.addQuestion(question);
  await page.getByRole("button", { name: `Answer for The Times (London): ${question}` }).click();
  const dialog = page.getByRole("dialog", { name: "The Times (London)" });
  const finder = dialog.getByRole("combobox", { name: "Find the source cited" });
  await finder.fill("Drive to the West");
  await expect(
    dialog.getByRole("listbox", { name: "Find the source cited: results" }).getByRole("option").first(),
  ).toContainText("Stalin's Drive to the West");
  await finder.press("Enter");
  await expect(dialog.getByLabel("Cited from", { exact: true })).toHaveValue("demo-src-raack-1995");
  await dialog.getByRole("button", { name: "Save answer" }).click();
  await dialog.waitFor({ state: "hidden" });
  await expect(await comparison.cell(question, "The Times (London)")).toContainText("Raack");
});
