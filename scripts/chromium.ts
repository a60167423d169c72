// The Chromium that the end-to-end tests (and the README's screenshots) drive, in this order:
// PLAYWRIGHT_CHROMIUM_EXECUTABLE; Playwright's own (`npx playwright install chromium`); a Chromium
// or Chrome installed on the machine; on linux-x64, the one that `npm install` brought from the
// npm registry in @sparticuz/chromium, unpacked once under .data/browsers. Else a one-line
// message that names the command to get one.
import {
  accessSync,
  constants,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";
import { chromium } from "@playwright/test";
import { extract } from "tar-fs";

const projectRoot = path.resolve(import.meta.dirname, "..");
const browsersDir = path.join(projectRoot, ".data", "browsers");

export type ChromiumSource = "environment" | "playwright" | "system" | "npm";

export interface FoundChromium {
  executablePath: string;
  source: ChromiumSource;
  /** Variables the browser needs (fonts of the npm build when the machine has no fontconfig). */
  env: Record<string, string>;
}

export const GET_A_BROWSER =
  "No Chromium for the end-to-end tests: run `npx playwright install chromium` (or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium or Chrome).";

export class NoChromiumError extends Error {}

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, process.platform === "win32" ? constants.R_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function systemCandidates(): string[] {
  switch (process.platform) {
    case "darwin":
      return [
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      ];
    case "win32": {
      const roots = [process.env.PROGRAMFILES, process.env["PROGRAMFILES(X86)"], process.env.LOCALAPPDATA];
      return roots
        .filter((root): root is string => !!root)
        .flatMap((root) => [
          path.join(root, "Chromium", "Application", "chrome.exe"),
          path.join(root, "Google", "Chrome", "Application", "chrome.exe"),
        ]);
    }
    default:
      return [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/snap/bin/chromium",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
      ];
  }
}

/** The @sparticuz/chromium build that npm installed, where it runs (linux-x64), else null. */
function npmBuild(): { bin: string; target: string } | null {
  if (process.platform !== "linux" || process.arch !== "x64") return null;
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve("@sparticuz/chromium");
  } catch {
    return null;
  }
  const packageDir = path.resolve(path.dirname(entry), "..");
  const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as {
    version: string;
  };
  return { bin: path.join(packageDir, "bin"), target: path.join(browsersDir, `chromium-${version}`) };
}

function npmBuildEnv(target: string): Record<string, string> {
  // The machine's fontconfig finds its own fonts; without one, the build's Open Sans (Latin and
  // Cyrillic) through a fonts.conf of our own.
  return existsSync("/etc/fonts/fonts.conf") ? {} : { FONTCONFIG_PATH: path.join(target, "fonts") };
}

/** A Chromium already on the machine (the npm build only once unpacked), without unpacking anything. */
export function findChromium(): FoundChromium | null {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (!isExecutableFile(fromEnv)) {
      throw new NoChromiumError(
        `PLAYWRIGHT_CHROMIUM_EXECUTABLE is ${fromEnv}, which is not an executable file: point it at a Chromium or Chrome, or unset it.`,
      );
    }
    return { executablePath: fromEnv, source: "environment", env: {} };
  }
  const playwrights = chromium.executablePath();
  if (isExecutableFile(playwrights)) return { executablePath: playwrights, source: "playwright", env: {} };
  const system = systemCandidates().find(isExecutableFile);
  if (system) return { executablePath: system, source: "system", env: {} };
  const build = npmBuild();
  const unpacked = build && path.join(build.target, "chromium");
  if (build && unpacked && isExecutableFile(unpacked)) {
    return { executablePath: unpacked, source: "npm", env: npmBuildEnv(build.target) };
  }
  return null;
}

async function unpackNpmBuild(build: { bin: string; target: string }): Promise<void> {
  const partial = `${build.target}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  await pipeline(
    createReadStream(path.join(build.bin, "chromium.br")),
    createBrotliDecompress(),
    createWriteStream(path.join(partial, "chromium"), { mode: 0o755 }),
  );
  // SwiftShader (software GL) beside the binary, where Chromium looks for it; the fonts apart.
  await pipeline(
    createReadStream(path.join(build.bin, "swiftshader.tar.br")),
    createBrotliDecompress(),
    extract(partial),
  );
  const fonts = path.join(partial, "fonts");
  await pipeline(
    createReadStream(path.join(build.bin, "fonts.tar.br")),
    createBrotliDecompress(),
    extract(fonts),
  );
  const finalFonts = path.join(build.target, "fonts");
  writeFileSync(
    path.join(fonts, "fonts.conf"),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${finalFonts}/fonts</dir>\n  <cachedir>${finalFonts}/cache</cachedir>\n</fontconfig>\n`,
  );
  rmSync(build.target, { recursive: true, force: true });
  renameSync(partial, build.target);
}

/** A Chromium to drive: one on the machine, else the npm build unpacked; else NoChromiumError. */
export async function ensureChromium(): Promise<FoundChromium> {
  const found = findChromium();
  if (found) return found;
  const build = npmBuild();
  if (!build) throw new NoChromiumError(GET_A_BROWSER);
  console.log(
    `Unpacking the Chromium of @sparticuz/chromium into ${path.relative(projectRoot, build.target)} (once)`,
  );
  await unpackNpmBuild(build);
  return {
    executablePath: path.join(build.target, "chromium"),
    source: "npm",
    env: npmBuildEnv(build.target),
  };
}

/**
 * Chromium's flags: no sandbox as root or for the npm build (a headless shell made for serverless
 * machines, without the setuid sandbox helper), and no calls home on a closed network.
 */
export function chromiumArgs(source?: ChromiumSource): string[] {
  return [
    ...(process.getuid?.() === 0 || source === "npm" ? ["--no-sandbox"] : []),
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-gpu",
  ];
}
