import { databaseAdapter } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * Counts the SQL statements the app's Prisma client sends. While installed, the client that
 * lib/db/client.ts hands out is one that logs every statement (Prisma's "query" event, emitted
 * once per statement sent through the driver adapter); `count` runs a function and returns what
 * it sent.
 */
export async function installQueryCounter() {
  const previous = globalForPrisma.prisma;
  const client = new PrismaClient({
    adapter: databaseAdapter(process.env.DATABASE_URL!),
    log: [{ emit: "event", level: "query" }],
  });
  let recording: string[] | null = null;
  client.$on("query", (event) => recording?.push(event.query));
  globalForPrisma.prisma = client;

  return {
    async count<T>(run: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
      const queries: string[] = [];
      recording = queries;
      try {
        return { result: await run(), queries };
      } finally {
        recording = null;
      }
    },
    async uninstall() {
      globalForPrisma.prisma = previous;
      await client.$disconnect();
    },
  };
}
