import path from "node:path";
import { type RunningDatabase, startEmbeddedPostgres } from "./embedded-postgres";
import { projectRoot } from "./migrations";

/** Where the embedded database of `npm start` and `npm run dev` keeps its files (git ignores it). */
export const localDataDir = path.join(projectRoot, ".data", "postgres");

/**
 * The database the scripts work on: DATABASE_URL when set (any PostgreSQL), else the project's
 * own embedded PostgreSQL, started now and stopped by `stop()`.
 */
export async function openLocalDatabase(): Promise<RunningDatabase & { embedded: boolean }> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, adminUrl: external, stop: async () => {}, embedded: false };
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
  const database = await startEmbeddedPostgres({
    dataDir: localDataDir,
    port,
    database: "apparatus",
    persistent: true,
  });
  return { ...database, embedded: true };
}
