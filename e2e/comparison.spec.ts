import { randomBytes } from "node:crypto";
import { DEMO, expect, signInThroughApi, test } from "./fixtures";
import { ComparisonPage } from "./pages/comparison-page";

const OBSERVERS = [
  "The Times (London)",
  "British Embassy in Moscow",
  "Foreign Office, Northern Department",
  "Le Journal de Moscou",
  "R. C. Raack",
];

test("the demo letter's readings side by side: a disagreement marked, a new question asked and answered", async ({
  page,
}) => {
  const suffix = randomBytes(3).toString("hex");
  await signInThroughApi(page.request, DEMO.email, DEMO.password);
  const comparison = new ComparisonPage(page);

  // From the source's page, as a historian would get there.
  await page.goto(`/projects/${DEMO.projectId}/sources/demo-src-pravda`);
  await page.getByRole("link", { name: "Compare readings →" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How observers read it");

  for (const name of OBSERVERS) await expect(comparison.observerHeader(name)).toBeVisible();

  // The Embassy says defensive, the Northern Department says not: a disagreement.
  const defensive = "Is the posture defensive?";
  await expect(comparison.row(defensive)).toContainText("Observers disagree");
  await expect(await comparison.cell(defensive, "British Embassy in Moscow")).toContainText("Yes");
  await expect(await comparison.cell(defensive, "Foreign Office, Northern Department")).toContainText("No");
  // Every observer who speaks says the victory is not final: no disagreement there.
  await expect(
    comparison.row("Is the victory of socialism in the USSR presented as final?"),
  ).not.toContainText("Observers disagree");

  // The readings against the letter's date, and their texts side by side.
  await expect(comparison.region("When they read it")).toContainText("57 years after the source");
  await expect(
    comparison.region("The readings side by side").getByRole("article", { name: "R. C. Raack" }),
  ).toContainText("could not have been more varied");

  const question = `Does Stalin address the Western governments? ${suffix}`;
  const note = `Only through the workers abroad ${suffix}`;
  await comparison.addQuestion(question);
  await comparison.answer(question, "The Times (London)", "ambiguous", note);

  const cell = await comparison.cell(question, "The Times (London)");
  await expect(cell).toContainText("Ambiguous");
  await expect(cell).toContainText(note);
  // Cited, by default, from the source that documents The Times' reading: its own report.
  await expect(cell).toContainText("The Times");
  // One answer cannot disagree with anything.
  await expect(comparison.row(question)).not.toContainText("Observers disagree");
  for (const other of OBSERVERS.slice(1)) {
    await expect(await comparison.cell(question, other)).toContainText("not answered");
  }

  await page.reload();
  await expect(await comparison.cell(question, "The Times (London)")).toContainText("Ambiguous");
});
