import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

/**
 * Statements are prepared once per connection and reused by name, so PostgreSQL parses each once
 * and can keep its plan: planning alone took 3 to 8 ms of the claim page's and search's
 * statements (bench/RESULTS.md). The names are kept for the first MAX_PREPARED_STATEMENTS texts
 * only, so that statements built with varying text (IN lists of every length) cannot grow each
 * connection's cache without bound; later texts run unprepared as before.
 */
export const MAX_PREPARED_STATEMENTS = 500;
const statementNames = new Map<string, string>();

export function preparedStatementName(query: { sql: string }): string | undefined {
  let name = statementNames.get(query.sql);
  if (name === undefined && statementNames.size < MAX_PREPARED_STATEMENTS) {
    name = `apparatus_${createHash("sha256").update(query.sql).digest("base64url").slice(0, 32)}`;
    statementNames.set(query.sql, name);
  }
  return name;
}

/** The driver adapter every client of the app uses (the benchmark's logging client too). */
export function databaseAdapter(connectionString: string): PrismaPg {
  return new PrismaPg(
    { connectionString },
    { statementNameGenerator: preparedStatementName as (query: { sql: string }) => string },
  );
}

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: databaseAdapter(connectionString) });
}

// One client per process (kept on globalThis because Next reloads modules in development),
// created on first use so that `next build` can import modules without a database.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function getClient(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, or set it.");
    globalForPrisma.prisma = createPrismaClient(url);
  }
  return globalForPrisma.prisma;
}

export const prisma = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
