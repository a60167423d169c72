import type { Page } from "@playwright/test";

/** The new-source form, filled as a historian would. */
export class SourceFormPage {
  constructor(private readonly page: Page) {}

  async create(
    projectId: string,
    source: { title: string; newspaper: string; date: string; language: string },
  ) {
    await this.page.goto(`/projects/${projectId}/sources/new`);
    await this.page.getByLabel("Kind of source").selectOption("newspaper_article");
    await this.page.getByLabel("Title", { exact: true }).fill(source.title);
    await this.page.getByLabel("Newspaper").fill(source.newspaper);
    await this.page.getByLabel("Date", { exact: true }).fill(source.date);
    await this.page.getByLabel("Language", { exact: true }).fill(source.language);
    await this.page.getByRole("button", { name: "Create source" }).click();
    await this.page.waitForURL(/\/sources\/(?!new)[^/]+$/);
  }

  async addPassage(text: string, language: string, page: string) {
    await this.page.getByRole("button", { name: "+ Add a passage" }).click();
    const form = this.page.getByRole("form", { name: "New passage" });
    await form.getByLabel("Passage, in the original language").fill(text);
    await form.getByLabel("Language", { exact: true }).first().fill(language);
    await form.getByLabel("Page", { exact: true }).fill(page);
    await form.getByRole("button", { name: "Add passage" }).click();
    await this.page.getByText(text).waitFor();
  }

  async addRelation(type: string, otherTitle: string) {
    const form = this.page.getByRole("form", { name: "Add a provenance relation" });
    await form.getByLabel("Relation", { exact: true }).selectOption(type);
    const other = form.getByLabel("Other source");
    const value = await other.locator("option", { hasText: otherTitle }).first().getAttribute("value");
    await other.selectOption(value!);
    await form.getByRole("button", { name: "Add relation" }).click();
  }
}
