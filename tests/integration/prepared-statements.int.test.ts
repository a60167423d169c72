import { describe, expect, it } from "vitest";
import { MAX_PREPARED_STATEMENTS, preparedStatementName, prisma } from "@/lib/db/client";
import { createProject, createUser, unique } from "./factories";

describe("the app's statements are prepared once per connection and reused", () => {
  it("runs the same query twice through one prepared statement", async () => {
    const user = await createUser();
    const project = await createProject([{ userId: user.id, role: "owner" }]);
    const statement = unique("Prepared");
    await prisma.claim.create({ data: { projectId: project.id, number: 1, statement } });

    // One connection (a transaction), so that its prepared statements can be read back.
    const prepared = await prisma.$transaction(async (tx) => {
      for (let run = 0; run < 2; run++) {
        const found = await tx.claim.findMany({
          where: { projectId: project.id },
          select: { statement: true },
        });
        expect(found).toEqual([{ statement }]);
      }
      return tx.$queryRaw<{ name: string; statement: string; executions: number }[]>`
        SELECT name, statement, (generic_plans + custom_plans)::int AS executions
        FROM pg_prepared_statements
        WHERE statement LIKE '%FROM "public"."Claim"%' AND statement NOT LIKE '%pg_prepared_statements%'`;
    });

    expect(prepared).toHaveLength(1);
    expect(prepared[0]!.name).toBe(preparedStatementName({ sql: prepared[0]!.statement }));
    expect(prepared[0]!.executions).toBe(2);
  });

  it("names the same text alike, and stops naming new texts past the limit", () => {
    const first = preparedStatementName({ sql: "SELECT 1 AS limit_probe_0" });
    expect(first).toMatch(/^apparatus_/);
    expect(preparedStatementName({ sql: "SELECT 1 AS limit_probe_0" })).toBe(first);
    expect(preparedStatementName({ sql: "SELECT 1 AS limit_probe_1" })).not.toBe(first);
    for (let index = 2; index <= MAX_PREPARED_STATEMENTS; index++) {
      preparedStatementName({ sql: `SELECT 1 AS limit_probe_${index}` });
    }
    expect(preparedStatementName({ sql: "SELECT 1 AS past_the_limit" })).toBeUndefined();
    expect(preparedStatementName({ sql: "SELECT 1 AS limit_probe_0" })).toBe(first);
  });
});
