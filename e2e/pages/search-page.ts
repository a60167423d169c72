import type { Page } from "@playwright/test";

/** The project's search: the header's box (with its shortcut) and the results page. */
export class SearchPage {
  constructor(private readonly page: Page) {}

  readonly headerBox = () => this.page.getByRole("searchbox", { name: "Search this project" });
  readonly pageBox = () => this.page.getByRole("searchbox", { name: "Words, names or references" });
  readonly results = () => this.page.getByRole("region", { name: "Results" });
  readonly summary = () => this.results().getByText(/results? for|Nothing matches/);
  readonly hits = () => this.results().getByRole("listitem");
  /** A hit, by the kind shown on its badge and a text it contains. */
  readonly hit = (kind: string, text: string | RegExp) =>
    this.hits().filter({ hasText: kind }).filter({ hasText: text }).getByRole("link");

  /** Opens search from wherever the page is, as a historian would: "/" and typing. */
  async searchWithShortcut(words: string) {
    await this.page.locator("body").press("/");
    await this.page.keyboard.type(words);
    await this.page.keyboard.press("Enter");
    await this.page.waitForURL(/\/search\?/);
  }
}
