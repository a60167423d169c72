import type { Locator, Page } from "@playwright/test";

/** The argument page: its outline editor and its export panel. */
export class ArgumentEditor {
  readonly outline: Locator;

  constructor(private readonly page: Page) {
    this.outline = page.getByRole("region", { name: "Outline" });
  }

  async add(kind: "Section" | "Claim point" | "Prose", options: { claim?: RegExp; text?: string }) {
    const form = this.page.getByRole("form", { name: "Add to the outline" });
    await form.getByLabel("Kind").selectOption({ label: kind });
    if (options.claim) {
      const select = form.getByLabel("Claim");
      const label = await select.locator("option").filter({ hasText: options.claim }).first().textContent();
      await select.selectOption({ label: label! });
    }
    if (options.text) await form.getByRole("textbox").fill(options.text);
    const count = await this.outline.locator("li").count();
    await form.getByRole("button", { name: "Add" }).click();
    await this.page.waitForFunction(
      (expected) => document.querySelectorAll("section[aria-label='Outline'] li").length === expected,
      count + 1,
    );
  }

  /** The outline's rows as "depth:text" (a claim point without text shows its claim). */
  async rows(): Promise<string[]> {
    return this.outline.locator("li").evaluateAll((items) =>
      items.map((item) => {
        const field = item.querySelector("input, textarea") as HTMLInputElement | null;
        const claim = item.querySelector("span.text-stone-700")?.textContent ?? "";
        return `${item.getAttribute("data-depth")}:${field?.value || claim}`;
      }),
    );
  }

  handle(name: RegExp): Locator {
    return this.outline.getByRole("button", { name });
  }

  async download(format: string) {
    const panel = this.page.getByRole("region", { name: "Export the argument" });
    await panel.getByLabel("File").selectOption({ label: format });
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      panel.getByRole("button", { name: "Download" }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), bytes: new Uint8Array(Buffer.concat(chunks)) };
  }
}
