import type { Page } from "@playwright/test";

export class ClaimPage {
  constructor(private readonly page: Page) {}

  readonly statement = () => this.page.getByRole("heading", { level: 1 });
  readonly stanceSection = (heading: string) =>
    this.page.getByRole("region").filter({ has: this.page.getByRole("heading", { name: heading }) });
  readonly evidenceItems = (heading: string) => this.stanceSection(heading).getByRole("listitem");
}
