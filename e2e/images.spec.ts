import sharp from "sharp";
import { apiWrite, expect, signInThroughApi, signUpThroughApi, test } from "./fixtures";
import { SearchPage } from "./pages/search-page";

test("an archive trip's photos: added to a source with progress, a refused file named, captioned, linked to a passage, browsed by keyboard", async ({
  page,
}) => {
  const account = await signUpThroughApi(page.request, "archive-trip");
  await signInThroughApi(page.request, account.email, account.password);
  const project = await (
    await apiWrite(page.request, "post", "/api/v1/projects", { name: "Kew, March" })
  ).json();
  const projectId = project.data.id;
  const source = await (
    await apiWrite(page.request, "post", `/api/v1/projects/${projectId}/sources`, {
      kind: "dispatch",
      title: "Chilston to Halifax, 18 February 1938",
      archive: "The National Archives",
    })
  ).json();
  const sourceId = source.data.id;
  await apiWrite(page.request, "post", `/api/v1/sources/${sourceId}/passages`, {
    text: "Stalin's letter is addressed to the party, not to foreign governments.",
    folio: "14r",
  });

  const photo = (color: string) =>
    sharp({ create: { width: 900, height: 1200, channels: 3, background: color } })
      .jpeg()
      .toBuffer();
  await page.goto(`/projects/${projectId}/sources/${sourceId}`);
  await expect(page.getByRole("heading", { name: "Photos and scans (0)" })).toBeVisible();

  await page.getByLabel("Add photos or scans…").setInputFiles([
    { name: "IMG_0412.jpg", mimeType: "image/jpeg", buffer: await photo("#d9c7a0") },
    { name: "IMG_0413.jpg", mimeType: "image/jpeg", buffer: await photo("#c2b080") },
    { name: "notes.jpg", mimeType: "image/jpeg", buffer: Buffer.from("not a photo") },
  ]);
  await expect(page.getByRole("heading", { name: "Photos and scans (2)" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Not added" })).toContainText(
    "Not added: The file could not be read as an image",
  );
  await expect(page.getByRole("listitem").filter({ hasText: "notes.jpg" })).toBeVisible();
  const thumbnails = page.getByRole("button", { name: /^Open IMG_041/ });
  await expect(thumbnails).toHaveCount(2);
  // The thumbnail really loads (a WebP from the server), not a broken image.
  await expect
    .poll(() =>
      thumbnails
        .first()
        .locator("img")
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBeGreaterThan(0);

  // The viewer: caption and passage, saved; → moves to the next photo; Esc closes.
  await thumbnails.first().click();
  const viewer = page.getByRole("dialog");
  await expect(viewer.getByText("IMG_0412.jpg, 900 × 1200 pixels")).toBeVisible();
  await viewer.getByLabel("Caption").fill("f. 14r");
  await viewer.getByLabel("Shows the passage").selectOption({ index: 1 });
  await viewer.getByRole("button", { name: "Save" }).click();
  await expect(viewer.getByText("Saved.")).toBeVisible();
  await viewer.getByText("← and → move between the images.").click();
  await page.keyboard.press("ArrowRight");
  await expect(viewer.getByText("IMG_0413.jpg, 900 × 1200 pixels")).toBeVisible();
  await expect(viewer.getByText("2 of 2")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(viewer).toBeHidden();
  // The keyboard is back on the photo last shown.
  await expect(page.getByRole("button", { name: "Open IMG_0413.jpg" })).toBeFocused();

  // Kept: after a reload the caption and the passage are shown under the thumbnail.
  await page.reload();
  const captioned = page.getByRole("button", { name: "Open f. 14r" });
  await expect(captioned).toContainText("shows fol. 14r: Stalin's letter");
  // And the passage shows its photo, which opens at full size.
  const passagePhoto = page.getByRole("list", { name: "Photos of this passage" }).getByRole("link");
  await expect(passagePhoto).toHaveText("Photo: f. 14r");
  const original = await page.request.get((await passagePhoto.getAttribute("href"))!);
  expect(original.headers()["content-type"]).toBe("image/jpeg");
  expect((await original.body()).length).toBeGreaterThan(1000);

  // Found by search, by its caption: the hit shows the thumbnail and opens the viewer on it.
  const search = new SearchPage(page);
  await search.searchWithShortcut("f. 14r");
  const hit = search.hit("Photo", "f. 14r");
  await expect
    .poll(() => hit.locator("img").evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  await hit.click();
  await expect(page.getByRole("dialog").getByLabel("Caption")).toHaveValue("f. 14r");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();

  // Deleted, after confirming.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Open IMG_0413.jpg" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("heading", { name: "Photos and scans (1)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Open IMG_0413.jpg" })).toHaveCount(0);
});
