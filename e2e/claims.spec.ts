import { DEMO, expect, signInThroughApi, test } from "./fixtures";
import { ClaimPage } from "./pages/claim-page";
import { ProjectClaimsPage } from "./pages/project-claims-page";

test.beforeEach(async ({ page }) => {
  await signInThroughApi(page.request, DEMO.email, DEMO.password);
});

test("the demo historian finds the project, its five claims, and claim 5's evidence by keyboard", async ({
  page,
}) => {
  await page.goto("/projects");
  await page.getByRole("link", { name: new RegExp(DEMO.projectName) }).click();
  await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Claims" }).click();
  const claims = new ProjectClaimsPage(page);
  await expect(claims.rows()).toHaveCount(5);
  await expect(claims.row(1)).toContainText("mainly defensive");

  await claims.row(1).focus();
  for (let step = 0; step < 4; step++) await page.keyboard.press("ArrowDown");
  await expect(claims.row(5)).toBeFocused();
  await page.keyboard.press("Enter");

  const claim = new ClaimPage(page);
  await expect(claim.statement()).toHaveText(
    /In February 1938 Stalin publicly linked Soviet domestic and foreign policy/,
  );
  const supporting = claim.evidenceItems("Supporting");
  await expect(supporting).toHaveCount(3);
  // The Russian original and the French version are marked with their languages, beside translations.
  await expect(supporting.filter({ has: page.locator('blockquote[lang="ru"]') })).toHaveCount(1);
  await expect(supporting.filter({ has: page.locator('blockquote[lang="fr"]') })).toHaveCount(1);
  await expect(supporting.filter({ hasText: "The Times" })).toHaveCount(1);
  // All three go back to Pravda: one independent origin, and the app says so.
  await expect(page.getByText("1 independent origin", { exact: true })).toBeVisible();
  await expect(page.getByText("Rests on a single origin")).toBeVisible();
});

test("claim 2 shows its contrary evidence apart from its support, and links to the sub-claims", async ({
  page,
}) => {
  await page.goto(`/projects/${DEMO.projectId}/claims/demo-claim-2`);
  const claim = new ClaimPage(page);
  await expect(claim.evidenceItems("Contradicting")).toHaveCount(1);
  await expect(claim.evidenceItems("Contradicting")).toContainText("C1");
  await claim.evidenceItems("Supporting").getByRole("link", { name: /C3/ }).click();
  await expect(page).toHaveURL(/demo-claim-3$/);
});

test("the filters narrow the list: single origin, contradicting evidence", async ({ page }) => {
  const claims = new ProjectClaimsPage(page);
  await claims.goto(DEMO.projectId);
  await claims.toggle("Rests on a single origin");
  await expect(page).toHaveURL(/singleOrigin=true/);
  await expect(claims.row(5)).toBeVisible();
  await expect(claims.row(2)).toHaveCount(0);
  await claims.goto(DEMO.projectId, "?hasContradicting=true");
  await expect(claims.rows()).toHaveCount(1);
  await expect(claims.row(2)).toBeVisible();
});

test("the status filter narrows the list", async ({ page }) => {
  const claims = new ProjectClaimsPage(page);
  await claims.goto(DEMO.projectId);
  await claims.filterByStatus("contested");
  await expect(page).toHaveURL(/status=contested/);
  await expect(claims.rows()).toHaveCount(1);
  await expect(claims.row(1)).toBeVisible();
});

test("a project the user is not a member of is a 404, not a glimpse", async ({ page, freshUser }) => {
  await page.context().clearCookies();
  await signInThroughApi(page.request, freshUser.email, freshUser.password);
  await page.goto("/projects");
  await expect(page.getByText("You are not a member of any project yet.")).toBeVisible();
  const response = await page.goto(`/projects/${DEMO.projectId}/claims/demo-claim-5`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByText("Stalin publicly linked")).toHaveCount(0);
});
