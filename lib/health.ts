import "server-only";
import { prisma } from "@/lib/db/client";

/** How long the health check waits for the database before calling it unavailable. */
export const HEALTH_TIMEOUT_MS = 3000;

export type Health = { status: "ok" } | { status: "unavailable"; problem: string };

/**
 * Whether this server can serve: its database answers a trivial statement in time. For load
 * balancers and container health checks; it reads no data and needs no sign-in.
 */
export async function checkHealth(
  database: { $queryRaw: typeof prisma.$queryRaw } = prisma,
  timeoutMs = HEALTH_TIMEOUT_MS,
): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([database.$queryRaw`SELECT 1`, timeout]);
    return { status: "ok" };
  } catch (error) {
    return { status: "unavailable", problem: `The database does not answer (${reasonOf(error)}).` };
  } finally {
    clearTimeout(timer);
  }
}

/** The driver's own words: Prisma puts them on the last line of its message, after "Message:". */
function reasonOf(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error))
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const last = lines.at(-1) ?? "unknown error";
  return /Message: `(.+)`$/.exec(last)?.[1] ?? last;
}
