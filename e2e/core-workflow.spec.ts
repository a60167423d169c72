import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { DEMO, expect, signInThroughApi, test } from "./fixtures";
import { SourceFormPage } from "./pages/source-form-page";

async function createProject(page: Page, name: string): Promise<string> {
  await page.goto("/projects/new");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create project" }).click();
  await page.waitForURL(/\/projects\/(?!new)[^/]+$/);
  return page.url().split("/projects/")[1]!;
}

async function chooseOption(page: Page, label: string, text: string) {
  const select = page.getByLabel(label, { exact: true });
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  await select.selectOption(value!);
}

test("a claim resting on Pravda and The Times' report of it rests on one independent origin", async ({
  page,
}) => {
  const suffix = randomBytes(3).toString("hex");
  await signInThroughApi(page.request, DEMO.email, DEMO.password);
  const projectId = await createProject(page, `Stalin's letter ${suffix}`);
  const sources = new SourceFormPage(page);

  await sources.create(projectId, {
    title: `Reply to Comrade Ivanov ${suffix}`,
    newspaper: "Pravda",
    date: "February 1938",
    language: "ru",
  });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Pravda, February 1938");
  await sources.addPassage("Победа социализма в нашей стране не является окончательной", "ru", "1");

  await sources.create(projectId, {
    title: `Stalin's letter ${suffix}`,
    newspaper: "The Times",
    date: "c. 15 Feb 1938",
    language: "en",
  });
  await sources.addPassage("the victory of socialism in our country is not final", "en", "14");
  await sources.addRelation("reports", `Reply to Comrade Ivanov ${suffix}`);
  await expect(page.getByText("reports", { exact: false }).first()).toBeVisible();

  await page.goto(`/projects/${projectId}/claims/new`);
  await page.getByLabel("Claim", { exact: true }).fill(`Stalin meant the world to hear him ${suffix}`);
  await page.getByLabel("Period covered").fill("February 1938");
  await expect(page.getByText("Reads as “February 1938”")).toBeVisible();
  await page.getByRole("button", { name: "Create claim" }).click();
  await page.waitForURL(/\/claims\/(?!new)[^/]+$/);

  for (const passage of ["Победа социализма", "the victory of socialism"]) {
    await page.getByRole("button", { name: "+ Add evidence" }).click();
    await chooseOption(page, "Passage", passage);
    await page.getByLabel("Stance").selectOption("supports");
    await page.getByRole("button", { name: "Link evidence" }).click();
    await expect(page.getByRole("blockquote").filter({ hasText: passage })).toBeVisible();
  }

  const summary = page.getByRole("region", { name: "What this claim rests on" });
  await expect(summary).toContainText("1 independent origin");
  await expect(summary).toContainText("Rests on a single origin");
  await expect(page.getByRole("heading", { name: /Supporting/ })).toContainText("(2)");
});

test("two tabs editing the same claim: the second save is refused and shows the first change", async ({
  page,
  context,
}) => {
  const suffix = randomBytes(3).toString("hex");
  await signInThroughApi(page.request, DEMO.email, DEMO.password);
  const projectId = await createProject(page, `Conflicts ${suffix}`);
  await page.goto(`/projects/${projectId}/claims/new`);
  await page.getByLabel("Claim", { exact: true }).fill("The first wording");
  await page.getByRole("button", { name: "Create claim" }).click();
  await page.waitForURL(/\/claims\/(?!new)[^/]+$/);
  const editUrl = `${page.url()}/edit`;

  const second = await context.newPage();
  await page.goto(editUrl);
  await second.goto(editUrl);

  await page.getByLabel("Claim", { exact: true }).fill("Edited in the first tab");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(/\/claims\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edited in the first tab");

  await second.getByLabel("Claim", { exact: true }).fill("Edited in the second tab");
  await second.getByRole("button", { name: "Save changes" }).click();
  const alert = second.getByRole("alert").filter({ hasText: "changed this claim while you were editing" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("Edited in the first tab");
  // What the second tab typed is still there, and nothing was overwritten.
  await expect(second.getByLabel("Claim", { exact: true })).toHaveValue("Edited in the second tab");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edited in the first tab");
});
