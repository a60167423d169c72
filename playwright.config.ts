import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, findChromium } from "./scripts/chromium";

const port = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${port}`;

// Chromium: the one `npm test` chose (scripts/chromium.ts), else the first found the same way;
// with none, Playwright's own error says `npx playwright install chromium`.
const browser = findChromium();

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".data/reports/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "en-GB",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: browser?.executablePath,
          args: chromiumArgs(browser?.source),
          env: browser ? { ...process.env, ...browser.env } : undefined,
        },
      },
    },
  ],
  webServer: {
    // The production build must exist: `npm test` builds it first (scripts/test.ts).
    command: "npx tsx scripts/e2e-server.ts",
    url: `${baseURL}/sign-in`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
