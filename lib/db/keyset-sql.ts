import { Prisma } from "@/lib/db/generated/client";

// Beside keyset.ts rather than in it: this one needs Prisma's runtime, which keyset.ts, a plain
// module, does without.

/**
 * ascendingAfter's bound in SQL, for statements written by hand: rows after (key, afterId) in the
 * order (column, idColumn), ascending or descending by column, ties by id ascending; the bound
 * first, so that the index scan starts at the cursor.
 */
export function keysetAfterSql(
  column: Prisma.Sql,
  key: unknown,
  idColumn: Prisma.Sql,
  afterId: string,
  direction: "asc" | "desc" = "asc",
): Prisma.Sql {
  const [from, beyond] =
    direction === "asc" ? [Prisma.sql`>=`, Prisma.sql`>`] : [Prisma.sql`<=`, Prisma.sql`<`];
  return Prisma.sql`${column} ${from} ${key} AND (${column} ${beyond} ${key} OR ${idColumn} > ${afterId})`;
}
