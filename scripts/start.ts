// npm start: build when needed, start the database (embedded unless DATABASE_URL is set),
// migrate, seed the demo project, and serve the production build on PORT (default 3000).
import { createPrismaClient } from "../lib/db/client";
import { openLocalDatabase } from "../lib/db/local-database";
import { applyMigrations } from "../lib/db/migrations";
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
