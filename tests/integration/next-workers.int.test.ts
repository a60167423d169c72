import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const launcher = path.join(import.meta.dirname, "..", "..", "scripts", "next-workers.mjs");

function launch(env: Record<string, string>) {
  return spawnSync(process.execPath, [launcher, "start", "--port", "0", "--hostname", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

// Serving through the launcher is what the end-to-end tests do (scripts/e2e-server.ts runs two
// server processes); these are the ways it must fail rather than loop.
describe("next-workers, the launcher of several server processes", () => {
  it("refuses a WEB_CONCURRENCY that is not a whole number of processes", () => {
    const result = launch({ WEB_CONCURRENCY: "two" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'WEB_CONCURRENCY must be a whole number of server processes, 1 or more (got "two")',
    );
  });

  it("stops, failing, when its servers cannot start, instead of starting them again and again", () => {
    const result = launch({ WEB_CONCURRENCY: "2", NEXT_DIST_DIR: ".next-missing-build" });
    expect(result.status).not.toBe(0);
    expect(result.error).toBeUndefined(); // not killed by the timeout
    expect(result.stderr).toContain("Could not find a production build");
    expect(result.stderr).toContain("failed as it started (code 1); stopping.");
    expect(result.stderr).not.toContain("starting another");
  });
});
