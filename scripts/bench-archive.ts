// npm run bench:archive [-- --photos-mb 2048] [--skip-bench-project]
// Times a project archive's export and restore, and their peak memory, and prints medians. A
// benchmark, not a test: it passes or fails nothing.
//  - the 100,000-source project of `npm run bench:seed` (run it first): rows, no photos;
//  - a photo project made here: photos of 20 MB each up to --photos-mb (2 GB by default), since
//    photos are most of a real archive's bytes (their contents are random: neither step decodes
//    an image).
// Each export and each restore runs in a child process of its own, so that its peak resident
// memory (maxRSS) is its own. BENCH_RUNS exports (default 3) and RESTORE_RUNS restores (default 1)
// of each project; each restored copy is deleted afterwards.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { applyMigrations, projectRoot } from "../lib/db/tooling/migrations";
import { openBenchDatabase, readManifest } from "./bench-database";

const { values: args } = parseArgs({
  options: {
    child: { type: "string" },
    project: { type: "string" },
    file: { type: "string" },
    owner: { type: "string" },
    "photos-mb": { type: "string", default: "2048" },
    "skip-bench-project": { type: "boolean", default: false },
  },
});

// ─── In a child: one export or one restore, then its figures as a JSON line ─────────────────

if (args.child) {
  const { performance } = await import("node:perf_hooks");
  const start = performance.now();
  let extra: Record<string, unknown> = {};
  if (args.child === "export") {
    const { writeProjectArchive } = await import("../lib/archive/export");
    const manifest = await writeProjectArchive(args.project!, args.file!, {
      privateNotes: { of: "backup" },
      exportedBy: null,
    });
    extra = {
      rows: Object.values(manifest.counts).reduce((a, b) => a + b, 0),
      bytes: (await stat(args.file!)).size,
    };
  } else {
    const { restoreArchive } = await import("../lib/archive/restore");
    const result = await restoreArchive(args.file!, args.owner!);
    extra = { projectId: result.projectId };
  }
  const ms = performance.now() - start;
  // maxRSS is in kilobytes.
  console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, ...extra }));
  const { prisma } = await import("../lib/db/client");
  await prisma.$disconnect();
  process.exit(0);
}

// ─── The bench itself ───────────────────────────────────────────────────────────────────────

const EXPORT_RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RESTORE_RUNS = Number(process.env.RESTORE_RUNS ?? 1);
const PHOTO_MB = 20;
const HEAP_CAP_MB = 128;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const database = await openBenchDatabase();
await applyMigrations(database.url);
const raw = new pg.Client({ connectionString: database.url });
await raw.connect();
const work = await mkdtemp(path.join(tmpdir(), "apparatus-bench-archive-"));

function child(
  mode: "export" | "restore",
  extra: string[],
  nodeArgs: string[] = [],
): Record<string, number | string> {
  const result = spawnSync(
    process.execPath,
    [
      ...nodeArgs,
      "--import",
      "tsx",
      path.join(projectRoot, "scripts", "bench-archive.ts"),
      "--child",
      mode,
      ...extra,
    ],
    { env: { ...process.env, DATABASE_URL: database.url }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const line = result.stdout.trim().split("\n").at(-1) ?? "";
  if (result.status !== 0 || !line.startsWith("{")) {
    throw new Error(`The ${mode} failed (exit ${result.status}):\n${result.stderr.slice(-2000)}`);
  }
  return JSON.parse(line);
}

async function ownerOf(projectId: string): Promise<string> {
  const { rows } = await raw.query<{ userId: string }>(
    `SELECT "userId" FROM "Membership" WHERE "projectId" = $1 AND role = 'owner' LIMIT 1`,
    [projectId],
  );
  if (!rows[0]) throw new Error(`Project ${projectId} has no owner.`);
  return rows[0].userId;
}

async function measure(label: string, projectId: string) {
  const file = path.join(work, `${projectId}.zip`);
  const exports = [];
  for (let run = 0; run < EXPORT_RUNS; run++)
    exports.push(child("export", ["--project", projectId, "--file", file]));
  // The same export with the JavaScript heap capped: it completes only if what it keeps is bounded
  // (the peak above is partly garbage V8 had no reason to collect yet).
  const capped = child(
    "export",
    ["--project", projectId, "--file", file],
    [`--max-old-space-size=${HEAP_CAP_MB}`],
  );
  const owner = await ownerOf(projectId);
  const restores = [];
  for (let run = 0; run < RESTORE_RUNS; run++) {
    const result = child("restore", ["--file", file, "--owner", owner]);
    restores.push(result);
    // The copy is removed (its rows and search entries go with the project).
    await raw.query(`DELETE FROM "Project" WHERE id = $1`, [result.projectId]);
  }
  const mb = (n: number) => `${Math.round(n)} MB`;
  const s = (n: number) => `${(n / 1000).toFixed(1)} s`;
  console.log(
    `\n${label}: ${Number(exports[0]!.rows).toLocaleString("en")} rows, archive ${mb(Number(exports[0]!.bytes) / 1024 ** 2)}`,
  );
  console.log(
    `  export  (${EXPORT_RUNS} runs): median ${s(median(exports.map((e) => Number(e.ms))))}, peak memory median ${mb(median(exports.map((e) => Number(e.maxRssMb))))} (max ${mb(Math.max(...exports.map((e) => Number(e.maxRssMb))))})`,
  );
  console.log(
    `  export with the heap capped at ${HEAP_CAP_MB} MB: completes in ${s(Number(capped.ms))}, peak memory ${mb(Number(capped.maxRssMb))}`,
  );
  console.log(
    `  restore (${RESTORE_RUNS} runs): median ${s(median(restores.map((e) => Number(e.ms))))}, peak memory median ${mb(median(restores.map((e) => Number(e.maxRssMb))))}`,
  );
  await rm(file, { force: true });
}

/** A project of photos only, made once and kept: `photos` 20 MB photos of random bytes. */
async function photoProject(totalMb: number): Promise<string> {
  const id = `cbenchphotos${String(totalMb).padStart(13, "0")}`;
  const count = Math.max(1, Math.round(totalMb / PHOTO_MB));
  const { rows } = await raw.query<{ n: string }>(
    `SELECT count(*) AS n FROM "SourceImage" WHERE "projectId" = $1`,
    [id],
  );
  if (Number(rows[0]!.n) === count) return id;
  await raw.query(`DELETE FROM "Project" WHERE id = $1`, [id]);
  const user = `cbenchphotouser${randomBytes(5).toString("hex")}`;
  await raw.query(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, 'Photo bench', now())`, [
    user,
    `${user}@example.org`,
  ]);
  await raw.query(`INSERT INTO "Project" (id, name, "updatedAt") VALUES ($1, 'Photos (benchmark)', now())`, [
    id,
  ]);
  await raw.query(
    `INSERT INTO "Membership" (id, "projectId", "userId", role, "updatedAt") VALUES ($1, $2, $3, 'owner', now())`,
    [`m${id}`, id, user],
  );
  await raw.query(
    `INSERT INTO "Source" (id, "projectId", kind, "cslType", title, "updatedAt") VALUES ($1, $2, 'archival_document', 'manuscript', 'FO 371/22286', now())`,
    [`s${id}`, id],
  );
  for (let i = 0; i < count; i++) {
    const data = randomBytes(PHOTO_MB * 1024 * 1024);
    await raw.query(
      `INSERT INTO "SourceImage" (id, "projectId", "sourceId", "fileName", "contentType", "byteSize", width, height, sha256, data, thumbnail, position, "updatedAt")
       VALUES ($1, $2, $3, $4, 'image/jpeg', $5, 6000, 4000, $6, $7, $8, $9, now())`,
      [
        `i${id}${i}`,
        id,
        `s${id}`,
        `folio-${i}.jpg`,
        data.length,
        randomBytes(32).toString("hex"),
        data,
        randomBytes(30_000),
        i,
      ],
    );
  }
  return id;
}

try {
  console.log(`Archive benchmark on ${database.where}.`);
  if (!args["skip-bench-project"]) {
    const manifest = await readManifest(raw);
    if (!manifest?.complete) {
      console.log("No bench project: run `npm run bench:seed` first (or pass --skip-bench-project).");
    } else {
      await measure("The 100,000-source bench project", manifest.projectId);
    }
  }
  const photosMb = Number(args["photos-mb"]);
  if (photosMb > 0) await measure(`A project of ${photosMb} MB of photos`, await photoProject(photosMb));
} finally {
  await raw.end();
  await rm(work, { recursive: true, force: true });
  await database.stop();
}
