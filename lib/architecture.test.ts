import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The layering of lib/, read from the import statements of its files: HTTP (lib/api) at the top,
// no import circles, and the database tooling (embedded PostgreSQL, schema engine, migrations)
// reached only by scripts/ and tests/, never by the app.

const root = path.resolve(import.meta.dirname, "..");
const API = "lib/api/";
const DB_TOOLING = "lib/db/tooling/";
/** Folders that may use the database tooling: the scripts that start, migrate and seed, and the tests. */
const TOOLING_USERS = ["scripts/", "tests/", DB_TOOLING];
const SKIPPED = new Set(["node_modules", "test-results", "playwright-report", "generated"]);
const SOURCE = /\.(ts|tsx|mts|mjs)$/;
const EXTENSIONS = ["", ".ts", ".tsx", ".mts", ".mjs", "/index.ts", "/index.tsx"];

/** Source files under a folder, as paths relative to the project root with forward slashes. */
function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    if (SKIPPED.has(entry.name) || entry.name.startsWith(".") || entry.name.endsWith(".d.ts")) continue;
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...sourceFiles(relative));
    else if (SOURCE.test(entry.name)) files.push(relative);
  }
  return files;
}

/** What a file imports: `… from "x"`, `import "x"` and `import("x")`, type-only imports included. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const pattern of [
    /\bfrom\s*["']([^"']+)["']/g,
    /^\s*import\s*["']([^"']+)["']/gm,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
  ]) {
    for (const match of source.matchAll(pattern)) found.push(match[1]!);
  }
  return found;
}

/** A project file a specifier names ("@/lib/x", "./x", "../lib/x"), or undefined for a package. */
function resolveImport(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return undefined;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    const absolute = path.join(root, candidate);
    if (existsSync(absolute) && statSync(absolute).isFile()) return candidate;
  }
  return undefined;
}

const importsCache = new Map<string, string[]>();
function importsOf(file: string): string[] {
  let imports = importsCache.get(file);
  if (imports === undefined) {
    const source = readFileSync(path.join(root, file), "utf8");
    imports = [...new Set(specifiers(source).flatMap((specifier) => resolveImport(file, specifier) ?? []))];
    importsCache.set(file, imports);
  }
  return imports;
}

/** The import circles among some files (Tarjan's strongly connected components of two or more). */
function importCircles(files: string[]): string[][] {
  const inSet = new Set(files);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  let next = 0;
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next);
    next++;
    stack.push(file);
    onStack.add(file);
    for (const target of importsOf(file)) {
      if (!inSet.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || importsOf(file).includes(file)) circles.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return circles;
}

const libFiles = sourceFiles("lib");
const projectFiles = sourceFiles("");

describe("the layers of lib/", () => {
  it("reads the imports it checks", () => {
    expect(importsOf("lib/api/route.ts").some((file) => file.startsWith("lib/errors/"))).toBe(true);
    expect(importsOf("scripts/start.ts")).toContain(`${DB_TOOLING}migrations.ts`);
  });

  it("keeps HTTP at the top: no file outside lib/api imports lib/api", () => {
    const offending = libFiles
      .filter((file) => !file.startsWith(API))
      .flatMap((file) =>
        importsOf(file)
          .filter((target) => target.startsWith(API))
          .map((target) => `${file} imports ${target}`),
      );
    expect(offending).toEqual([]);
  });

  it("has no import circle", () => {
    expect(importCircles(libFiles).map((circle) => circle.join(" <-> "))).toEqual([]);
  });

  it("leaves the database tooling to scripts/ and tests/: the app never imports it", () => {
    const offending = projectFiles
      .filter((file) => !TOOLING_USERS.some((folder) => file.startsWith(folder)))
      .flatMap((file) =>
        importsOf(file)
          .filter((target) => target.startsWith(DB_TOOLING))
          .map((target) => `${file} imports ${target}`),
      );
    expect(offending).toEqual([]);
  });
});
