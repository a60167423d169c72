import { DEMO, expect, test } from "./fixtures";
import { SignInPage } from "./pages/sign-in-page";

test("a wrong password is refused with a clear message, and the email stays typed", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(DEMO.email, "not-the-password");
  await expect(signIn.alert()).toHaveText(/email or the password is not right/);
  await expect(signIn.email()).toHaveValue(DEMO.email);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an empty form names each missing field", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter the email address of your account")).toBeVisible();
  await expect(page.getByText("Enter your password")).toBeVisible();
});

test("a signed-out visit to a claim goes to sign-in and comes back to the claim", async ({ page }) => {
  await page.goto(`/projects/${DEMO.projectId}/claims/demo-claim-5`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await new SignInPage(page).signIn(DEMO.email, DEMO.password);
  await expect(page).toHaveURL(new RegExp(`/projects/${DEMO.projectId}/claims/demo-claim-5$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/In February 1938 Stalin publicly linked/);
});

test("signing out ends the session", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(DEMO.email, DEMO.password);
  await expect(page.getByRole("heading", { name: "Projects" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/projects");
  await expect(page).toHaveURL(/\/sign-in/);
});
