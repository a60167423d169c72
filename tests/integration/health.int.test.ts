import { describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { createPrismaClient } from "@/lib/db/client";
import { checkHealth } from "@/lib/health";

describe("GET /api/health", () => {
  it("answers 200 without sign-in when the database answers, and is never cached", async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("calls the server unavailable, naming why, when nothing listens at the database's address", async () => {
    const unreachable = createPrismaClient("postgresql://apparatus:apparatus@127.0.0.1:9/apparatus");
    try {
      const result = await checkHealth(unreachable);
      expect(result).toEqual({
        status: "unavailable",
        problem: "The database does not answer (Can't reach database server at 127.0.0.1:9).",
      });
    } finally {
      await unreachable.$disconnect();
    }
  });

  it("does not wait longer than its timeout for a database that hangs", async () => {
    const hanging = { $queryRaw: () => new Promise<never>(() => {}) } as unknown as Parameters<
      typeof checkHealth
    >[0];
    const result = await checkHealth(hanging, 50);
    expect(result).toEqual({
      status: "unavailable",
      problem: "The database does not answer (no answer within 50 ms).",
    });
  });
});
