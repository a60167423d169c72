import sharp from "sharp";
import { drawWithBundledFonts } from "../tests/bundled-fonts";
import { apiWrite, expect, signInThroughApi, signUpThroughApi, test } from "./fixtures";
import { ClaimEvidence } from "./pages/claim-evidence";
import { ScanPage } from "./pages/scan";

drawWithBundledFonts();

// From an archive photo to a quoted passage: a region drawn by keyboard, read by OCR in the
// server, corrected and saved as a passage, linked as evidence, and seen on its scan from the claim.

/** A typescript page photographed: lines of text on a large, mostly empty sheet. */
function typescriptPage(lines: string[]) {
  const text = lines
    .map(
      (line, index) =>
        `<text x="120" y="${260 + index * 90}" font-family="DejaVu Serif, serif" font-size="52" fill="#1a1a1a">${line}</text>`,
    )
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200"><rect width="100%" height="100%" fill="#f7f2e4"/>${text}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer();
}

test("a region drawn by keyboard is transcribed by OCR, saved as a passage, linked as evidence and opened on its scan", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const account = await signUpThroughApi(page.request, "ocr");
  await signInThroughApi(page.request, account.email, account.password);
  const project = (
    await (await apiWrite(page.request, "post", "/api/v1/projects", { name: "Kew, day two" })).json()
  ).data;
  const source = (
    await (
      await apiWrite(page.request, "post", `/api/v1/projects/${project.id}/sources`, {
        kind: "minute",
        title: "[Northern Department minute on the Moscow dispatch]",
        language: "en",
        archive: "The National Archives",
      })
    ).json()
  ).data;
  const uploaded = await page.request.post(
    `/api/v1/sources/${source.id}/images?fileName=IMG_0520.jpg&caption=f.%2014`,
    {
      data: await typescriptPage([
        "The victory of socialism",
        "cannot be considered final",
        "Moscow, February 1938",
      ]),
      headers: {
        "content-type": "image/jpeg",
        origin: `http://127.0.0.1:${process.env.E2E_PORT ?? 3107}`,
      },
    },
  );
  expect(uploaded.status()).toBe(201);
  const claim = (
    await (
      await apiWrite(page.request, "post", `/api/v1/projects/${project.id}/claims`, {
        statement: "Stalin meant the world to hear it.",
      })
    ).json()
  ).data;

  await page.goto(`/projects/${project.id}/sources/${source.id}`);
  const scan = new ScanPage(page);
  await scan.openPhoto("f. 14");
  // A region by keyboard: added in the middle of the photo, moved up and widened with the arrows.
  const added = await scan.addRegionByKeyboard();
  expect(added).toBe("Region 1, 800 by 600 pixels at 400, 300");
  await scan.moveFocusedRegion("ArrowUp", 10);
  await scan.moveFocusedRegion("ArrowLeft", 30);
  await scan.moveFocusedRegion("Shift+ArrowRight", 20);
  // Two lines high: the third line ("Moscow, …") stays outside.
  const moved = await scan.moveFocusedRegion("Shift+ArrowUp", 42);
  expect(moved).toBe("Region 1, 1000 by 180 pixels at 100, 200");

  await scan.choose("Region 1");
  await scan.transcribe("English");
  await scan.waitForTranscription();
  const read = (await scan.transcriptionText()).toLowerCase();
  for (const word of ["victory", "socialism", "considered", "final"]) expect(read).toContain(word);
  expect(read).not.toContain("moscow");
  await scan.saveAsPassage({ folio: "14" });
  await expect(scan.region(1)).toBeVisible();
  await scan.closePhoto();

  // Linked as evidence from the claim's form, found by its words.
  await page.goto(`/projects/${project.id}/claims/${claim.id}`);
  const evidence = new ClaimEvidence(page);
  await evidence.open();
  await evidence.findPassage("socialism", /socialism/i);
  await evidence.link("supports");
  await expect(page.getByRole("region", { name: /^Supporting \(1\)/ })).toContainText(/victory/i);

  // And seen where it stands on the photo.
  const shown = await scan.seeOnScan();
  await expect(shown).toHaveAccessibleName(/^Photo 1, region 1 \(f\. 14\)/);
  await expect(shown.getByRole("link", { name: "Open the whole photo" })).toBeVisible();
  await page.keyboard.press("Escape");

  // The words OCR read are found by search, and the hit opens them on the scan.
  await page.goto(`/projects/${project.id}/search?${new URLSearchParams({ q: "considered final" })}`);
  await expect(page.getByRole("region", { name: "Results" }).getByRole("listitem").first()).toContainText(
    /considered final/i,
  );
  const fromSearch = await scan.seeOnScan();
  await expect(fromSearch).toHaveAccessibleName(/^Photo 1, region 1 \(f\. 14\)/);
});
