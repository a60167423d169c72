import { readFile } from "node:fs/promises";
import pg from "pg";
import { afterAll, expect, inject, it } from "vitest";
import { createDatabaseIfMissing } from "@/lib/db/tooling/embedded-postgres";
import {
  diffSchemas,
  isEmptyMigration,
  readLastMigratedSchema,
  schemaPath,
} from "@/lib/db/tooling/migrations";

// The catalog of a database as far as Prisma's schema describes it: tables and columns, enums,
// indexes and foreign keys. Hand-written CHECK constraints are not part of the comparison.
const CATALOG_QUERIES = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
            ORDER BY 1, 2`,
  enums: `SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
          JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' ORDER BY 1, e.enumsortorder`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
            AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  foreignKeys: `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
                FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY 1, 2`,
};

async function catalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, unknown[]> = {};
    for (const [name, sql] of Object.entries(CATALOG_QUERIES)) result[name] = (await client.query(sql)).rows;
    return result;
  } finally {
    await client.end();
  }
}

const scratchName = `apparatus_schema_${Date.now()}`;
const admin = () => new pg.Client({ connectionString: inject("adminDatabaseUrl") });

afterAll(async () => {
  const client = admin();
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`);
  await client.end();
});

it("the migrations produce exactly the database that prisma/schema.prisma describes", async () => {
  const migrated = inject("databaseUrl");
  // A second database built straight from the schema, with no migration history.
  await createDatabaseIfMissing(inject("adminDatabaseUrl"), scratchName);
  const fromSchemaUrl = new URL(migrated);
  fromSchemaUrl.pathname = `/${scratchName}`;
  const sql = await diffSchemas(migrated, null, await readFile(schemaPath, "utf8"));
  const client = new pg.Client({ connectionString: fromSchemaUrl.toString() });
  await client.connect();
  await client.query(sql);
  await client.end();

  expect(await catalog(migrated)).toEqual(await catalog(fromSchemaUrl.toString()));
});

it("the newest migration's schema snapshot is the current schema (no change left without a migration)", async () => {
  const pending = await diffSchemas(
    inject("databaseUrl"),
    await readLastMigratedSchema(),
    await readFile(schemaPath, "utf8"),
  );
  expect(isEmptyMigration(pending), `Run npm run db:migration -- NAME; pending SQL:\n${pending}`).toBe(true);
});
