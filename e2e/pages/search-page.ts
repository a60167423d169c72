import { expect, type Page } from "@playwright/test";

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

  /**
   * Presses a shortcut until it puts the cursor in the search box: the page listens for it once
   * hydrated, and a test can be quicker than that.
   */
  async focusWithShortcut(key: string) {
    await expect(async () => {
      await this.page.locator("body").press(key);
      await expect(this.page.locator("[data-search-input]")).toBeFocused({ timeout: 500 });
    }).toPass({ timeout: 10_000 });
  }

  /** Opens search from wherever the page is, as a historian would: "/" and typing. */
  async searchWithShortcut(words: string) {
    await this.focusWithShortcut("/");
    await this.page.keyboard.type(words);
    await this.page.keyboard.press("Enter");
    await this.page.waitForURL(/\/search\?/);
  }
}
