import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import {
  createDatabaseIfMissing,
  findFreePort,
  startEmbeddedPostgres,
} from "../../lib/db/tooling/embedded-postgres";
import { applyMigrations } from "../../lib/db/tooling/migrations";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminDatabaseUrl: string;
  }
}

/**
 * A throwaway real PostgreSQL for the integration tests: a fresh database in TEST_DATABASE_URL's
 * server when it is set, else an embedded PostgreSQL in a temporary folder. Migrated before any
 * test runs, dropped afterwards.
 */
export default async function setup(project: TestProject) {
  const name = `apparatus_test_${randomBytes(4).toString("hex")}`;
  let databaseUrl: string;
  let adminUrl: string;
  let teardown: () => Promise<void>;

  if (process.env.TEST_DATABASE_URL) {
    adminUrl = process.env.TEST_DATABASE_URL;
    await createDatabaseIfMissing(adminUrl, name);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    teardown = async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
  } else {
    const dataRoot = await mkdtemp(path.join(tmpdir(), "apparatus-test-"));
    const database = await startEmbeddedPostgres({
      dataDir: path.join(dataRoot, "pg"),
      port: await findFreePort(),
      database: name,
      persistent: false,
    });
    databaseUrl = database.url;
    adminUrl = database.adminUrl;
    teardown = async () => {
      await database.stop();
      await rm(dataRoot, { recursive: true, force: true });
    };
  }

  await applyMigrations(databaseUrl);
  project.provide("databaseUrl", databaseUrl);
  project.provide("adminDatabaseUrl", adminUrl);
  return teardown;
}
