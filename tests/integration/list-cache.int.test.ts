import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listClaims } from "@/lib/claims/data";
import { prisma } from "@/lib/db/client";
import { clearSnapshotCaches } from "@/lib/db/snapshot-cache";
import { requireProjectAccess } from "@/lib/projects/access";
import type { ProjectAccess } from "@/lib/projects/types";
import { listSources } from "@/lib/sources/data";
import { createProject, createUser, unique } from "./factories";
import { installQueryCounter } from "./query-counter";

// Claim and source pages are kept like chains (lib/db/snapshot-cache.ts): a kept page must always
// equal the page computed afresh, after any write to what it shows, by any path (plain SQL here,
// so that only the triggers can tell).

let counter: Awaited<ReturnType<typeof installQueryCounter>>;
let access: ProjectAccess;
let otherProjectId: string;
let otherClaims = 0;
const ids: Record<string, string> = {};

beforeAll(async () => {
  counter = await installQueryCounter();
  const user = await createUser("list-cache");
  const project = await createProject([{ userId: user.id, role: "editor" }]);
  access = await requireProjectAccess(user.id, project.id, "viewer");
  otherProjectId = (await createProject([{ userId: user.id, role: "editor" }])).id;
  const projectId = project.id;
  const times = await prisma.source.create({
    data: {
      projectId,
      kind: "newspaper_article",
      cslType: "article-newspaper",
      title: "The Times, 14 February 1938",
    },
  });
  const book = await prisma.source.create({
    data: { projectId, kind: "book", cslType: "book", title: "Stalin's Drive to the West" },
  });
  await prisma.sourceContributor.create({
    data: { sourceId: book.id, role: "author", family: "Raack", given: "R. C.", position: 0 },
  });
  const passage = await prisma.passage.create({
    data: { projectId, sourceId: times.id, text: "M. Stalin's letter", page: "12" },
  });
  const claim = await prisma.claim.create({
    data: { projectId, number: 1, statement: "Defensive aims", tags: ["defensive"] },
  });
  await prisma.claim.create({ data: { projectId, number: 2, statement: "A fantasy", status: "contested" } });
  // Two witnesses, The Times and Raack: two independent origins until one derives from the other.
  const witnessed = await prisma.claim.create({ data: { projectId, number: 3, statement: "Two witnesses" } });
  const evidence = await prisma.evidence.create({
    data: { projectId, claimId: claim.id, passageId: passage.id, stance: "supports", confidence: 3 },
  });
  for (const sourceId of [times.id, book.id]) {
    await prisma.evidence.create({
      data: { projectId, claimId: witnessed.id, sourceId, stance: "supports", confidence: 3 },
    });
  }
  Object.assign(ids, {
    times: times.id,
    book: book.id,
    passage: passage.id,
    claim: claim.id,
    evidence: evidence.id,
  });
});

afterAll(async () => counter.uninstall());
beforeEach(() => clearSnapshotCaches());

const pages = {
  claims: () => listClaims(access, { limit: 25, sort: "number" }),
  sources: () => listSources(access, { limit: 25 }),
  "single-origin claims": () => listClaims(access, { limit: 25, sort: "number", singleOrigin: true }),
  "archival claims": () => listClaims(access, { limit: 25, sort: "number", hasArchival: true }),
};
type Page = keyof typeof pages;

/** Reads a page through the cache, and says whether it was served as kept (one statement). */
async function read(list: Page) {
  const { result, queries } = await counter.count<{ data: unknown[] }>(pages[list]);
  return { page: result, kept: queries.length === 1 };
}

/** The page computed afresh, past what this process keeps. */
async function computed(list: Page) {
  clearSnapshotCaches();
  return pages[list]();
}

describe.each(["claims", "sources"] as const)("a kept %s page", (list) => {
  it("is served again, unchanged, in one statement, while nothing it shows changes", async () => {
    const first = await read(list);
    expect(first.kept).toBe(false);
    expect(first.page.data.length).toBe(list === "claims" ? 3 : 2);
    const second = await read(list);
    expect(second.kept).toBe(true);
    expect(second.page).toBe(first.page);
  });

  it("is kept through a write to another project, and apart from other filters", async () => {
    await read(list);
    await prisma.source.create({
      data: { projectId: otherProjectId, kind: "book", cslType: "book", title: unique("Elsewhere") },
    });
    await prisma.claim.create({
      data: { projectId: otherProjectId, number: ++otherClaims, statement: unique("Elsewhere") },
    });
    expect((await read(list)).kept).toBe(true);
    const narrower =
      list === "claims"
        ? await listClaims(access, { limit: 25, sort: "number", q: "fantasy" })
        : await listSources(access, { limit: 25, q: "raack" });
    expect(narrower.data).toHaveLength(1);
  });

  it("cannot be changed by one reader for the next", async () => {
    const { page } = await read(list);
    expect(() => {
      (page.data as unknown[]).pop();
    }).toThrow(TypeError);
    expect((await read(list)).page.data).toHaveLength(list === "claims" ? 3 : 2);
  });
});

// Each query differs from the plain page in one field: were that field missing from the key, the
// plain page, kept first, would be served for it.
const variants: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
  ...(
    [
      ["status", { status: "contested" }],
      ["tag", { tag: "Defensive" }],
      ["words", { q: "fantasy" }],
      ["contradicting evidence", { hasContradicting: true }],
      ["archival evidence", { hasArchival: true }],
      ["single origin", { singleOrigin: true }],
      ["sort", { sort: "-number" }],
      ["limit", { limit: 1 }],
      ["cursor", { after: { key: 1, id: "~" } }],
    ] as const
  ).map(([field, change]): [string, () => Promise<unknown>, () => Promise<unknown>] => [
    `claims by ${field}`,
    pages.claims,
    () => listClaims(access, { limit: 25, sort: "number", ...change }),
  ]),
  ...(
    [
      ["kind", { kind: "book" }],
      ["words", { q: "raack" }],
      ["limit", { limit: 1 }],
      ["cursor", { after: { key: "T", id: "" } }],
    ] as const
  ).map(([field, change]): [string, () => Promise<unknown>, () => Promise<unknown>] => [
    `sources by ${field}`,
    pages.sources,
    () => listSources(access, { limit: 25, ...change }),
  ]),
];

describe("each filter, sort and position is kept apart", () => {
  it.each(variants)("%s", async (_what, plain, variant) => {
    const kept = await plain();
    const served = await variant();
    clearSnapshotCaches();
    const fresh = await variant();
    expect(fresh).not.toEqual(kept);
    expect(served).toEqual(fresh);
  });
});

// Each write goes through plain SQL, past the app's code, to what the page shows.
const writes: [Page, string, () => Promise<unknown>][] = [
  [
    "claims",
    "a claim's statement",
    () => prisma.$executeRaw`UPDATE "Claim" SET statement = ${unique("Aims")} WHERE id = ${ids.claim}`,
  ],
  [
    "claims",
    "a claim added",
    () =>
      prisma.$executeRaw`INSERT INTO "Claim" (id, "projectId", number, statement, "updatedAt") VALUES (${unique("c")}, ${access.projectId}, 4, 'New', now())`,
  ],
  [
    "claims",
    "evidence added (the stance counts)",
    () =>
      prisma.$executeRaw`INSERT INTO "Evidence" (id, "projectId", "claimId", "sourceId", stance, confidence, position, "updatedAt") VALUES (${unique("e")}, ${access.projectId}, ${ids.claim}, ${ids.book}, 'contradicts', 2, 1, now())`,
  ],
  ["claims", "evidence removed", () => prisma.$executeRaw`DELETE FROM "Evidence" WHERE id = ${ids.evidence}`],
  [
    "sources",
    "a source's title",
    () => prisma.$executeRaw`UPDATE "Source" SET title = ${unique("The Times")} WHERE id = ${ids.times}`,
  ],
  [
    "sources",
    "an author's name",
    () => prisma.$executeRaw`UPDATE "SourceContributor" SET family = 'Raak' WHERE "sourceId" = ${ids.book}`,
  ],
  [
    "sources",
    "a passage added (the passage count)",
    () =>
      prisma.$executeRaw`INSERT INTO "Passage" (id, "projectId", "sourceId", text, position, "updatedAt") VALUES (${unique("p")}, ${access.projectId}, ${ids.book}, 'A page', 0, now())`,
  ],
  [
    "sources",
    "evidence citing a source (the evidence count)",
    () =>
      prisma.$executeRaw`INSERT INTO "Evidence" (id, "projectId", "claimId", "sourceId", stance, confidence, position, "updatedAt") VALUES (${unique("e")}, ${access.projectId}, ${ids.claim}, ${ids.book}, 'qualifies', 4, 2, now())`,
  ],
  [
    "single-origin claims",
    "a provenance relation: Raack quotes The Times (one origin left)",
    () =>
      prisma.$executeRaw`INSERT INTO "SourceRelation" (id, "projectId", "fromSourceId", "toSourceId", type, "updatedAt") VALUES (${unique("r")}, ${access.projectId}, ${ids.book}, ${ids.times}, 'quotes', now())`,
  ],
  [
    "archival claims",
    "a source filed in an archive",
    () => prisma.$executeRaw`UPDATE "Source" SET archive = 'The National Archives' WHERE id = ${ids.times}`,
  ],
];

describe("a kept page is computed again", () => {
  it.each(writes)("%s page, after %s", async (list, _what, write) => {
    const before = await read(list);
    expect((await read(list)).kept).toBe(true);
    await write();
    const after = await read(list);
    expect(after.kept).toBe(false);
    expect(after.page).not.toEqual(before.page);
    expect(after.page).toEqual(await computed(list));
  });
});
