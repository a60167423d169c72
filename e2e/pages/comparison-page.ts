import type { Page } from "@playwright/test";

/** The comparison of a source's readings: the matrix of observers by questions, and its dialogs. */
export class ComparisonPage {
  constructor(private readonly page: Page) {}

  async goto(projectId: string, sourceId: string) {
    await this.page.goto(`/projects/${projectId}/sources/${sourceId}/comparison`);
  }

  readonly matrix = () =>
    this.page.getByRole("region", { name: "The observers side by side" }).getByRole("table");
  readonly observerHeader = (name: string) => this.matrix().getByRole("columnheader", { name });
  readonly row = (question: string) =>
    this.matrix()
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: question }) });
  readonly region = (name: string) => this.page.getByRole("region", { name });

  /** The cell of an observer's answer to a question, found by the observer's column. */
  async cell(question: string, observer: string) {
    const headers = (await this.matrix().getByRole("columnheader").allInnerTexts()).map((text) =>
      text.trim(),
    );
    const column = headers.findIndex((text) => text.startsWith(observer));
    if (column < 1) throw new Error(`No column for ${observer} among ${headers.join(" | ")}`);
    // The first column holds the questions, as row headers rather than cells.
    return this.row(question)
      .getByRole("cell")
      .nth(column - 1);
  }

  async addQuestion(text: string) {
    const form = this.page.getByRole("form", { name: "Add a question" });
    await form.getByLabel("New question").fill(text);
    await form.getByRole("button", { name: "Add question" }).click();
    await this.row(text).waitFor();
  }

  async answer(question: string, observer: string, value: string, note: string) {
    await this.page.getByRole("button", { name: `Answer for ${observer}: ${question}` }).click();
    const dialog = this.page.getByRole("dialog", { name: observer });
    await dialog.getByRole("combobox", { name: "Answer", exact: true }).selectOption(value);
    await dialog.getByRole("textbox", { name: "Note" }).fill(note);
    await dialog.getByRole("button", { name: "Save answer" }).click();
    await dialog.waitFor({ state: "hidden" });
  }
}
