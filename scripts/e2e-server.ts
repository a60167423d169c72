// The server the end-to-end tests run against (Playwright's webServer): the production build,
// on a throwaway embedded PostgreSQL (or a fresh database in TEST_DATABASE_URL's server),
// migrated and seeded with the demo. Its connection string goes to E2E_STATE_FILE for fixtures.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "../lib/db/client";
import {
  createDatabaseIfMissing,
  findFreePort,
  startEmbeddedPostgres,
} from "../lib/db/tooling/embedded-postgres";
import { applyMigrations, projectRoot } from "../lib/db/tooling/migrations";
import { seedDemo } from "../prisma/seed";
import { onShutdown, startNext } from "./app-server";

export const E2E_STATE_FILE = path.join(projectRoot, ".data", "e2e-state.json");

const port = Number(process.env.E2E_PORT ?? 3107);
const name = `apparatus_e2e_${randomBytes(4).toString("hex")}`;
let url: string;
let cleanup: () => Promise<void>;

if (process.env.TEST_DATABASE_URL) {
  await createDatabaseIfMissing(process.env.TEST_DATABASE_URL, name);
  const parsed = new URL(process.env.TEST_DATABASE_URL);
  parsed.pathname = `/${name}`;
  url = parsed.toString();
  cleanup = async () => {};
} else {
  const dataRoot = await mkdtemp(path.join(tmpdir(), "apparatus-e2e-"));
  const database = await startEmbeddedPostgres({
    dataDir: path.join(dataRoot, "pg"),
    port: await findFreePort(),
    database: name,
    persistent: false,
  });
  url = database.url;
  cleanup = async () => {
    await database.stop();
    await rm(dataRoot, { recursive: true, force: true });
  };
}

await applyMigrations(url);
const prisma = createPrismaClient(url);
await seedDemo(prisma).finally(() => prisma.$disconnect());
await writeFile(E2E_STATE_FILE, JSON.stringify({ databaseUrl: url }));

const server = startNext("start", {
  port,
  host: "127.0.0.1",
  env: {
    DATABASE_URL: url,
    NEXTAUTH_SECRET: "end-to-end-tests-secret-not-for-production",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    APPARATUS_DEMO_HINT: "true",
    // Two server processes, as a deployment on two cores runs: the browser tests go through both.
    WEB_CONCURRENCY: "2",
  },
});
onShutdown(server, cleanup);
