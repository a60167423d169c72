// Keyset paging of lists: a page is the rows after the position of the previous page's last row,
// fetched limit + 1 at a time, so that a page deep in a list costs what the first one does.
// The HTTP side (the page query parameters, cursors read from an address) is lib/api/pagination.ts.

/** Cursors are opaque to clients: the keyset position of the last item, as base64url JSON. */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position)).toString("base64url");
}

/** The position encodeCursor wrote, unchecked; throws when the text is not a cursor at all. */
export function readCursor(cursor: string): unknown {
  return JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
}

/**
 * Fetch limit + 1 rows, return limit of them and the cursor of the last one when there are more.
 */
export function toPage<T>(rows: T[], limit: number, positionOf: (row: T) => unknown) {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  return { data, nextCursor: rows.length > limit && last ? encodeCursor(positionOf(last)) : null };
}

/**
 * Rows after a keyset position in the ascending order (field, id), as a Prisma filter an index on
 * (…, field) can start from: `field >= key` bounds the index scan, the OR settles ties by id.
 * Written as (field > key OR (field = key AND id > after)), PostgreSQL reads the index from the
 * first row and filters: 29 ms against 0.1 ms halfway through 100,000 sources (bench/RESULTS.md).
 * The same bound in SQL written by hand: keysetAfterSql (keyset-sql.ts).
 */
export function ascendingAfter<F extends string, A extends { id: string } & Record<F, string | number>>(
  field: F,
  after: A,
) {
  const key = after[field];
  return {
    [field]: { gte: key },
    OR: [{ [field]: { gt: key } }, { id: { gt: after.id } }],
  } as { [P in F]: { gte: A[F] } } & { OR: ({ [P in F]: { gt: A[F] } } | { id: { gt: string } })[] };
}

/** The position of a row in a list kept newest first. */
export interface NewestFirstCursor {
  createdAt: string;
  id: string;
}

/**
 * The where and order of one page of a newest-first list: the rows older than `after`, or (going
 * back towards the newest) those newer than `before`, fetched limit + 1 at a time.
 */
export function newestFirstKeyset(page: { after?: NewestFirstCursor; before?: NewestFirstCursor }) {
  const at = page.before ?? page.after;
  const beyond = page.before ? "gt" : "lt";
  const order = page.before ? ("asc" as const) : ("desc" as const);
  return {
    where: at
      ? {
          OR: [
            { createdAt: { [beyond]: new Date(at.createdAt) } },
            { createdAt: new Date(at.createdAt), id: { [beyond]: at.id } },
          ],
        }
      : {},
    orderBy: [{ createdAt: order }, { id: order }],
  };
}

/** The rows newestFirstKeyset fetched, newest first, with the cursors of the pages on either side. */
export function newestFirstPage<T extends { createdAt: Date; id: string }>(
  rows: T[],
  page: { limit: number; after?: NewestFirstCursor; before?: NewestFirstCursor },
) {
  const backwards = page.before !== undefined;
  const more = rows.length > page.limit;
  const shown = rows.slice(0, page.limit);
  if (backwards) shown.reverse();
  const cursorOf = (row: T | undefined) =>
    row
      ? encodeCursor({ createdAt: row.createdAt.toISOString(), id: row.id } satisfies NewestFirstCursor)
      : null;
  return {
    rows: shown,
    /** Older rows, when there are any. */
    nextCursor: backwards || more ? cursorOf(shown.at(-1)) : null,
    /** Newer rows, when this is not the first page. */
    previousCursor: (backwards ? more : page.after !== undefined) ? cursorOf(shown[0]) : null,
  };
}
