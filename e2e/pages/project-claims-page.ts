import type { Page } from "@playwright/test";

export class ProjectClaimsPage {
  constructor(private readonly page: Page) {}

  readonly rows = () =>
    this.page
      .getByRole("table")
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell") });
  readonly row = (number: number) => this.rows().filter({ hasText: `C${number}` });

  async goto(projectId: string, query = "") {
    await this.page.goto(`/projects/${projectId}${query}`);
  }

  async filterByStatus(status: string) {
    await this.page
      .getByRole("navigation", { name: "Filter by status" })
      .getByRole("link", { name: status })
      .click();
  }
}
