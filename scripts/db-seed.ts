// npm run db:seed: applies the migrations, then seeds the demo project (idempotent: running it again
// changes nothing) into DATABASE_URL, or into the embedded database.
import { createPrismaClient } from "../lib/db/client";
import { openLocalDatabase } from "../lib/db/tooling/local-database";
import { applyMigrations } from "../lib/db/tooling/migrations";
import { DEMO_USER_EMAIL, DEMO_USER_PASSWORD, seedDemo } from "../prisma/seed";

const database = await openLocalDatabase();
try {
  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`Applied: ${applied.join(", ")}`);
  const prisma = createPrismaClient(database.url);
  try {
    await seedDemo(prisma);
  } finally {
    await prisma.$disconnect();
  }
  console.log(`Demo data ready: sign in as ${DEMO_USER_EMAIL} / ${DEMO_USER_PASSWORD}`);
} finally {
  await database.stop();
}
