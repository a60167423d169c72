import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { type Endpoint, endpoints } from "@/lib/api/endpoints";
import { prisma } from "@/lib/db/client";
import { handlerOf } from "./api-routes";
import { validBodies } from "./endpoint-bodies";
import { callRoute } from "./factories";
import { createPopulatedProject, createUsers } from "./project-fixture";

// Every endpoint of lib/api/endpoints.ts, walked with bad input: a fixed corpus (NUL, lone
// surrogates, deep nesting, huge numbers, wrong types) and bodies that fast-check generates from
// each endpoint's valid one. Each answer must be a 4xx in the API's error format, and the
// database must be exactly as it was.

const all = (Object.entries(endpoints) as [string, Endpoint][]).filter(
  ([, endpoint]) => endpoint.path !== "/openapi.json",
);
const withBody = all.filter(([, endpoint]) => endpoint.body);
const withParams = all.filter(([, endpoint]) => endpoint.params);

let owner: { id: string };
let ids: Awaited<ReturnType<typeof createPopulatedProject>>["ids"];

beforeAll(async () => {
  owner = (await createUsers()).owner;
  ids = (await createPopulatedProject([{ userId: owner.id, role: "owner" }])).ids;
});

/** A digest of every row of every table: equal before and after means nothing was written. */
async function databaseDigest(): Promise<string> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const parts = tables.map(
    ({ name }) =>
      `SELECT ${`'${name}'`} || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS d FROM ${name} t`,
  );
  const rows = await prisma.$queryRawUnsafe<{ d: string }[]>(parts.join(" UNION ALL "));
  return rows
    .map((row) => row.d)
    .sort()
    .join("\n");
}

function pathFor(endpoint: Endpoint, params: Record<string, string>) {
  return `/api/v1${endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]!))}`;
}

function paramsOf(endpoint: Endpoint, override?: Record<string, string>) {
  const names = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  const known = ids as unknown as Record<string, string>;
  return Object.fromEntries(names.map((name) => [name, override?.[name] ?? known[name] ?? "unknown-id"]));
}

async function call(
  endpoint: Endpoint,
  options: { body?: unknown; query?: string; params?: Record<string, string> },
) {
  const params = paramsOf(endpoint, options.params);
  return callRoute(handlerOf(endpoint), `${pathFor(endpoint, params)}${options.query ?? ""}`, {
    userId: owner.id,
    method: endpoint.method,
    params: Object.keys(params).length ? params : undefined,
    body: options.body,
  });
}

function expectRefused(answer: { status: number; body: { error?: { code?: unknown; message?: unknown } } }) {
  expect(answer.status, JSON.stringify(answer.body)).toBeGreaterThanOrEqual(400);
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500);
  expect(typeof answer.body.error?.code).toBe("string");
  expect(typeof answer.body.error?.message).toBe("string");
}

type Leaf = { path: (string | number)[]; value: unknown };

/** Every leaf of a body with its path (strings, numbers, booleans). */
function leavesOf(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) =>
      leavesOf(item, [...path, Array.isArray(value) ? Number(key) : key]),
    );
  }
  return [{ path, value }];
}

function withLeaf(body: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(body) ? [...body] : { ...(body as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head!] = withLeaf(copy[head!], rest, value);
  return copy;
}

const NUL = "\u0000";
const UNSTORABLE = [NUL, "\uD800", "\uDBFF", "\uDC00", "\uDFFF"];

/** Text with a NUL or a lone surrogate somewhere in it (fast-check's strings are ASCII). */
const unstorableText = fc
  .tuple(fc.string({ maxLength: 30 }), fc.constantFrom(...UNSTORABLE), fc.string({ maxLength: 30 }))
  .map(([before, bad, after]) => before + bad + after);

const notAString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
);

const notANumber = fc.oneof(
  fc.string({ maxLength: 10 }).filter((text) => Number.isNaN(Number(text)) || text.trim() === ""),
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constantFrom(1e308, -1e308, 2 ** 64, -(2 ** 63), 0.5),
);

describe.each(withBody)("%s: generated bad bodies", (name, endpoint) => {
  it("are refused with a 4xx, and nothing is written", async () => {
    const valid = validBodies[name]!(ids);
    const leaves = leavesOf(valid);
    const textLeaves = leaves.filter((leaf) => typeof leaf.value === "string");
    const before = await databaseDigest();

    // Bad text in a string field: refused, the field named.
    if (textLeaves.length) {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...textLeaves), unstorableText, async (leaf, text) => {
          const answer = await call(endpoint, { body: withLeaf(valid, leaf.path, text) });
          expectRefused(answer);
          expect(answer.status).toBe(400);
          expect(Object.keys(answer.body.error.fieldErrors ?? {})).toContain(leaf.path.join("."));
        }),
        { numRuns: 12 },
      );
    }
    // A value of the wrong type in any field, or an unknown key with bad text: refused.
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...leaves), fc.nat(), unstorableText, async (leaf, seed, text) => {
        const wrong = fc.sample<unknown>(typeof leaf.value === "number" ? notANumber : notAString, {
          numRuns: 1,
          seed,
        })[0];
        expectRefused(await call(endpoint, { body: withLeaf(valid, leaf.path, wrong) }));
        expectRefused(await call(endpoint, { body: { ...valid, [text]: "x" } }));
      }),
      { numRuns: 8 },
    );

    expect(await databaseDigest()).toBe(before);
  });
});

describe.each(withBody)("%s: the fixed corpus", (name, endpoint) => {
  it("NUL, lone surrogates, deep nesting, huge numbers and wrong types are refused; nothing is written", async () => {
    const valid = validBodies[name]!(ids);
    const before = await databaseDigest();
    let deep: unknown = "leaf";
    for (let level = 0; level < 200; level++) deep = [deep];
    const bodies: unknown[] = [
      ...leavesOf(valid).flatMap((leaf) => [
        ...UNSTORABLE.map((bad) => withLeaf(valid, leaf.path, `text${bad}`)),
        withLeaf(valid, leaf.path, deep),
        withLeaf(valid, leaf.path, 1e308),
        withLeaf(valid, leaf.path, { nested: { object: true } }),
        withLeaf(valid, leaf.path, [[], [[]]]),
      ]),
      [],
      "a string",
      12,
      null,
      deep,
    ];
    for (const body of bodies) {
      const answer = await call(endpoint, { body });
      // 1e308 or an object may happen to be valid for a field: only a refusal is checked then.
      if (answer.status < 400) continue;
      expectRefused(answer);
    }
    // The unstorable ones and the deep one are always refused, naming the field.
    for (const leaf of leavesOf(valid)) {
      for (const bad of UNSTORABLE) {
        const answer = await call(endpoint, { body: withLeaf(valid, leaf.path, `text${bad}`) });
        if (typeof leaf.value !== "string") continue;
        expect(answer.status).toBe(400);
        expect(answer.body.error.fieldErrors).toHaveProperty([leaf.path.join(".")]);
      }
      const nested = await call(endpoint, { body: withLeaf(valid, leaf.path, deep) });
      expectRefused(nested);
    }
    expect(await databaseDigest()).toBe(before);
  });
});

describe.each(all)("%s: NUL in the address", (_name, endpoint) => {
  it("in a query parameter, and in an id of the path: 400 naming it, nothing written", async () => {
    const before = await databaseDigest();
    const body = endpoint.body ? validBodies[_name]!(ids) : undefined;
    const queryKeys = Object.keys((endpoint.query as { shape?: object } | undefined)?.shape ?? {});
    for (const key of [...queryKeys, "unknown"]) {
      const answer = await call(endpoint, { body, query: `?${key}=a%00b` });
      expect(answer.status, key).toBe(400);
      expect(answer.body.error.fieldErrors).toHaveProperty([key]);
    }
    if (withParams.some(([name]) => name === _name)) {
      const names = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
      for (const param of names) {
        const answer = await call(endpoint, { body, params: { [param]: `id${NUL}` } });
        expect(answer.status, param).toBe(400);
        expect(answer.body.error.fieldErrors).toHaveProperty([param]);
      }
    }
    expect(await databaseDigest()).toBe(before);
  });
});

describe("imports with text that cannot be stored", () => {
  const importSources = endpoints.importSources;
  const importFile = (text: string, type: string, query = "") =>
    callRoute(handlerOf(importSources), `/api/v1/projects/${ids.projectId}/import${query}`, {
      userId: owner.id,
      method: "POST",
      params: { projectId: ids.projectId },
      rawBody: text,
      headers: { "content-type": type },
    });

  it("BibTeX: the entry with a NUL is refused with its line; the good one is imported", async () => {
    const bibtex = `@book{good,\n  title = {A Good Book},\n  year = {1990}\n}\n\n@book{bad,\n  title = {A Bad${NUL} Book},\n  year = {1991}\n}\n`;
    const answer = await importFile(bibtex, "application/x-bibtex");
    expect(answer.status).toBe(200);
    expect(answer.body.data.imported).toHaveLength(1);
    expect(answer.body.data.failed).toHaveLength(1);
    expect(answer.body.data.failed[0].reason).toMatch(/^Line 6 \(title\): Contains a NUL character/);
    expect(
      await prisma.source.count({ where: { projectId: ids.projectId, title: { startsWith: "A Bad" } } }),
    ).toBe(0);
  });

  it("CSL-JSON: an escaped NUL and a lone surrogate are refused per item, nothing of them written", async () => {
    const items = JSON.stringify([
      { id: "a", type: "book", title: "Escaped\u0000NUL" },
      { id: "b", type: "book", title: "Lone \uD800 surrogate" },
    ]);
    const before = await databaseDigest();
    const answer = await importFile(items, "application/vnd.citationstyles.csl+json");
    expect(answer.status).toBe(200);
    const reasons = answer.body.data.failed.map((entry: { reason: string }) => entry.reason);
    expect(reasons[0]).toMatch(/\(title\): Contains a NUL character/);
    expect(reasons[1]).toMatch(/\(title\): Contains a lone surrogate \(U\+D800\)/);
    expect(await databaseDigest()).toBe(before);
  });

  it("a .csl style with a NUL: 400 naming the line, nothing written", async () => {
    const before = await databaseDigest();
    const answer = await callRoute(
      handlerOf(endpoints.uploadCitationStyle),
      `/api/v1/projects/${ids.projectId}/citation-styles`,
      {
        userId: owner.id,
        method: "POST",
        params: { projectId: ids.projectId },
        rawBody: `<?xml version="1.0"?>\n<style>${NUL}</style>`,
        headers: { "content-type": "application/vnd.citationstyles.style+xml" },
      },
    );
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/NUL character \(U\+0000\) on line 2/);
    expect(await databaseDigest()).toBe(before);
  });
});
