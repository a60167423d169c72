// The database `npm run bench:seed` fills and `npm run bench` measures: BENCH_DATABASE_URL when
// set, else an embedded PostgreSQL kept in .data/bench-postgres on its own port (BENCH_PG_PORT,
// 54339 by default; npm start's own is 54329). The bench's server already running on that port
// (another bench script's) is used as it is and left running.
import path from "node:path";
import pg from "pg";
import {
  connectionUrl,
  createDatabaseIfMissing,
  startEmbeddedPostgres,
} from "../lib/db/tooling/embedded-postgres";
import { projectRoot } from "../lib/db/tooling/migrations";

export const BENCH_DATA_DIR = path.join(projectRoot, ".data", "bench-postgres");
const BENCH_PORT = Number(process.env.BENCH_PG_PORT ?? 54339);
const BENCH_DATABASE = "apparatus_bench";

/** Where the bench data lives and who runs the server, for the printed summary. */
export interface BenchDatabase {
  url: string;
  where: string;
  stop(): Promise<void>;
}

/** The data folder of the server answering at the url, or null when none answers. */
async function runningDataDir(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
  } catch {
    return null;
  }
  try {
    const { rows } = await client.query<{ setting: string }>(
      "SELECT setting FROM pg_settings WHERE name = 'data_directory'",
    );
    return rows[0]?.setting ?? "";
  } finally {
    await client.end();
  }
}

export async function openBenchDatabase(): Promise<BenchDatabase> {
  const external = process.env.BENCH_DATABASE_URL;
  if (external) return { url: external, where: "BENCH_DATABASE_URL", stop: async () => {} };
  const adminUrl = connectionUrl(BENCH_PORT, "postgres");
  const url = connectionUrl(BENCH_PORT, BENCH_DATABASE);
  const running = await runningDataDir(adminUrl);
  if (running !== null) {
    if (running && path.resolve(running) !== BENCH_DATA_DIR) {
      throw new Error(
        `Port ${BENCH_PORT} is taken by another PostgreSQL (data in ${running}): set BENCH_PG_PORT to a free port.`,
      );
    }
    await createDatabaseIfMissing(adminUrl, BENCH_DATABASE);
    return { url, where: `PostgreSQL already running on port ${BENCH_PORT}`, stop: async () => {} };
  }
  const database = await startEmbeddedPostgres({
    dataDir: BENCH_DATA_DIR,
    port: BENCH_PORT,
    database: BENCH_DATABASE,
    persistent: true,
  });
  return {
    url: database.url,
    where: `embedded PostgreSQL in ${path.relative(projectRoot, BENCH_DATA_DIR)}, port ${BENCH_PORT}`,
    stop: () => database.stop(),
  };
}

/** The synthetic project's facts, kept as JSON in its description so the bench can find its items. */
export interface BenchManifest {
  format: 1;
  complete: boolean;
  sizes: BenchSizes;
  counts: Record<string, number>;
  projectId: string;
  userId: string;
  userEmail: string;
  benchClaimId: string;
  benchClaimNumber: number;
  words: { common: string; rare: string; cyrillic: string; archival: string };
  /** How many passages hold each word (case-insensitive substring), counted after the load. */
  wordPassages: Record<string, number>;
  /** Sources filed under the archival reference. */
  archivalSources: number;
  generatedAt: string;
  generationSeconds: number;
}

export interface BenchSizes {
  sources: number;
  claims: number;
  passages: number;
  evidence: number;
  observers: number;
  readings: number;
  annotations: number;
  seed: number;
}

export const BENCH_PROJECT_ID = "cbenchproject000000000001";
export const BENCH_PROJECT_NAME = "A career's research (synthetic benchmark)";
export const MANIFEST_MARKER = "bench-manifest:";

export async function readManifest(client: pg.Client): Promise<BenchManifest | null> {
  const { rows } = await client
    .query<{ description: string | null }>(`SELECT description FROM "Project" WHERE id = $1`, [
      BENCH_PROJECT_ID,
    ])
    .catch(() => ({ rows: [] as { description: string | null }[] }));
  const description = rows[0]?.description;
  const at = description?.indexOf(MANIFEST_MARKER) ?? -1;
  if (!description || at < 0) return rows.length ? ({ complete: false } as BenchManifest) : null;
  return JSON.parse(description.slice(at + MANIFEST_MARKER.length)) as BenchManifest;
}
