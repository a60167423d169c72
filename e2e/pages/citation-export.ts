import type { Page } from "@playwright/test";

/** The export controls (on a claim, the project's export page, a selection of sources). */
export class CitationExport {
  constructor(
    private readonly page: Page,
    readonly name: string | RegExp,
  ) {}

  readonly panel = () => this.page.getByRole("region", { name: this.name });

  async open() {
    await this.page.getByRole("button", { name: this.name }).click();
  }

  async chooseStyle(search: string, title: string) {
    await this.panel().getByRole("searchbox").fill(search);
    const list = this.panel().getByRole("listbox", { name: "Citation style" });
    await list.getByRole("option", { name: title, exact: true }).waitFor();
    await list.selectOption({ label: title });
  }

  /** Downloads the export and returns the file's name and text. */
  async download(format: string, file?: string) {
    await this.panel().getByLabel("Format").selectOption({ label: format });
    if (file) await this.panel().getByLabel("File").selectOption({ label: file });
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.panel().getByRole("button", { name: "Download" }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
  }
}

/** The import panel of the project's export and import page. */
export class CitationImport {
  constructor(private readonly page: Page) {}

  readonly panel = () => this.page.getByRole("region", { name: "Import sources" });
  readonly rows = () =>
    this.panel()
      .getByRole("table")
      .getByRole("row")
      .filter({ has: this.page.getByRole("cell") });

  async goto(projectId: string) {
    await this.page.goto(`/projects/${projectId}/export`);
  }

  async upload(name: string, text: string) {
    await this.panel()
      .getByLabel("Upload a file")
      .setInputFiles({ name, mimeType: "application/x-bibtex", buffer: Buffer.from(text) });
    await this.panel().getByRole("button", { name: "Check the file" }).click();
  }
}
