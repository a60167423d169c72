import { unzipSync } from "fflate";
import { DEMO, expect, signInThroughApi, test } from "./fixtures";
import { ArgumentEditor } from "./pages/argument-editor";

test.beforeEach(async ({ page }) => {
  await signInThroughApi(page.request, DEMO.email, DEMO.password);
});

test("an argument built by keyboard from the demo's claims goes to Word with its footnotes", async ({
  page,
}) => {
  const title = `Chapter ${Date.now()}`;
  await page.goto(`/projects/${DEMO.projectId}/arguments`);
  const form = page.getByRole("form", { name: "New argument" });
  await form.getByLabel("Title").fill(title);
  await form.getByRole("button", { name: "Create argument" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const editor = new ArgumentEditor(page);
  await editor.add("Section", { text: "The statement of February 1938" });
  await editor.add("Claim point", { claim: /^C5\./, text: "Stalin meant the world to hear it." });
  await editor.add("Claim point", { claim: /^C2\./, text: "The defensive reading is a fantasy." });
  expect(await editor.rows()).toEqual([
    "0:The statement of February 1938",
    "1:Stalin meant the world to hear it.",
    "1:The defensive reading is a fantasy.",
  ]);

  // Alt+↑ moves the C2 point above the C5 one, and the moved point keeps the focus.
  const handle = editor.handle(/Move “The defensive reading is a fantasy\.”/);
  await handle.focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect
    .poll(() => editor.rows())
    .toEqual([
      "0:The statement of February 1938",
      "1:The defensive reading is a fantasy.",
      "1:Stalin meant the world to hear it.",
    ]);
  await expect(handle).toBeFocused();
  // Alt+→ puts the C5 point under the C2 one, Alt+← takes it out again.
  const c5 = editor.handle(/Move “Stalin meant the world to hear it\.”/);
  await c5.focus();
  await page.keyboard.press("Alt+ArrowRight");
  await expect.poll(async () => (await editor.rows())[2]).toBe("2:Stalin meant the world to hear it.");
  await page.keyboard.press("Alt+ArrowLeft");
  await expect.poll(async () => (await editor.rows())[2]).toBe("1:Stalin meant the world to hear it.");

  // The order is saved (the editor says so once the server has it): a reload shows it.
  await expect(page.getByRole("status").filter({ hasText: "Outdented: Stalin meant" })).toHaveCount(1);
  await page.reload();
  expect(await editor.rows()).toEqual([
    "0:The statement of February 1938",
    "1:The defensive reading is a fantasy.",
    "1:Stalin meant the world to hear it.",
  ]);

  const file = await editor.download("Word (.docx)");
  expect(file.name).toMatch(/^chapter-\d+-apparatus-chicago-fullnote-bibliography\.docx$/);
  const parts = unzipSync(file.bytes);
  const document = new TextDecoder().decode(parts["word/document.xml"]!);
  const footnotes = new TextDecoder().decode(parts["word/footnotes.xml"]!);
  expect([...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map(([, id]) => id)).toEqual([
    "1",
    "2",
  ]);
  // Note 1 (C2) cites Raack's book in full; note 2 (C5) the Pravda letter.
  expect(footnotes).toContain("Stalin’s Drive to the West");
  expect(footnotes).toContain("Pravda");
  expect(document).toContain("The statement of February 1938");
  expect(document).toContain("Evidence check");
});
