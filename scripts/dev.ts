// npm run dev: like npm start, but with `next dev` (hot reload) and no production build.
import { createPrismaClient } from "../lib/db/client";
import { openLocalDatabase } from "../lib/db/tooling/local-database";
import { applyMigrations } from "../lib/db/tooling/migrations";
import { seedDemo } from "../prisma/seed";
import { localAuthSecret, onShutdown, startNext } from "./app-server";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "localhost";

const database = await openLocalDatabase();
await applyMigrations(database.url);
const prisma = createPrismaClient(database.url);
await seedDemo(prisma).finally(() => prisma.$disconnect());

const server = startNext("dev", {
  port,
  host,
  env: {
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: await localAuthSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://${host}:${port}`,
    APPARATUS_DEMO_HINT: "true",
  },
});
onShutdown(server, database.stop);
