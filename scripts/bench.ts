// npm run bench [-- --build] [--explain] [--skip-api]: measures Apparatus on the project
// `npm run bench:seed` made, and writes the figures to bench/RESULTS.md. A benchmark, not a test:
// it prints figures and passes or fails nothing. (Runs with the react-server condition, as the
// server does, so that lib's server-only modules load.)
//
// Each measure runs the app's own code (lib/*/data.ts through Prisma) and, beside it, the same SQL
// run directly with pg: the statements Prisma sent for that call, captured from its query log and
// replayed one after another on one connection (search: lib/search/sql.ts's searchStatement, the
// statement the app runs). app/raw is the app's overhead over its SQL.
// Then the production build (in .next-bench, built when missing or with --build) serves the JSON
// API to 32 concurrent keep-alive connections authenticated with an API token.
//
// BENCH_RUNS (default 30) timed runs per measure after warm-up; BENCH_LOAD_SECONDS (default 15).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import http from "node:http";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { databaseAdapter, preparedStatementName } from "../lib/db/client";
import { PrismaClient } from "../lib/db/generated/client";
import { findFreePort } from "../lib/db/tooling/embedded-postgres";
import { listMigrationNames, projectRoot } from "../lib/db/tooling/migrations";
import { transliterateCyrillic } from "../lib/text/transliterate";
import { generateToken, hashToken } from "../lib/tokens/token-format";
import { baseEnv, startNext, waitForServer } from "./app-server";
import { type BenchManifest, openBenchDatabase, readManifest } from "./bench-database";

const { values: args } = parseArgs({
  options: {
    build: { type: "boolean", default: false },
    explain: { type: "boolean", default: false },
    "skip-api": { type: "boolean", default: false },
    // Server processes for the load test (WEB_CONCURRENCY): one per core, as a deployment runs.
    workers: { type: "string", default: String(availableParallelism()) },
  },
});
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARM_UP = 3;
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 15);
/** Each endpoint is also loaded alone, for this long. */
const ENDPOINT_SECONDS = Number(process.env.BENCH_ENDPOINT_SECONDS ?? 8);
const WORKERS = Number(args.workers);
const CONNECTIONS = 32;
const DIST_DIR = ".next-bench";
const RESULTS_FILE = path.join(projectRoot, "bench", "RESULTS.md");
const TARGET = { claim: "p95 < 50 ms", search: "p95 < 100 ms", api: "> 500 req/s, no errors" };
const CEILING_ENDPOINT = "GET /api/health (no sign-in, SELECT 1)";
const CHAIN_COMPUTED_ENDPOINT = "GET claim chain, each claim read once (computed, never kept)";
const SOURCES_COMPUTED_ENDPOINT = "GET sources list, each page read once (computed, never kept)";

const database = await openBenchDatabase();
const raw = new pg.Client({ connectionString: database.url });
await raw.connect();
const rawPool = new pg.Pool({ connectionString: database.url, max: 2 });
const found = await readManifest(raw);
if (!found?.complete) {
  console.error("No complete bench project in the bench database: run `npm run bench:seed` first.");
  await raw.end();
  await database.stop();
  process.exit(1);
}
const manifest: BenchManifest = found;
const { rows: appliedRows } = await raw.query<{ migration_name: string }>(
  "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL",
);
const pending = (await listMigrationNames()).filter(
  (name) => !appliedRows.some((row) => row.migration_name === name),
);
if (pending.length) {
  console.log(
    `Warning: migrations not applied to the bench database: ${pending.join(", ")}. Run npm run bench:seed (it applies them).`,
  );
}
const loadAtStart = loadavg()[0]!;

/**
 * The same fixed piece of work (encoding and decoding a 1 MB JSON document) timed before and after
 * the run: on shared cores the speed of a CPU-second varies from hour to hour, and this tells two
 * runs' conditions apart. Lower is faster.
 */
function machineSpeedMs(): number {
  const document = Array.from({ length: 4000 }, (_, index) => ({
    index,
    text: `passage ${index} `.repeat(12),
  }));
  const times: number[] = [];
  for (let run = 0; run < 15; run++) {
    const start = performance.now();
    JSON.parse(JSON.stringify(document));
    times.push(performance.now() - start);
  }
  return percentile(times, 50);
}
const speedAtStart = machineSpeedMs();
console.log(
  `Benchmark on ${database.where}: ${Object.entries(manifest.counts)
    .map(([table, n]) => `${table} ${n.toLocaleString("en-US")}`)
    .join(", ")}.\n`,
);

process.env.DATABASE_URL = database.url;
type ProjectAccess = import("../lib/projects/types").ProjectAccess;
const access = { projectId: manifest.projectId, userId: manifest.userId, role: "owner" } as ProjectAccess;
const { getClaimWithChain, listClaims } = await import("../lib/claims/data");
const { clearSnapshotCaches } = await import("../lib/db/snapshot-cache");
const { listSources } = await import("../lib/sources/data");
const { listObservers, listReadings } = await import("../lib/observers/data");
const { encodeCursor } = await import("../lib/db/keyset");

// ─── Timing, and the SQL the app sends ───────────────────────────────────────────────────────

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

async function timeRuns(run: () => Promise<unknown>, runs = RUNS): Promise<number[]> {
  for (let at = 0; at < WARM_UP; at++) await run();
  const times: number[] = [];
  for (let at = 0; at < runs; at++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

interface Captured {
  text: string;
  values: unknown[];
}

// The app's client, swapped for one that logs its queries while a call is captured.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };
const loggingClient = new PrismaClient({
  adapter: databaseAdapter(database.url),
  log: [{ emit: "event", level: "query" }],
});
let capturing: Captured[] | null = null;
loggingClient.$on("query", (event) => {
  capturing?.push({ text: event.query, values: JSON.parse(event.params) as unknown[] });
});

async function captureStatements(run: () => Promise<unknown>): Promise<Captured[]> {
  const appClient = globalForPrisma.prisma;
  globalForPrisma.prisma = loggingClient;
  capturing = [];
  try {
    await run();
    return capturing;
  } finally {
    capturing = null;
    globalForPrisma.prisma = appClient;
  }
}

/** A statement as pg runs it: prepared under the app's name for it (lib/db/client.ts), as the app does. */
const asApp = (text: string, values: unknown[]) => ({
  name: preparedStatementName({ sql: text }),
  text,
  values,
});

/** Replays statements one after another on one connection, as plain pg queries. */
async function replay(statements: Captured[]): Promise<void> {
  for (const statement of statements) await raw.query(asApp(statement.text, statement.values));
}

/** A call's planner settings (as search sets them in its transaction) apply to its statements. */
const isSetting = (statement: Captured) => /^\s*(SET\s+LOCAL\b|SELECT\s+set_config\()/i.test(statement.text);

async function withSettings<T>(settings: Captured[], run: () => Promise<T>): Promise<T> {
  if (!settings.length) return run();
  await raw.query("BEGIN");
  try {
    for (const setting of settings) await raw.query(setting.text, setting.values);
    return await run();
  } finally {
    await raw.query("COMMIT");
  }
}

/** Each statement's median time alone (under the call's settings), slowest first. */
async function timeStatements(statements: Captured[]) {
  const settings = statements.filter(isSetting);
  const timed: { ms: number; statement: Captured }[] = [];
  for (const statement of statements.filter((item) => !isSetting(item))) {
    const times = await timeRuns(
      () => withSettings(settings, () => raw.query(asApp(statement.text, statement.values))),
      5,
    );
    timed.push({ ms: percentile(times, 50), statement });
  }
  return timed.sort((a, b) => b.ms - a.ms);
}

/** Long IN lists and id arrays shortened, so that statements and plans stay readable. */
function compact(text: string): string {
  return text
    .replace(/\$\d+(?:,\s*\$\d+){6,}/g, (list) => {
      const parts = list.split(",").map((part) => part.trim());
      return `${parts[0]}, …, ${parts.at(-1)} (${parts.length} values)`;
    })
    .replace(/'\{[^}]{160,}\}'/g, (array) => `'{…${array.split(",").length} values…}'`);
}

async function explain(statement: Captured, settings: Captured[]): Promise<string> {
  const { rows } = await withSettings(settings, () =>
    raw.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values),
  );
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

interface Measure {
  group: string;
  label: string;
  app: number[];
  raw: number[] | null;
  statements: number | null;
  target: string;
  note?: string;
}
const measures: Measure[] = [];
const explains: { label: string; ms: number; sql: string; plan: string }[] = [];

const fmt = (ms: number) => (Number.isNaN(ms) ? "–" : ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

function printMeasure(measure: Measure) {
  const app = `median ${fmt(percentile(measure.app, 50)).padStart(7)} ms  p95 ${fmt(percentile(measure.app, 95)).padStart(7)} ms`;
  const rawPart = measure.raw
    ? `   raw SQL (${measure.statements} stmt) median ${fmt(percentile(measure.raw, 50)).padStart(6)} ms  p95 ${fmt(percentile(measure.raw, 95)).padStart(6)} ms   app/raw ${(percentile(measure.app, 50) / percentile(measure.raw, 50)).toFixed(1)}×`
    : "";
  console.log(
    `  ${measure.label.padEnd(52)} ${app}${rawPart}${measure.target ? `   target ${measure.target}` : ""}`,
  );
}

/** Times the app's call and the same statements run raw; notes the slowest statement. */
async function measureApp(
  group: string,
  label: string,
  run: () => Promise<unknown>,
  options: { target?: string; rawRun?: () => Promise<unknown>; rawStatements?: number; note?: string } = {},
): Promise<void> {
  const app = await timeRuns(run);
  let rawTimes: number[] | null = null;
  let statements: number | null = null;
  let captured: Captured[] = [];
  try {
    captured = await captureStatements(run);
  } catch (error) {
    console.log(`    (could not capture the statements: ${error instanceof Error ? error.message : error})`);
  }
  if (options.rawRun) {
    rawTimes = await timeRuns(options.rawRun);
    statements = options.rawStatements ?? null;
  } else if (captured.length) {
    rawTimes = await timeRuns(() => replay(captured));
    statements = captured.length;
  }
  const measure = {
    group,
    label,
    app,
    raw: rawTimes,
    statements,
    target: options.target ?? "",
    note: options.note,
  };
  measures.push(measure);
  printMeasure(measure);
  if (captured.length && (args.explain || percentile(app, 95) > 50)) {
    const timed = await timeStatements(captured);
    const slowest = timed[0]!;
    const plan = await explain(slowest.statement, captured.filter(isSetting));
    explains.push({ label, ms: slowest.ms, sql: compact(slowest.statement.text), plan: compact(plan) });
    console.log(
      `    slowest of its ${captured.length} statements: ${fmt(slowest.ms)} ms (plan in ${path.relative(projectRoot, RESULTS_FILE)})`,
    );
    if (args.explain) {
      for (const { ms, statement } of timed) {
        console.log(
          `      ${fmt(ms).padStart(7)} ms  ${compact(statement.text).replace(/\s+/g, " ").slice(0, 150)}`,
        );
      }
    }
  }
}

// ─── The claim page ──────────────────────────────────────────────────────────────────────────

const { rows: typicalRows } = await raw.query<{ claimId: string; n: number }>(
  `SELECT "claimId", count(*)::int AS n FROM "Evidence" WHERE "projectId" = $1 GROUP BY "claimId"
   HAVING count(*) BETWEEN 8 AND 12 ORDER BY "claimId" LIMIT 200`,
  [manifest.projectId],
);
const typicalClaimId = typicalRows[0]!.claimId;

console.log(
  "Claim page data (getClaimWithChain: the claim, its evidence chain, provenance to the origins; computed, then as kept):",
);
// Computed: the chain kept by this process is forgotten before each run (lib/evidence/chain-cache.ts).
await measureApp(
  "Claim page",
  "bench claim C1: 200 evidence, four-level chains",
  () => {
    clearSnapshotCaches();
    return getClaimWithChain(access, manifest.benchClaimId);
  },
  { target: TARGET.claim },
);
await measureApp(
  "Claim page",
  `a typical claim (${typicalRows[0]!.n} evidence items)`,
  () => {
    clearSnapshotCaches();
    return getClaimWithChain(access, typicalClaimId);
  },
  { target: TARGET.claim },
);
// Read again with nothing changed since: the claim, and one statement that finds no newer write.
await measureApp(
  "Claim page",
  "bench claim C1 again, its chain kept",
  () => getClaimWithChain(access, manifest.benchClaimId),
  { target: TARGET.claim },
);

// ─── Search ──────────────────────────────────────────────────────────────────────────────────

const SEARCH_LIMIT = 25;
const searchQueries = [
  ["a common word", manifest.words.common, manifest.wordPassages[manifest.words.common]],
  ["a rare word", manifest.words.rare, manifest.wordPassages[manifest.words.rare]],
  ["a Cyrillic word", manifest.words.cyrillic, manifest.wordPassages[manifest.words.cyrillic]],
  // The same passages found across scripts: a Latin query matches their romanized words.
  [
    "the Cyrillic word romanized",
    transliterateCyrillic(manifest.words.cyrillic),
    manifest.wordPassages[manifest.words.cyrillic],
  ],
  ["an archival reference", manifest.words.archival, manifest.archivalSources],
] as const;
let searchAvailable = false;
console.log("\nSearch (first page of 25 hits, with the count):");
try {
  const { searchProject } = await import("../lib/search/data");
  // The contract: searchStatement is the one statement the app runs, in a transaction with
  // SEARCH_PLANNER_SETTING; the raw run sends the same three commands on one connection.
  const { searchStatement, SEARCH_PLANNER_SETTING } = await import("../lib/search/sql");
  searchAvailable = true;
  for (const [what, q, occurrences] of searchQueries) {
    const statement = searchStatement({
      q,
      limit: SEARCH_LIMIT,
      projectId: access.projectId,
      userId: access.userId,
    });
    const hits = (await searchProject(access, { q, limit: SEARCH_LIMIT })) as {
      data: unknown[];
      total?: { count: number; more: boolean };
    };
    const found = hits.total
      ? `${hits.total.count}${hits.total.more ? "+" : ""} hits`
      : `${hits.data.length} hits on the first page`;
    // Computed: what this process kept is forgotten before each run (lib/db/snapshot-cache.ts).
    const search = () => {
      clearSnapshotCaches();
      return searchProject(access, { q, limit: SEARCH_LIMIT });
    };
    await measureApp("Search", `${what}: "${q}"`, search, {
      target: TARGET.search,
      rawRun: async () => {
        const client = await rawPool.connect();
        try {
          await client.query("BEGIN");
          await client.query(asApp(SEARCH_PLANNER_SETTING, []));
          await client.query(asApp(statement.text, statement.values));
          await client.query("COMMIT");
        } finally {
          client.release();
        }
      },
      rawStatements: 1,
      note: `${found}; ${occurrences ?? "?"} ${what === "an archival reference" ? "sources filed there" : "passages hold it"}`,
    });
    console.log(`    ${measures.at(-1)!.note}`);
  }
  // The same search again, nothing changed since: one statement finds no newer write.
  const common = manifest.words.common;
  await measureApp(
    "Search",
    `the common word again, its page kept: "${common}"`,
    () => searchProject(access, { q: common, limit: SEARCH_LIMIT }),
    { target: TARGET.search },
  );
} catch (error) {
  if (searchAvailable) throw error;
  console.log(`  search: not available (${error instanceof Error ? error.message.split("\n")[0] : error})`);
}

// ─── Lists ───────────────────────────────────────────────────────────────────────────────────

console.log("\nList pages (25 rows; a deep page is reached by its cursor):");
const LIST = 25;
const middleClaim = await raw.query<{ number: number; id: string }>(
  `SELECT number, id FROM "Claim" WHERE "projectId" = $1 ORDER BY number, id OFFSET $2 LIMIT 1`,
  [access.projectId, Math.floor(manifest.counts.claims! / 2)],
);
const claimCursor = { key: middleClaim.rows[0]!.number, id: middleClaim.rows[0]!.id };
const middleSource = await raw.query<{ title: string; id: string }>(
  `SELECT title, id FROM "Source" WHERE "projectId" = $1 ORDER BY title, id OFFSET $2 LIMIT 1`,
  [access.projectId, Math.floor(manifest.counts.sources! / 2)],
);
const sourceCursor = { key: middleSource.rows[0]!.title, id: middleSource.rows[0]!.id };
// Claim and source pages are kept (lib/db/snapshot-cache.ts): timed computed, what this process
// kept forgotten before each run, then once as kept.
const computedList =
  <T>(read: () => Promise<T>) =>
  () => {
    clearSnapshotCaches();
    return read();
  };
await measureApp(
  "Lists",
  "claims, first page, computed",
  computedList(() => listClaims(access, { limit: LIST, sort: "number" })),
);
await measureApp(
  "Lists",
  `claims, deep page (after C${claimCursor.key}), computed`,
  computedList(() => listClaims(access, { limit: LIST, sort: "number", after: claimCursor })),
);
await measureApp(
  "Lists",
  "claims, first page, sorted by last update, computed",
  computedList(() => listClaims(access, { limit: LIST, sort: "-updated" })),
);
await measureApp(
  "Lists",
  "sources, first page (by title), computed",
  computedList(() => listSources(access, { limit: LIST })),
);
await measureApp(
  "Lists",
  "sources, deep page (middle of the alphabet), computed",
  computedList(() => listSources(access, { limit: LIST, after: sourceCursor })),
);
// Read again with nothing changed since: one statement finds no newer write.
await measureApp("Lists", "sources, deep page again, kept", () =>
  listSources(access, { limit: LIST, after: sourceCursor }),
);
await measureApp("Lists", "observers, first page", () => listObservers(access, { limit: LIST }));
await measureApp("Lists", "readings, first page", () => listReadings(access, { limit: LIST }));

// ─── The JSON API under load ─────────────────────────────────────────────────────────────────

interface LoadPhase {
  title: string;
  /** One endpoint loaded by itself, rather than a mix. */
  alone: boolean;
  /** The health check: what the server sustains with no sign-in and one trivial statement. */
  ceiling: boolean;
  mix: string;
  seconds: number;
  requests: number;
  errors: number;
  errorSamples: string[];
  latencies: number[];
  byEndpoint: Map<string, number[]>;
}
interface LoadResult {
  phases: LoadPhase[];
  idleRssKb: number;
  peakRssKb: number;
  hwmKb: number;
}
let load: LoadResult | null = null;

/** The process and its descendants (next start may run the server in a child). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {}
  }
  const tree = [root];
  for (let at = 0; at < tree.length; at++) tree.push(...(children.get(tree[at]!) ?? []));
  return tree;
}

function memoryKb(pids: number[]): { rss: number; hwm: number } {
  let rss = 0;
  let hwm = 0;
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      hwm += Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {}
  }
  return { rss, hwm };
}

async function ensureBenchBuild() {
  const built = existsSync(path.join(projectRoot, DIST_DIR, "BUILD_ID"));
  if (built && !args.build) {
    console.log(`\nUsing the production build in ${DIST_DIR} (--build rebuilds it).`);
    return;
  }
  console.log(`\nBuilding the app into ${DIST_DIR} (next build)…`);
  const start = performance.now();
  const result = spawnSync(path.join(projectRoot, "node_modules", ".bin", "next"), ["build"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, ...baseEnv, NODE_ENV: "production", NEXT_DIST_DIR: DIST_DIR },
  });
  if (result.status !== 0) throw new Error("next build failed: see its output above.");
  console.log(`Built in ${((performance.now() - start) / 1000).toFixed(0)} s.`);
}

async function runLoad(): Promise<LoadResult> {
  await ensureBenchBuild();
  const token = generateToken();
  await raw.query(`DELETE FROM "ApiToken" WHERE "userId" = $1 AND name = 'bench'`, [manifest.userId]);
  await raw.query(
    `INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", "createdAt") VALUES ($1, $2, 'bench', $3, now())`,
    [`cbenchtoken${randomBytes(7).toString("hex")}`, manifest.userId, hashToken(token)],
  );
  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = startNext("start", {
    port,
    host: "127.0.0.1",
    env: {
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST_DIR,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: origin,
      WEB_CONCURRENCY: String(WORKERS),
    },
  });
  try {
    await waitForServer(`${origin}/api/v1/openapi.json`);
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
    const get = (url: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = http.get(
          `${origin}${url}`,
          { agent, headers: { authorization: `Bearer ${token}` } },
          (response) => {
            // Bodies are read to the end but decoded only to report an error: the load generator
            // shares the 2 cores with the server.
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("end", () => {
              const status = response.statusCode ?? 0;
              resolve({ status, body: status === 200 ? "" : Buffer.concat(chunks).toString("utf8") });
            });
            response.on("error", reject);
          },
        );
        request.on("error", reject);
      });

    const pid = manifest.projectId;
    const deepClaims = encodeCursor(claimCursor);
    const deepSources = encodeCursor(sourceCursor);
    const typical = typicalRows.map((row) => row.claimId);
    let next = 0;
    // The mix: [name, weight, url maker].
    const mix: [string, number, () => string][] = [
      ["GET claim (typical)", 4, () => `/api/v1/claims/${typical[next++ % typical.length]}`],
      ["GET claim chain (typical)", 2, () => `/api/v1/claims/${typical[next++ % typical.length]}/chain`],
      ["GET claim C1 (200 evidence)", 1, () => `/api/v1/claims/${manifest.benchClaimId}`],
      ["GET claim C1 chain", 1, () => `/api/v1/claims/${manifest.benchClaimId}/chain`],
      ["GET claims list", 2, () => `/api/v1/projects/${pid}/claims?limit=25`],
      ["GET claims list, deep page", 1, () => `/api/v1/projects/${pid}/claims?limit=25&cursor=${deepClaims}`],
      ["GET sources list", 2, () => `/api/v1/projects/${pid}/sources?limit=25`],
      [
        "GET sources list, deep page",
        1,
        () => `/api/v1/projects/${pid}/sources?limit=25&cursor=${deepSources}`,
      ],
    ];
    if (searchAvailable) {
      mix.push([
        "GET search",
        2,
        () =>
          `/api/v1/search?projectId=${pid}&limit=25&q=${encodeURIComponent(searchQueries[next++ % searchQueries.length]![1])}`,
      ]);
    }
    const scheduleOf = (entries: typeof mix) =>
      entries.flatMap(([name, weight, url]) => Array.from({ length: weight }, () => ({ name, url })));
    const schedule = scheduleOf(mix);
    // The mix, then each endpoint alone: what each kind of read sustains by itself.
    // The ceiling: Next.js, Node's HTTP and one `SELECT 1` on these cores, which no endpoint of
    // the app can exceed; each endpoint is read against it.
    const ceiling: (typeof mix)[number] = [CEILING_ENDPOINT, 1, () => "/api/health"];
    // Chains are kept once computed (lib/evidence/chain-cache.ts), so the mix's chains are mostly
    // served as kept. This phase reads each claim's chain once, never again: every one computed.
    const { rows: unreadRows } = await raw.query<{ id: string }>(
      `SELECT id FROM "Claim" WHERE "projectId" = $1 AND id <> ALL($2::text[]) ORDER BY md5(id) LIMIT 20000`,
      [pid, [...typical, manifest.benchClaimId]],
    );
    let unread = 0;
    const computedChain: (typeof mix)[number] = [
      CHAIN_COMPUTED_ENDPOINT,
      1,
      () => `/api/v1/claims/${unreadRows[unread++ % unreadRows.length]!.id}/chain`,
    ];
    // Source pages are kept too: this phase reads pages that start at 20,000 sources picked at
    // random, each once.
    const { rows: pageStarts } = await raw.query<{ title: string; id: string }>(
      `SELECT title, id FROM "Source" WHERE "projectId" = $1 ORDER BY md5(id) LIMIT 20000`,
      [pid],
    );
    let pageStart = 0;
    const computedSources: (typeof mix)[number] = [
      SOURCES_COMPUTED_ENDPOINT,
      1,
      () => {
        const start = pageStarts[pageStart++ % pageStarts.length]!;
        return `/api/v1/projects/${pid}/sources?limit=25&cursor=${encodeCursor({ key: start.title, id: start.id })}`;
      },
    ];
    const phases = [
      { title: "the whole mix", entries: mix, seconds: LOAD_SECONDS, alone: false, ceiling: false },
      { title: CEILING_ENDPOINT, entries: [ceiling], seconds: ENDPOINT_SECONDS, alone: true, ceiling: true },
      ...[...mix, computedChain, computedSources].map((entry) => ({
        title: entry[0],
        entries: [entry],
        seconds: ENDPOINT_SECONDS,
        alone: true,
        ceiling: false,
      })),
    ];

    // Warm-up: every endpoint answers once (route modules load), then a few seconds of load.
    for (const item of schedule) {
      const answer = await get(item.url());
      if (answer.status !== 200)
        throw new Error(`${item.name}: HTTP ${answer.status} ${answer.body.slice(0, 300)}`);
    }
    const tree = () => processTree(server.pid!);
    const hammer = async (
      plan: { name: string; url: () => string }[],
      seconds: number,
      onSample?: () => void,
    ) => {
      const result = {
        requests: 0,
        errors: 0,
        errorSamples: [] as string[],
        latencies: [] as number[],
        byEndpoint: new Map<string, number[]>(),
      };
      const deadline = performance.now() + seconds * 1000;
      let turn = 0;
      const sampler = onSample ? setInterval(onSample, 200) : null;
      const start = performance.now();
      await Promise.all(
        Array.from({ length: CONNECTIONS }, async () => {
          while (performance.now() < deadline) {
            const item = plan[turn++ % plan.length]!;
            const url = item.url();
            const begin = performance.now();
            try {
              const answer = await get(url);
              const ms = performance.now() - begin;
              result.requests++;
              result.latencies.push(ms);
              const times = result.byEndpoint.get(item.name);
              if (times) times.push(ms);
              else result.byEndpoint.set(item.name, [ms]);
              if (answer.status !== 200) {
                result.errors++;
                if (result.errorSamples.length < 5)
                  result.errorSamples.push(
                    `${item.name}: HTTP ${answer.status} ${answer.body.slice(0, 200)}`,
                  );
              }
            } catch (error) {
              result.requests++;
              result.errors++;
              if (result.errorSamples.length < 5)
                result.errorSamples.push(`${item.name}: ${error instanceof Error ? error.message : error}`);
            }
          }
        }),
      );
      if (sampler) clearInterval(sampler);
      return { ...result, seconds: (performance.now() - start) / 1000 };
    };
    console.log(`\nAPI under load: warming up (5 s at ${CONNECTIONS} connections)…`);
    await hammer(schedule, 5);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const idle = memoryKb(tree());
    let peak = idle.rss;
    const results: LoadPhase[] = [];
    for (const phase of phases) {
      console.log(
        `Measuring ${phase.alone ? `${phase.title} alone` : phase.title}: ${phase.seconds} s at ${CONNECTIONS} concurrent keep-alive connections…`,
      );
      const result = await hammer(scheduleOf(phase.entries), phase.seconds, () => {
        peak = Math.max(peak, memoryKb(tree()).rss);
      });
      results.push({
        ...result,
        title: phase.title,
        alone: phase.alone,
        ceiling: phase.ceiling,
        mix: phase.entries.map(([name, weight]) => `${name} ×${weight}`).join(", "),
      });
    }
    const after = memoryKb(tree());
    agent.destroy();
    return { phases: results, idleRssKb: idle.rss, peakRssKb: Math.max(peak, after.rss), hwmKb: after.hwm };
  } finally {
    for (const pid of processTree(server.pid!).reverse()) {
      try {
        process.kill(pid, "SIGTERM");
      } catch {}
    }
  }
}

if (!args["skip-api"]) {
  load = await runLoad();
  console.log(`  (${WORKERS} server processes)`);
  for (const phase of load.phases) {
    const rate = phase.requests / phase.seconds;
    console.log(
      `  ${(phase.alone ? `${phase.title} alone` : phase.title).padEnd(38)} ${rate.toFixed(0).padStart(6)} req/s   median ${fmt(percentile(phase.latencies, 50)).padStart(6)} ms  p95 ${fmt(percentile(phase.latencies, 95)).padStart(6)} ms   errors ${phase.errors}   target ${TARGET.api}`,
    );
    if (phase.alone) continue;
    for (const [name, times] of phase.byEndpoint) {
      console.log(
        `    ${name.padEnd(32)} ${String(times.length).padStart(6)} requests   median ${fmt(percentile(times, 50)).padStart(6)} ms  p95 ${fmt(percentile(times, 95)).padStart(6)} ms`,
      );
    }
    for (const sample of phase.errorSamples) console.log(`    error: ${sample}`);
  }
  console.log(
    `  server memory (${WORKERS} processes): idle ${(load.idleRssKb / 1024).toFixed(0)} MB RSS after warm-up, peak ${(load.peakRssKb / 1024).toFixed(0)} MB RSS under load (VmHWM ${(load.hwmKb / 1024).toFixed(0)} MB)`,
  );
}

// ─── bench/RESULTS.md ────────────────────────────────────────────────────────────────────────

const speedAtEnd = machineSpeedMs();

const cpuModel =
  /model name\s*:\s*(.+)/.exec(await readFile("/proc/cpuinfo", "utf8"))?.[1] ?? cpus()[0]?.model ?? "unknown";
const { rows: versionRows } = await raw.query<{ server_version: string }>("SHOW server_version");
const { rows: sizeRows } = await raw.query<{ size: string }>(
  "SELECT pg_size_pretty(pg_database_size(current_database())) AS size",
);
const { rows: migrationRows } = await raw.query<{ migration_name: string }>(
  "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name",
);

function resultsSection(manifest: BenchManifest): string {
  const c = manifest.counts;
  const n = (value: number | undefined) => (value ?? 0).toLocaleString("en-US");
  const lines = [
    `## Results of ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    "",
    `Machine: ${cpuModel}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM; Node ${process.version}; PostgreSQL ${versionRows[0]!.server_version} (${database.where}); load average ${loadAtStart.toFixed(2)} when the run began (the machine is shared); a fixed piece of work (1 MB of JSON encoded and decoded) took ${fmt(speedAtStart)} ms at the start and ${fmt(speedAtEnd)} ms at the end of the run (lower is faster: compare runs by it).`,
    "",
    `Data (npm run bench:seed, generated in ${manifest.generationSeconds.toFixed(0)} s, database ${sizeRows[0]!.size}): ${n(c.sources)} sources (${n(c.contributors)} contributors, ${n(c.relations)} provenance relations), ${n(c.passages)} passages (${n(c.translations)} translations), ${n(c.claims)} claims, ${n(c.evidence)} evidence items, ${n(c.observers)} observers, ${n(c.readings)} readings (${n(c.phrases)} phrases, ${n(c.claimStances)} claim stances), ${n(c.questions)} comparison questions (${n(c.answers)} answers), ${n(c.annotations)} notes. Migrations: ${migrationRows.map((row) => row.migration_name).join(", ")}.`,
    "",
    `${RUNS} timed runs per measure after ${WARM_UP} warm-up runs, one at a time. "Raw SQL" runs the same statements directly with pg (for the app's calls, the statements Prisma sent, replayed one after another on one connection and prepared under the names the app gives them; for search, lib/search/sql.ts's searchStatement in a transaction with its planner setting, as the app runs it). app/raw compares the medians.`,
    "",
    "| measure | app median | app p95 | raw SQL median | raw SQL p95 | statements | app/raw | target |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const m of measures) {
    const rawMedian = m.raw ? percentile(m.raw, 50) : Number.NaN;
    lines.push(
      `| ${m.group}: ${m.label}${m.note ? ` (${m.note})` : ""} | ${fmt(percentile(m.app, 50))} ms | ${fmt(percentile(m.app, 95))} ms | ${fmt(rawMedian)} ms | ${m.raw ? fmt(percentile(m.raw, 95)) : "–"} ms | ${m.statements ?? "–"} | ${m.raw ? `${(percentile(m.app, 50) / rawMedian).toFixed(1)}×` : "–"} | ${m.target} |`,
    );
  }
  if (!searchAvailable) lines.push("| Search | not available (lib/search missing) | | | | | | |");
  lines.push("");
  if (load) {
    lines.push(
      `### JSON API under load`,
      "",
      `The production build (\`next start\` in ${WORKERS} server processes sharing the port, WEB_CONCURRENCY=${WORKERS}, one per core: scripts/next-workers.mjs), ${CONNECTIONS} concurrent keep-alive connections on loopback, every request authenticated with an API token (Authorization: Bearer). The load generator runs on the same ${cpus().length} cores, as does PostgreSQL. Requests are sent round-robin over the mix for ${LOAD_SECONDS} s, then to each endpoint alone for ${ENDPOINT_SECONDS} s. Chains, searches and pages of claims and sources are kept by each server process once read (lib/db/snapshot-cache.ts), and the mix reads the same ones again, so there they are served as kept; the phases that read each chain or page once measure them computed.`,
      "",
    );
    const alone = load.phases.filter((phase) => phase.alone);
    for (const phase of load.phases.filter((phase) => !phase.alone)) {
      lines.push(
        `**${phase.title}** (${phase.mix})`,
        "",
        "| measure | requests/s | median | p95 | requests | errors | target |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
        `| all requests | ${(phase.requests / phase.seconds).toFixed(0)} | ${fmt(percentile(phase.latencies, 50))} ms | ${fmt(percentile(phase.latencies, 95))} ms | ${phase.requests} | ${phase.errors} | ${TARGET.api} |`,
      );
      for (const [name, times] of phase.byEndpoint) {
        lines.push(
          `| ${name} | ${(times.length / phase.seconds).toFixed(0)} | ${fmt(percentile(times, 50))} ms | ${fmt(percentile(times, 95))} ms | ${times.length} | | |`,
        );
      }
      lines.push("");
      for (const sample of phase.errorSamples) lines.push(`- error: ${sample}`);
    }
    if (alone.length) {
      const rateOf = (phase: LoadPhase) => phase.requests / phase.seconds;
      const ceilingPhase = alone.find((phase) => phase.ceiling);
      lines.push(
        "**Each endpoint alone**, and the share of the ceiling each reaches: the health check, which signs no one in and runs one `SELECT 1`, measures what Next.js, Node's HTTP and the driver sustain on these cores before any work of the app's.",
        "",
        "| endpoint | requests/s | of the ceiling | median | p95 | requests | errors | target |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
        ...alone.map(
          (phase) =>
            `| ${phase.title} | ${rateOf(phase).toFixed(0)} | ${ceilingPhase ? `${((100 * rateOf(phase)) / rateOf(ceilingPhase)).toFixed(0)}%` : "–"} | ${fmt(percentile(phase.latencies, 50))} ms | ${fmt(percentile(phase.latencies, 95))} ms | ${phase.requests} | ${phase.errors} | ${phase.ceiling ? "" : TARGET.api} |`,
        ),
        "",
      );
      for (const phase of alone) for (const sample of phase.errorSamples) lines.push(`- error: ${sample}`);
    }
    lines.push(
      "",
      `Server memory (VmRSS of the ${WORKERS} server processes and their primary): ${(load.idleRssKb / 1024).toFixed(0)} MB idle after warm-up, ${(load.peakRssKb / 1024).toFixed(0)} MB at the peak under load (VmHWM ${(load.hwmKb / 1024).toFixed(0)} MB).`,
      "",
    );
  }
  if (explains.length) {
    lines.push("### The slowest statement of each slow measure (EXPLAIN ANALYZE)", "");
    for (const item of explains) {
      lines.push(
        `**${item.label}**: ${fmt(item.ms)} ms`,
        "",
        "```sql",
        item.sql.trim(),
        "```",
        "",
        "```",
        item.plan,
        "```",
        "",
      );
    }
  }
  return lines.join("\n");
}

const START = "<!-- bench:results:start -->";
const END = "<!-- bench:results:end -->";
const intro = `# Benchmark results

Written by \`npm run bench\` (scripts/bench.ts) on the synthetic project of \`npm run bench:seed\`
(scripts/bench-seed.ts); each run replaces the section below. Benchmarks print figures: nothing
here is asserted. Targets: the claim page's data under 50 ms at p95, search under 100 ms at p95,
the JSON API over 500 requests/s with no errors.
`;
await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
const previous = existsSync(RESULTS_FILE)
  ? await readFile(RESULTS_FILE, "utf8")
  : `${intro}\n${START}\n${END}\n`;
const section = `${START}\n${resultsSection(manifest)}\n${END}`;
const updated = previous.includes(START)
  ? previous.replace(new RegExp(`${START}[\\s\\S]*${END}`), () => section)
  : `${previous.trimEnd()}\n\n${section}\n`;
await writeFile(RESULTS_FILE, updated);
console.log(`\nWrote ${path.relative(projectRoot, RESULTS_FILE)}.`);

await loggingClient.$disconnect();
const { prisma } = await import("../lib/db/client");
await prisma.$disconnect();
await rawPool.end();
await raw.end();
await database.stop();
