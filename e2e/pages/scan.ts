import { expect, type Page } from "@playwright/test";

/**
 * A source's photo in the viewer: its regions (drawn, added and moved by keyboard), their
 * transcription into passages; and "See on the scan" wherever a passage is shown.
 */
export class ScanPage {
  private photo = "";

  constructor(private readonly page: Page) {}

  /** The viewer of the photo last opened by openPhoto. */
  readonly viewer = () => this.page.getByRole("dialog", { name: this.photo, exact: true });
  readonly tools = () => this.viewer().getByRole("group", { name: "Photo tools" });
  readonly regionsOnPhoto = () =>
    this.viewer().getByRole("group", { name: "Regions on the photo" }).getByRole("button");
  /** A region on the photo by its number: its name is "Region 3, 120 by 40 pixels at 80, 200". */
  readonly region = (number: number) =>
    this.viewer()
      .getByRole("group", { name: "Regions on the photo" })
      .getByRole("button", { name: new RegExp(`^Region ${number},`) });
  readonly focusedRegion = () => this.viewer().locator("[data-region-id]:focus");
  readonly transcribePanel = () => this.viewer().getByRole("region", { name: "Transcribe" });
  readonly progress = () => this.viewer().getByRole("progressbar");
  readonly editor = () => this.viewer().getByRole("form", { name: /^Transcription of/ });
  readonly alerts = () => this.viewer().getByRole("alert");

  /** Opens a photo of the source page by its caption (or file name), its regions loaded. */
  async openPhoto(name: string) {
    this.photo = name;
    await this.page.getByRole("button", { name: `Open ${name}`, exact: true }).click();
    await this.viewer()
      .getByRole("heading", { name: /^Regions \(\d+\)$/ })
      .waitFor();
  }

  /** "Add region" with the keyboard; the new region takes the focus. Returns its name. */
  async addRegionByKeyboard(): Promise<string> {
    const count = await this.regionsOnPhoto().count();
    await this.tools().getByRole("button", { name: "Add region" }).focus();
    await this.page.keyboard.press("Enter");
    await expect(this.regionsOnPhoto()).toHaveCount(count + 1);
    await expect(this.focusedRegion()).toHaveCount(1);
    return (await this.focusedRegion().getAttribute("aria-label"))!;
  }

  /**
   * Presses `key` ("ArrowRight", "Shift+ArrowDown", "Alt+ArrowLeft") `times` on the focused
   * region, waits until the move is saved, and returns the region's name.
   */
  async moveFocusedRegion(key: string, times = 1): Promise<string> {
    for (let press = 0; press < times; press += 1) await this.page.keyboard.press(key);
    await this.waitForSaved();
    return (await this.focusedRegion().getAttribute("aria-label"))!;
  }

  /** Waits until no move waits for its save. */
  async waitForSaved() {
    await expect(this.tools().getByText("Saved.", { exact: true })).toBeVisible();
  }

  /**
   * Draws a region with the mouse, from one corner to the other, each given as fractions (0 to 1)
   * of the photo as shown.
   */
  async drawRegion(from: { x: number; y: number }, to: { x: number; y: number }) {
    const count = await this.regionsOnPhoto().count();
    await this.tools().getByRole("button", { name: "Draw a region" }).click();
    // Turned or not, the layer's box on the screen is the photo as shown.
    const box = (await this.viewer().getByRole("group", { name: "Regions on the photo" }).boundingBox())!;
    await this.page.mouse.move(box.x + from.x * box.width, box.y + from.y * box.height);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + to.x * box.width, box.y + to.y * box.height, { steps: 5 });
    await this.page.mouse.up();
    await expect(this.regionsOnPhoto()).toHaveCount(count + 1);
    await this.tools().getByRole("button", { name: "Draw a region" }).click();
  }

  async turn(direction: "left" | "right") {
    await this.tools()
      .getByRole("button", { name: `Turn ${direction}` })
      .click();
  }

  /** Chooses the region to transcribe ("Region 1"), or "The whole photo". */
  async choose(part: string) {
    await this.transcribePanel().getByLabel("Part of the photo").selectOption({ label: part });
  }

  /** Starts OCR of the chosen region (or the whole photo) in a language, by its name ("English"). */
  async transcribe(language: string) {
    const panel = this.transcribePanel();
    await panel.getByLabel("Language").selectOption({ label: language });
    await panel.getByRole("button", { name: "Transcribe", exact: true }).click();
  }

  /** Waits for OCR to finish (a progress bar shows meanwhile) and the editor to open with its reading. */
  async waitForTranscription(timeout = 60_000) {
    await this.editor().waitFor({ timeout });
  }

  /** Opens the editor empty, to type what OCR cannot read (handwriting). */
  async typeTheText(text: string) {
    await this.transcribePanel().getByRole("button", { name: "Type the text" }).click();
    await this.editor().getByLabel("Text, as on the page").fill(text);
  }

  /** The text the editor holds, its lines joined by newlines. */
  async transcriptionText(): Promise<string> {
    const lines = this.editor().getByRole("list", { name: "Lines read" }).getByRole("textbox");
    if (await lines.count()) {
      const values = await lines.evaluateAll((inputs) =>
        inputs.map((input) => (input as HTMLInputElement).value),
      );
      return values.join("\n");
    }
    return this.editor().getByLabel("Text, as on the page").inputValue();
  }

  /** Saves the editor's text as a passage of the source, resting on the region. */
  async saveAsPassage(fields: { folio?: string; page?: string } = {}) {
    const editor = this.editor();
    if (fields.page) await editor.getByLabel("Page", { exact: true }).fill(fields.page);
    if (fields.folio) await editor.getByLabel("Folio", { exact: true }).fill(fields.folio);
    await editor.getByRole("button", { name: "Save as passage" }).click();
    await editor.waitFor({ state: "hidden" });
    await this.viewer().getByRole("status").filter({ hasText: "Saved as a passage" }).waitFor();
  }

  /** Attaches the selected region to a passage of the source, by its label's text. */
  async attachTo(passage: string | RegExp) {
    const select = this.viewer().getByLabel("Attach to a passage");
    const label = await select.locator("option").filter({ hasText: passage }).first().textContent();
    await select.selectOption({ label: label! });
    await this.viewer().getByRole("button", { name: "Attach", exact: true }).click();
    await this.viewer().getByRole("status").filter({ hasText: "attached" }).waitFor();
  }

  async closePhoto() {
    await this.viewer().getByRole("button", { name: "Close" }).click();
    await this.viewer().waitFor({ state: "hidden" });
  }

  /**
   * Clicks "See on the scan" (the first on the page, or the one for `context`) and returns its
   * dialog, named "Photo 12, region 3 (f. 14r)", once the zoomed photo has loaded.
   */
  async seeOnScan(context?: string) {
    const button = context
      ? this.page.getByRole("button", { name: `See on the scan: ${context}` })
      : this.page.getByRole("button", { name: /^See on the scan/ }).first();
    await button.click();
    const dialog = this.page.getByRole("dialog", { name: /^Photo \d+, region \d+/ });
    await dialog.waitFor();
    await expect
      .poll(() =>
        dialog.getByRole("img").evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)),
      )
      .toBeGreaterThan(0);
    return dialog;
  }
}
