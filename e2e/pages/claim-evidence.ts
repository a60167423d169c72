import { expect, type Page } from "@playwright/test";

/** The claim page's evidence form: a passage found by its words, linked with a stance. */
export class ClaimEvidence {
  constructor(private readonly page: Page) {}

  readonly finder = () => this.page.getByRole("combobox", { name: "Find a passage" });

  /** Opens the form (once the page answers: a test can be quicker than hydration). */
  async open() {
    const finder = this.finder();
    await expect(async () => {
      if (!(await finder.isVisible())) {
        await this.page.getByRole("button", { name: "+ Add evidence" }).click({ timeout: 1000 });
      }
      await expect(finder).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 10_000 });
  }

  /** Searches for a passage, takes the first hit, and returns it for checks before linking. */
  async findPassage(words: string, firstHit: string | RegExp) {
    await this.finder().fill(words);
    const options = this.page.getByRole("listbox", { name: "Find a passage: results" }).getByRole("option");
    await expect(options.first()).toContainText(firstHit);
    await this.finder().press("Enter");
  }

  async link(stance: "supports" | "contradicts" | "qualifies") {
    await this.page.getByLabel("Stance").selectOption(stance);
    await this.page.getByRole("button", { name: "Link evidence" }).click();
  }
}
