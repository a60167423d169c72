import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { clearSnapshotCaches } from "@/lib/db/snapshot-cache";
import { requireProjectAccess } from "@/lib/projects/access";
import type { ProjectAccess } from "@/lib/projects/types";
import { searchProject } from "@/lib/search/data";
import type { SearchFilters } from "@/lib/search/schema";
import { createProject, createUser } from "./factories";
import { installQueryCounter } from "./query-counter";

// A kept search page must always equal the page searched afresh, for the member who asked: after
// any write to what search reads, and never another member's view of private notes.

let counter: Awaited<ReturnType<typeof installQueryCounter>>;
let alice: ProjectAccess;
let bob: ProjectAccess;
const ids: Record<string, string> = {};
// A word no other test writes, so that only this project's items match.
const word = `quagmire${Date.now().toString(36)}`;

beforeAll(async () => {
  counter = await installQueryCounter();
  const a = await createUser("alice");
  const b = await createUser("bob");
  const project = await createProject([
    { userId: a.id, role: "editor" },
    { userId: b.id, role: "editor" },
  ]);
  alice = await requireProjectAccess(a.id, project.id, "viewer");
  bob = await requireProjectAccess(b.id, project.id, "viewer");
  const projectId = project.id;
  const source = await prisma.source.create({
    data: { projectId, kind: "book", cslType: "book", title: `The ${word} of 1938` },
  });
  const observer = await prisma.observer.create({
    data: { projectId, name: "Foreign Office", kind: "ministry_department" },
  });
  const claim = await prisma.claim.create({
    data: { projectId, number: 1, statement: "Aims were defensive" },
  });
  const reading = await prisma.reading.create({
    data: { projectId, observerId: observer.id, sourceId: source.id, summary: "A minute on the letter" },
  });
  Object.assign(ids, {
    projectId,
    source: source.id,
    observer: observer.id,
    claim: claim.id,
    reading: reading.id,
  });
});

afterAll(async () => counter.uninstall());
beforeEach(() => clearSnapshotCaches());

async function search(access: ProjectAccess, filters: Partial<SearchFilters> = {}) {
  const { result, queries } = await counter.count(() =>
    searchProject(access, { q: word, limit: 25, ...filters } as SearchFilters & { limit: number }),
  );
  return { page: result, kept: queries.length === 1 };
}

async function fresh(access: ProjectAccess, filters: Partial<SearchFilters> = {}) {
  clearSnapshotCaches();
  return (await search(access, filters)).page;
}

const hitIds = (page: { data: { id: string }[] }) => page.data.map((hit) => hit.id).sort();

describe("a kept search page", () => {
  it("is served again in one statement while nothing searched changes", async () => {
    const first = await search(alice);
    expect(first.kept).toBe(false);
    expect(first.page.data.length).toBe(1);
    const again = await search(alice);
    expect(again.kept).toBe(true);
    expect(again.page).toBe(first.page);
  });

  const writes: [string, () => Promise<unknown>, Partial<SearchFilters>?][] = [
    [
      "a claim restated with the word",
      () =>
        prisma.$executeRaw`UPDATE "Claim" SET statement = ${`Aims were a ${word}`} WHERE id = ${ids.claim}`,
    ],
    [
      "a reading's summary",
      () =>
        prisma.$executeRaw`UPDATE "Reading" SET summary = ${`A ${word}, says the minute`} WHERE id = ${ids.reading}`,
    ],
    [
      "a shared note",
      () =>
        prisma.annotation.create({
          data: {
            projectId: ids.projectId!,
            authorId: bob.userId,
            visibility: "shared",
            body: `On the ${word}`,
            sourceId: ids.source,
          },
        }),
    ],
    [
      "a note made private by its author",
      () =>
        prisma.annotation.updateMany({ where: { authorId: bob.userId }, data: { visibility: "private" } }),
      { kind: "annotation" },
    ],
    [
      "a reading redated (the date filter)",
      () =>
        prisma.$executeRaw`UPDATE "Reading" SET "readAtStart" = '1938-02-20', "readAtEnd" = '1938-02-20', "readAtEdtf" = '1938-02-20' WHERE id = ${ids.reading}`,
      { from: new Date("1938-02-01T00:00:00Z"), to: new Date("1938-02-28T23:59:59Z") },
    ],
    [
      "the reading's stance toward a claim (the stance filter)",
      () =>
        prisma.readingClaimStance.create({
          data: { readingId: ids.reading!, claimId: ids.claim!, stance: "contradicts" },
        }),
      { stance: "contradicts" },
    ],
  ];
  it.each(writes)("is searched again after %s", async (_what, write, filters = {}) => {
    const before = await search(alice, filters);
    expect((await search(alice, filters)).kept).toBe(true);
    await write();
    const after = await search(alice, filters);
    expect(after.kept).toBe(false);
    expect(after.page).toEqual(await fresh(alice, filters));
    expect(after.page).not.toEqual(before.page);
  });

  it("is never another member's: a private note is found by its author only", async () => {
    const note = await prisma.annotation.create({
      data: {
        projectId: ids.projectId!,
        authorId: alice.userId,
        visibility: "private",
        body: `Private: the ${word} again`,
        sourceId: ids.source,
      },
    });
    const mine = await search(alice, { kind: "annotation" });
    const theirs = await search(bob, { kind: "annotation" });
    expect(theirs.kept).toBe(false);
    expect(hitIds(mine.page)).toContain(note.id);
    expect(hitIds(theirs.page)).not.toContain(note.id);
    expect(hitIds(theirs.page)).toEqual(hitIds(await fresh(bob, { kind: "annotation" })));
  });
});
