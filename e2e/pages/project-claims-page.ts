import type { Page } from "@playwright/test";

export class ProjectClaimsPage {
  constructor(private readonly page: Page) {}

  readonly rows = () =>
    this.page
      .getByRole("table")
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell") });
  readonly row = (number: number) =>
    this.rows().filter({ has: this.page.getByRole("cell", { name: `C${number}`, exact: true }) });
  readonly filters = () => this.page.getByRole("form", { name: "Filter claims" });

  async goto(projectId: string, query = "") {
    await this.page.goto(`/projects/${projectId}/claims${query}`);
  }

  async filterByStatus(status: string) {
    await this.filters().getByLabel("Status", { exact: true }).selectOption(status);
  }

  async toggle(label: string) {
    await this.filters().getByLabel(label, { exact: true }).click();
  }
}
