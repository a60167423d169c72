import { readdirSync } from "node:fs";
import path from "node:path";
import { DEMO, expect, signInThroughApi, signUpThroughApi, test } from "./fixtures";

// Every page of the signed-in app, found from the file system, so that a new page is covered.
const appDir = path.join(import.meta.dirname, "../app/(app)");
function pagesUnder(dir: string, route = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile() && entry.name === "page.tsx") return [route || "/"];
    if (entry.isDirectory()) return pagesUnder(path.join(dir, entry.name), `${route}/${entry.name}`);
    return [];
  });
}
const pages = pagesUnder(appDir);

/** Demo ids for each dynamic segment; a page with a segment missing here fails the test. */
const DEMO_IDS: Record<string, string> = {
  projectId: DEMO.projectId,
  claimId: "demo-claim-5",
  sourceId: "demo-src-pravda",
  token: "not-a-real-invitation-token",
  observerId: "demo-obs-times",
  readingId: "demo-rdg-times",
  argumentId: "demo-argument-fantasy",
};

function concrete(route: string): string {
  return route.replace(/\[(\w+)\]/g, (_, name: string) => {
    const id = DEMO_IDS[name];
    if (!id) throw new Error(`Add a demo id for [${name}] to DEMO_IDS in e2e/authorization.spec.ts`);
    return id;
  });
}

const inProject = pages.filter((route) => route.startsWith("/projects/[projectId]"));
/** Pages that change things: a viewer gets 403. */
const WRITE_PAGES = /\/(new|edit|settings)$/;

test("the page list is found", () => {
  expect(pages).toEqual(
    expect.arrayContaining(["/projects", "/projects/[projectId]/claims/[claimId]", "/settings"]),
  );
});

test("signed out, every page sends to sign-in and back", async ({ page }) => {
  for (const route of pages) {
    const url = concrete(route);
    await page.goto(url);
    await expect(page, url).toHaveURL(
      new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(url).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
    );
  }
});

test("a signed-in stranger gets 404 on every page of a project, with nothing of it shown", async ({
  page,
}) => {
  const stranger = await signUpThroughApi(page.request, "stranger");
  await signInThroughApi(page.request, stranger.email, stranger.password);
  for (const route of inProject) {
    const url = concrete(route);
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByText(DEMO.projectName)).toHaveCount(0);
  }
});

test("a viewer reads every page, and gets 403 on the pages that change things", async ({ page, db }) => {
  const viewer = await signUpThroughApi(page.request, "viewer");
  const user = await db.user.findUniqueOrThrow({ where: { email: viewer.email } });
  await db.membership.create({ data: { projectId: DEMO.projectId, userId: user.id, role: "viewer" } });
  await signInThroughApi(page.request, viewer.email, viewer.password);
  for (const route of inProject) {
    const url = concrete(route);
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(WRITE_PAGES.test(route) ? 403 : 200);
  }
});
