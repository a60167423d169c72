// npm start: build when needed, start the database (embedded unless DATABASE_URL is set),
// migrate, seed the demo project, and serve the production build on PORT (default 3000).

import path from "node:path";
import { createPrismaClient } from "../lib/db/client";
import { openLocalDatabase } from "../lib/db/tooling/local-database";
import { applyMigrations, projectRoot } from "../lib/db/tooling/migrations";
import { seedDemo } from "../prisma/seed";
import { ensureProductionBuild, localAuthSecret, onShutdown, startNext, waitForServer } from "./app-server";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "localhost";
const seed = process.env.SEED_DEMO !== "false";

await ensureProductionBuild();

const database = await openLocalDatabase();
console.log(
  database.embedded ? `Embedded PostgreSQL running (data in .data/postgres).` : "Using DATABASE_URL.",
);
const applied = await applyMigrations(database.url);
if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
if (seed) {
  const prisma = createPrismaClient(database.url);
  await seedDemo(prisma).finally(() => prisma.$disconnect());
}

const address = `http://${host}:${port}`;
const server = startNext("start", {
  port,
  host,
  env: {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: await localAuthSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? address,
    APPARATUS_DEMO_HINT: String(seed),
  },
});
onShutdown(server, database.stop);
await waitForServer(address);
console.log(`\n  Apparatus is running at ${address}`);
if (seed) console.log("  Demo sign-in: historian@example.org / apparatus-demo");
console.log("  Stop with Ctrl-C.\n");

// Daily archives of every project, for the embedded database (a deployment backs up its own).
if (database.embedded && process.env.BACKUPS !== "off") {
  process.env.DATABASE_URL = database.url;
  const { runDailyBackup } = await import("../lib/archive/backups");
  const backupsDir = path.join(projectRoot, ".data", "backups");
  const backUp = async () => {
    try {
      const result = await runDailyBackup(backupsDir);
      if (!result) return;
      const failures = result.failed.map((f) => `${f.projectId}: ${f.error}`).join("; ");
      console.log(
        result.failed.length
          ? `Backup FAILED for ${result.failed.length} of ${result.projects} projects (${failures}); it is tried again within the hour.`
          : `Backup of ${result.projects} projects written to ${path.relative(projectRoot, result.folder)}.`,
      );
    } catch (error) {
      console.error("Backup FAILED:", error instanceof Error ? error.message : error);
    }
  };
  await backUp();
  setInterval(backUp, 60 * 60 * 1000).unref();
}
