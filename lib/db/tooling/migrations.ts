import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { openSchemaEngine } from "./schema-engine";

/** The project root: lib/db/tooling/ is three levels down. Works from source and from tsx/vitest. */
export const projectRoot = path.resolve(import.meta.dirname, "../../..");
export const migrationsDir = path.join(projectRoot, "prisma", "migrations");
export const schemaPath = path.join(projectRoot, "prisma", "schema.prisma");
/** Each migration folder keeps the schema it migrates to, so the next migration can be diffed from it. */
export const SCHEMA_SNAPSHOT_FILE = "schema.prisma";

const noFilters = { externalTables: [], externalEnums: [] };

export async function listMigrationNames(dir = migrationsDir): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

async function readMigrationsList(dir: string) {
  const lockPath = path.join(dir, "migration_lock.toml");
  const names = await listMigrationNames(dir);
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: {
            tag: "ok" as const,
            value: await readFile(path.join(dir, name, "migration.sql"), "utf8"),
          },
        },
      })),
    ),
  };
}

/** Applies the migrations not yet applied, exactly as `prisma migrate deploy` would. */
export async function applyMigrations(connectionString: string, dir = migrationsDir): Promise<string[]> {
  const engine = await openSchemaEngine(connectionString);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrationsList(dir),
      filters: noFilters,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * The SQL that takes a database from one Prisma schema to another (`from: null` = empty database).
 * The engine diffs the two datamodels; it only needs a reachable PostgreSQL to start, and
 * changes nothing in it.
 */
export async function diffSchemas(
  connectionString: string,
  from: string | null,
  to: string,
): Promise<string> {
  const engine = await openSchemaEngine(connectionString);
  const target = (content: string) => ({
    tag: "schemaDatamodel" as const,
    files: [{ path: "schema.prisma", content }],
  });
  try {
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : target(from),
      to: target(to),
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}

/** The schema as of the newest migration, or null when there is none yet. */
export async function readLastMigratedSchema(dir = migrationsDir): Promise<string | null> {
  const names = await listMigrationNames(dir);
  const last = names.at(-1);
  if (!last) return null;
  const snapshot = path.join(dir, last, SCHEMA_SNAPSHOT_FILE);
  if (!existsSync(snapshot)) {
    throw new Error(`Migration ${last} has no ${SCHEMA_SNAPSHOT_FILE} snapshot to diff from.`);
  }
  return readFile(snapshot, "utf8");
}

/** True when a diff script has no statement (the engine prints a comment for an empty migration). */
export function isEmptyMigration(sql: string): boolean {
  return sql
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}
