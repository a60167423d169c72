// npm test: the whole suite, in order: type check, lint, unit tests, integration tests on a real
// PostgreSQL, the production build, and Playwright in Chromium against it. Every step runs (the
// end-to-end step needs the build), then one summary; the exit code is non-zero on any failure.
// `npm test -- unit e2e` runs only the named steps.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../lib/db/tooling/migrations";
import { baseEnv, ensureProductionBuild } from "./app-server";
import { ensureChromium, NoChromiumError } from "./chromium";

const reports = path.join(projectRoot, ".data", "reports");
const bin = (name: string) => path.join(projectRoot, "node_modules", ".bin", name);

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface Step {
  name: string;
  run: () => Promise<boolean> | boolean;
  counts?: () => Counts | null;
  needs?: string;
}

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  const result = spawnSync(command, args, {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, ...baseEnv, ...env },
  });
  return result.status === 0;
}

function readJson(file: string): Record<string, unknown> | null {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

function vitestStep(project: "unit" | "integration"): Step {
  const report = path.join(reports, `${project}.json`);
  return {
    name: project,
    run: () => {
      rmSync(report, { force: true });
      return run(bin("vitest"), [
        "run",
        "--project",
        project,
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${report}`,
      ]);
    },
    counts: () => {
      const json = readJson(report) as {
        numPassedTests: number;
        numFailedTests: number;
        numPendingTests: number;
      } | null;
      return (
        json && { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests }
      );
    },
  };
}

const e2eReport = path.join(reports, "e2e.json");

const steps: Step[] = [
  { name: "typecheck", run: () => run(bin("tsc"), ["--noEmit"]) },
  { name: "lint", run: () => run(bin("biome"), ["check", "."]) },
  vitestStep("unit"),
  vitestStep("integration"),
  {
    name: "build",
    run: async () => {
      await ensureProductionBuild({ force: process.env.CI === "true" });
      return true;
    },
  },
  {
    name: "e2e",
    needs: "build",
    run: () => {
      rmSync(e2eReport, { force: true });
      return run(bin("playwright"), ["test"], {
        PLAYWRIGHT_CHROMIUM_EXECUTABLE: browser!.executablePath,
        PLAYWRIGHT_CHROMIUM_SOURCE: browser!.source,
        ...browser!.env,
      });
    },
    counts: () => {
      const json = readJson(e2eReport) as {
        stats: { expected: number; unexpected: number; flaky: number; skipped: number };
      } | null;
      return (
        json && {
          passed: json.stats.expected + json.stats.flaky,
          failed: json.stats.unexpected,
          skipped: json.stats.skipped,
        }
      );
    },
  },
];

const only = process.argv.slice(2);
const unknown = only.filter((name) => !steps.some((step) => step.name === name));
if (unknown.length) {
  console.error(`Unknown step ${unknown.join(", ")}. Steps: ${steps.map((step) => step.name).join(", ")}`);
  process.exit(2);
}
// Asking for e2e alone still builds first.
const selected = only.length
  ? steps.filter((step) => only.includes(step.name) || (step.name === "build" && only.includes("e2e")))
  : steps;

// The browser first, so that a machine without one hears it at once, not after the other steps.
let browser: Awaited<ReturnType<typeof ensureChromium>> | undefined;
if (selected.some((step) => step.name === "e2e")) {
  try {
    browser = await ensureChromium();
    console.log(`Chromium for the end-to-end tests (${browser.source}): ${browser.executablePath}`);
  } catch (error) {
    if (!(error instanceof NoChromiumError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

await mkdir(reports, { recursive: true });
const results: { name: string; ok: boolean | "skipped"; seconds: number; counts: Counts | null }[] = [];
for (const step of selected) {
  const started = Date.now();
  const dependency = step.needs && results.find((result) => result.name === step.needs);
  if (dependency && dependency.ok !== true) {
    results.push({ name: step.name, ok: "skipped", seconds: 0, counts: null });
    continue;
  }
  console.log(`\n━━ ${step.name} ━━`);
  let ok: boolean;
  try {
    ok = await step.run();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    ok = false;
  }
  const counts = step.counts?.() ?? null;
  // A step with any failed test failed, whatever its exit code said; one that should count its
  // tests and wrote no report failed too.
  if (step.counts && (!counts || counts.failed > 0)) ok = false;
  results.push({ name: step.name, ok, seconds: (Date.now() - started) / 1000, counts });
}

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
console.log("\n━━ Summary ━━");
for (const result of results) {
  const status = result.ok === "skipped" ? "skipped" : result.ok ? "ok" : "FAILED";
  const counts = result.counts
    ? ` (${result.counts.passed} passed, ${result.counts.failed} failed${result.counts.skipped ? `, ${result.counts.skipped} skipped` : ""})`
    : "";
  console.log(
    `  ${result.name.padEnd(12)} ${status.padEnd(8)} ${result.seconds.toFixed(1).padStart(6)} s${counts}`,
  );
  if (result.counts) {
    total.passed += result.counts.passed;
    total.failed += result.counts.failed;
    total.skipped += result.counts.skipped;
  }
}
const failedSteps = results.filter((result) => result.ok !== true);
// A step that failed without counting tests (type errors, lint) counts as one failure.
const failed = total.failed + failedSteps.filter((result) => !result.counts?.failed).length;
console.log(
  `\ntests: ${total.passed} passed, ${failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`,
);
process.exit(failedSteps.length ? 1 : 0);
