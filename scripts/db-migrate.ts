// npm run db:migrate: applies prisma/migrations to DATABASE_URL, or to the embedded database.
import { openLocalDatabase } from "../lib/db/tooling/local-database";
import { applyMigrations } from "../lib/db/tooling/migrations";

const database = await openLocalDatabase();
try {
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
} finally {
  await database.stop();
}
