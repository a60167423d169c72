import { randomBytes } from "node:crypto";
import { DEMO, expect, signInThroughApi, signUpThroughApi, test } from "./fixtures";

test("an owner invites a viewer, who reads but cannot edit; private notes stay private, shared ones are seen by both", async ({
  browser,
}) => {
  const ownerContext = await browser.newContext();
  const viewerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  const viewer = await viewerContext.newPage();
  const ownerAccount = await signUpThroughApi(owner.request, "owner");
  const viewerAccount = await signUpThroughApi(viewer.request, "viewer");
  await signInThroughApi(owner.request, ownerAccount.email, ownerAccount.password);
  await signInThroughApi(viewer.request, viewerAccount.email, viewerAccount.password);

  // The owner makes a project with a claim.
  const suffix = randomBytes(3).toString("hex");
  await owner.goto("/projects/new");
  await owner.getByLabel("Name").fill(`Shared project ${suffix}`);
  await owner.getByRole("button", { name: "Create project" }).click();
  await owner.waitForURL(/\/projects\/(?!new)[^/]+$/);
  const projectUrl = owner.url();
  await owner.goto(`${projectUrl}/claims/new`);
  await owner.getByLabel("Claim", { exact: true }).fill(`The letter was meant for abroad ${suffix}`);
  await owner.getByRole("button", { name: "Create claim" }).click();
  await owner.waitForURL(/\/claims\/(?!new)[^/]+$/);
  const claimUrl = owner.url();

  // A stranger to the project sees nothing of it.
  expect((await viewer.goto(claimUrl))?.status()).toBe(404);

  // The owner invites the second user as a viewer, by link.
  await owner.goto(`${projectUrl}/members`);
  await owner.getByLabel("Role", { exact: true }).selectOption("viewer");
  await owner.getByRole("button", { name: "Create invitation link" }).click();
  const link = (await owner.getByTestId("invitation-link").textContent())!;
  await viewer.goto(link);
  await expect(viewer.getByText("You are invited as viewer")).toBeVisible();
  await viewer.getByRole("button", { name: "Join the project" }).click();
  await viewer.waitForURL(projectUrl);

  // The viewer reads the claim but has no way to change it.
  await viewer.goto(claimUrl);
  await expect(viewer.getByRole("heading", { level: 1 })).toHaveText(
    `The letter was meant for abroad ${suffix}`,
  );
  await expect(viewer.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "+ Add evidence" })).toHaveCount(0);
  expect((await viewer.goto(`${claimUrl}/edit`))?.status()).toBe(403);
  await viewer.goto(claimUrl);

  // Notes: the owner writes one private and one shared.
  await owner.goto(claimUrl);
  const notes = owner.getByRole("region", { name: "Notes on this claim" });
  await notes.getByRole("button", { name: "+ Note" }).click();
  await notes.getByRole("textbox").fill(`Owner's private thought ${suffix}`);
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByText(`Owner's private thought ${suffix}`)).toBeVisible();
  await notes.getByRole("button", { name: "+ Note" }).click();
  await notes.getByRole("textbox").fill(`For the **whole** project ${suffix}`);
  await notes.getByLabel("The project").check();
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByText(`project ${suffix}`)).toBeVisible();
  await expect(notes.locator("strong", { hasText: "whole" })).toBeVisible();

  // The viewer sees the shared note only, and keeps a private note of their own.
  await viewer.reload();
  const viewerNotes = viewer.getByRole("region", { name: "Notes on this claim" });
  await expect(viewerNotes.getByText(`project ${suffix}`)).toBeVisible();
  await expect(viewer.getByText(`Owner's private thought ${suffix}`)).toHaveCount(0);
  await viewerNotes.getByRole("button", { name: "+ Note" }).click();
  await expect(viewerNotes.getByLabel("The project")).toBeDisabled();
  await viewerNotes.getByRole("textbox").fill(`Viewer's own note ${suffix}`);
  await viewerNotes.getByRole("button", { name: "Add note" }).click();
  await expect(viewerNotes.getByText(`Viewer's own note ${suffix}`)).toBeVisible();

  await owner.reload();
  await expect(owner.getByText(`Viewer's own note ${suffix}`)).toHaveCount(0);
  await expect(owner.getByText(`Owner's private thought ${suffix}`)).toBeVisible();

  await ownerContext.close();
  await viewerContext.close();
});

test("a historian annotates an observer's reading, privately", async ({ page }) => {
  await signInThroughApi(page.request, DEMO.email, DEMO.password);
  await page.goto(`/projects/${DEMO.projectId}/observers/demo-obs-times`);
  const text = `Compare with the embassy's dispatch ${randomBytes(3).toString("hex")}`;
  // The notes of the first reading are folded away until opened.
  await page
    .locator("summary", { hasText: /^Notes \(\d+\)$/ })
    .first()
    .click();
  const notes = page.getByRole("region", { name: "Notes on this reading" }).first();
  await notes.getByRole("button", { name: "+ Note" }).click();
  await notes.getByRole("textbox").fill(text);
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByText(text)).toBeVisible();
  await expect(notes.locator("article", { hasText: text })).toHaveAttribute("data-visibility", "private");
});
