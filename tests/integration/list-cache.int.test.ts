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
  const claim = await prisma.claim.create({ data: { projectId, number: 1, statement: "Defensive aims" } });
  await prisma.claim.create({ data: { projectId, number: 2, statement: "A fantasy" } });
  const evidence = await prisma.evidence.create({
    data: { projectId, claimId: claim.id, passageId: passage.id, stance: "supports", confidence: 3 },
  });
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
};

/** Reads a page through the cache, and says whether it was served as kept (one statement). */
async function read(list: keyof typeof pages) {
  const { result, queries } = await counter.count<{ data: unknown[] }>(pages[list]);
  return { page: result, kept: queries.length === 1 };
}

/** The page computed afresh, past what this process keeps. */
async function computed(list: keyof typeof pages) {
  clearSnapshotCaches();
  return pages[list]();
}

describe.each(Object.keys(pages) as (keyof typeof pages)[])("a kept %s page", (list) => {
  it("is served again, unchanged, in one statement, while nothing it shows changes", async () => {
    const first = await read(list);
    expect(first.kept).toBe(false);
    expect(first.page.data.length).toBe(2);
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
    expect((await read(list)).page.data).toHaveLength(2);
  });
});

// Each write goes through plain SQL, past the app's code, to what the page shows.
const writes: [keyof typeof pages, string, () => Promise<unknown>][] = [
  [
    "claims",
    "a claim's statement",
    () => prisma.$executeRaw`UPDATE "Claim" SET statement = ${unique("Aims")} WHERE id = ${ids.claim}`,
  ],
  [
    "claims",
    "a claim added",
    () =>
      prisma.$executeRaw`INSERT INTO "Claim" (id, "projectId", number, statement, "updatedAt") VALUES (${unique("c")}, ${access.projectId}, 3, 'New', now())`,
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
