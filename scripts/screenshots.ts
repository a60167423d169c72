// npm run screenshots: signs in as the demo historian on a running app (BASE_URL, default
// http://localhost:3000) and saves the README's screenshots to docs/.
import path from "node:path";
import { chromium } from "@playwright/test";
import { projectRoot } from "../lib/db/tooling/migrations";
import { chromiumArgs, ensureChromium } from "./chromium";

const baseURL = process.env.BASE_URL ?? "http://localhost:3000";
const found = await ensureChromium();
const browser = await chromium.launch({
  executablePath: found.executablePath,
  args: chromiumArgs(found.source),
  env: { ...process.env, ...found.env },
});
const page = await browser.newPage({ baseURL, viewport: { width: 1280, height: 900 } });
const shot = (name: string) =>
  page.screenshot({ path: path.join(projectRoot, "docs", `${name}.png`), fullPage: true });

await page.goto("/sign-in");
await shot("sign-in");
await page.getByLabel("Email").fill("historian@example.org");
await page.getByLabel("Password").fill("apparatus-demo");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL("**/projects");
await shot("projects");
await page.goto("/projects/demo-project");
await shot("claims");
await page.goto("/projects/demo-project/claims/demo-claim-5");
await shot("claim");
await page.goto("/projects/demo-project/claims/demo-claim-2");
await shot("claim-2");
await page.goto("/projects/demo-project/sources/demo-src-pravda/comparison");
await shot("comparison");
await page.goto("/projects/demo-project/sources/demo-src-pravda");
await shot("source");
await page.goto(`/projects/demo-project/search?${new URLSearchParams({ q: "Journal de Moscou" })}`);
await shot("search");
await browser.close();
console.log("Screenshots saved in docs/.");
