// What `npm start`, `npm run dev` and the end-to-end tests share: building when the sources
// changed, the local secret, and running Next against a database.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../lib/db/tooling/migrations";

const nextBin = path.join(projectRoot, "node_modules", ".bin", "next");
const buildStampPath = path.join(projectRoot, ".next", "apparatus-build-stamp");
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "prisma/schema.prisma",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

export const baseEnv = { NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };

function* filesUnder(relative: string): Generator<string> {
  const full = path.join(projectRoot, relative);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    yield relative;
    return;
  }
  for (const entry of readdirSync(full, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (entry.name === "node_modules" || entry.name.endsWith(".test.ts")) continue;
    yield* filesUnder(path.join(relative, entry.name));
  }
}

/** A hash of everything the production build depends on. */
function sourceHash(): string {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) {
    for (const file of filesUnder(input)) {
      hash.update(file).update(readFileSync(path.join(projectRoot, file)));
    }
  }
  return hash.digest("hex");
}

/** Runs `next build` unless the last build was made from the same sources. */
export async function ensureProductionBuild(options: { force?: boolean } = {}): Promise<void> {
  const hash = sourceHash();
  const current = existsSync(buildStampPath) ? await readFile(buildStampPath, "utf8") : null;
  if (!options.force && current === hash && existsSync(path.join(projectRoot, ".next", "BUILD_ID"))) {
    console.log("The production build is up to date.");
    return;
  }
  console.log("Building the app (next build); this takes a minute or two the first time…");
  const result = spawnSync(nextBin, ["build"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, ...baseEnv, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("next build failed: see its output above.");
  await writeFile(buildStampPath, hash);
}

/** NEXTAUTH_SECRET from the environment, else one generated once and kept in .data/. */
export async function localAuthSecret(): Promise<string> {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(projectRoot, ".data", "nextauth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * `next start` or `next dev` on the given address. For `start`, WEB_CONCURRENCY=N (N > 1) runs N
 * server processes on the port (scripts/next-workers.mjs), one per core to use.
 */
export function startNext(
  mode: "start" | "dev",
  options: { port: number; host: string; env: Record<string, string> },
): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, ...baseEnv, ...options.env };
  const args = [mode, "--port", String(options.port), "--hostname", options.host];
  const workers = Number(env.WEB_CONCURRENCY ?? 1);
  const [command, commandArgs] =
    mode === "start" && workers !== 1
      ? [process.execPath, [path.join(projectRoot, "scripts", "next-workers.mjs"), ...args]]
      : [nextBin, args];
  return spawn(command, commandArgs, { cwd: projectRoot, stdio: "inherit", env });
}

/** Resolves once the server answers HTTP (any status), or rejects after the timeout. */
export async function waitForServer(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { redirect: "manual" });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`The server did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

/** Stops the children and runs the cleanups once, on Ctrl-C, SIGTERM or the server's own exit. */
export function onShutdown(child: ChildProcess, cleanup: () => Promise<void>): void {
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) child.kill("SIGTERM");
    await cleanup().catch((error) => console.error(error));
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  child.on("exit", (code) => void stop(code ?? 0));
}
