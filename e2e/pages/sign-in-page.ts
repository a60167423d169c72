import type { Page } from "@playwright/test";

export class SignInPage {
  constructor(private readonly page: Page) {}

  readonly email = () => this.page.getByLabel("Email");
  readonly password = () => this.page.getByLabel("Password");
  readonly alert = () => this.page.locator("form").getByRole("alert");

  async goto() {
    await this.page.goto("/sign-in");
  }

  async signIn(email: string, password: string) {
    await this.email().fill(email);
    await this.password().fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }
}
