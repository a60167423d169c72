import { unzipSync } from "fflate";
import { DEMO, expect, signInThroughApi, test } from "./fixtures";

// A project leaves as one archive and comes back whole, by a historian's clicks.

test("the demo project is downloaded as an archive, checked, and restored as a new project", async ({
  page,
  db,
}) => {
  await signInThroughApi(page.request, DEMO.email, DEMO.password);
  await page.goto(`/projects/${DEMO.projectId}/settings`);
  const panel = page.getByRole("region", { name: "Take the project with you" });
  await panel.getByRole("button", { name: "Download archive" }).click();
  const link = panel.getByRole("link", { name: /\.apparatus\.zip$/ });
  await expect(link).toBeVisible({ timeout: 60_000 });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const archivePath = await download.path();
  const members = unzipSync(new Uint8Array(await (await import("node:fs/promises")).readFile(archivePath)));
  const manifest = JSON.parse(new TextDecoder().decode(members["manifest.json"]));
  expect(manifest.format).toBe("apparatus-project-archive");
  const sources = await db.source.count({ where: { projectId: DEMO.projectId } });
  expect(manifest.counts.sources).toBe(sources);

  await panel.getByRole("link", { name: "Restore from archive" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Restore from archive" })).toBeVisible();
  await page.getByLabel("Project archive (.zip)").setInputFiles(archivePath);
  await page.getByRole("button", { name: "Check archive" }).click();
  const report = page.getByRole("region", { name: "What the restore will create" });
  await expect(report.getByRole("row", { name: new RegExp(`^Sources ${sources}$`) })).toBeVisible();
  await expect(report).toContainText("you (owner)");
  const name = `Restored ${Date.now()}`;
  await report.getByLabel("Name of the new project").fill(name);
  await report.getByRole("button", { name: "Restore as a new project" }).click();
  const open = page.getByRole("link", { name: `Open ${name}` });
  await expect(open).toBeVisible({ timeout: 60_000 });
  await open.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const restored = await db.project.findFirstOrThrow({
    where: { name },
    include: { _count: { select: { sources: true, claims: true } } },
  });
  expect(restored._count.sources).toBe(sources);
  expect(restored._count.claims).toBe(await db.claim.count({ where: { projectId: DEMO.projectId } }));
});

test("a file that is not an archive is refused with its reason, and the file stays chosen", async ({
  page,
}) => {
  await signInThroughApi(page.request, DEMO.email, DEMO.password);
  await page.goto("/projects/restore");
  const input = page.getByLabel("Project archive (.zip)");
  await input.setInputFiles({
    name: "notes.zip",
    mimeType: "application/zip",
    buffer: Buffer.from("not a zip at all"),
  });
  await page.getByRole("button", { name: "Check archive" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "cannot be restored" })).toContainText(
    "This archive cannot be restored: it is not a zip file",
  );
  await expect(page.getByRole("button", { name: "Check archive" })).toBeEnabled();
  expect(await input.evaluate((element) => (element as HTMLInputElement).files?.[0]?.name)).toBe("notes.zip");
});
