import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { clearSnapshotCaches } from "@/lib/db/snapshot-cache";
import { getCachedEvidenceChain } from "@/lib/evidence/chain-cache";
import { getEvidenceChain } from "@/lib/evidence/data";
import { requireProjectAccess } from "@/lib/projects/access";
import type { ProjectAccess } from "@/lib/projects/types";
import { createProject, createUser, unique } from "./factories";
import { installQueryCounter } from "./query-counter";

// The kept chain must always equal the chain computed afresh: after any write to what it rests
// on, by any path (plain SQL here, so that only the triggers can tell), and even when the write
// was in flight while the chain was computed.

let counter: Awaited<ReturnType<typeof installQueryCounter>>;
let access: ProjectAccess;
let otherProjectId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  counter = await installQueryCounter();
  const user = await createUser("cache");
  const project = await createProject([{ userId: user.id, role: "editor" }]);
  access = await requireProjectAccess(user.id, project.id, "viewer");
  otherProjectId = (await createProject([{ userId: user.id, role: "editor" }])).id;
  const projectId = project.id;
  const source = (kind: "newspaper_article" | "book", title: string) =>
    prisma.source.create({ data: { projectId, kind, cslType: "article-newspaper", title: unique(title) } });
  const pravda = await source("newspaper_article", "Pravda");
  const times = await source("newspaper_article", "The Times");
  const book = await source("book", "Raack");
  await prisma.sourceContributor.create({
    data: { sourceId: book.id, role: "author", family: "Raack", given: "R. C.", position: 0 },
  });
  await prisma.sourceRelation.create({
    data: { projectId, fromSourceId: times.id, toSourceId: pravda.id, type: "reports" },
  });
  const passage = await prisma.passage.create({
    data: { projectId, sourceId: times.id, text: "M. Stalin's letter", page: "12" },
  });
  const translation = await prisma.passageTranslation.create({
    data: { passageId: passage.id, language: "fr", text: "La lettre de M. Staline" },
  });
  const claim = await prisma.claim.create({ data: { projectId, number: 1, statement: unique("Defensive") } });
  const sub = await prisma.claim.create({ data: { projectId, number: 2, statement: unique("Sub-claim") } });
  const evidence = await prisma.evidence.create({
    data: { projectId, claimId: claim.id, passageId: passage.id, stance: "supports", confidence: 3 },
  });
  await prisma.evidence.create({
    data: { projectId, claimId: claim.id, supportingClaimId: sub.id, stance: "supports", confidence: 3 },
  });
  await prisma.evidence.create({
    data: { projectId, claimId: sub.id, sourceId: book.id, stance: "supports", confidence: 4 },
  });
  Object.assign(ids, {
    pravda: pravda.id,
    times: times.id,
    book: book.id,
    passage: passage.id,
    translation: translation.id,
    claim: claim.id,
    sub: sub.id,
    evidence: evidence.id,
  });
});

afterAll(async () => counter.uninstall());
beforeEach(() => clearSnapshotCaches());

/** Reads through the cache, and says whether it was served as kept (one statement, no chain read). */
async function read() {
  const { result, queries } = await counter.count(() => getCachedEvidenceChain(access, ids.claim!));
  return { chain: result, kept: queries.length === 1 };
}

describe("a kept chain", () => {
  it("is served again, unchanged, in one statement, while nothing it rests on changes", async () => {
    const first = await read();
    expect(first.kept).toBe(false);
    const second = await read();
    expect(second.kept).toBe(true);
    expect(second.chain).toBe(first.chain);
    expect(second.chain).toEqual(await getEvidenceChain(access, ids.claim!));
  });

  it("cannot be changed by one reader for the next", async () => {
    const { chain } = await read();
    expect(() => {
      (chain.evidence as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (chain.evidence[0] as { confidence: number }).confidence = 1;
    }).toThrow(TypeError);
  });

  it("is kept through a write to another project", async () => {
    await read();
    await prisma.$executeRaw`UPDATE "Source" SET title = title || '!' WHERE "projectId" = ${otherProjectId}`;
    await prisma.source.create({
      data: { projectId: otherProjectId, kind: "book", cslType: "book", title: unique("Elsewhere") },
    });
    expect((await read()).kept).toBe(true);
  });

  // Each write goes through plain SQL, past the app's code, to what the chain shows.
  const writes: [string, () => Promise<unknown>][] = [
    [
      "a cited source's title",
      () => prisma.$executeRaw`UPDATE "Source" SET title = ${unique("The Times")} WHERE id = ${ids.times}`,
    ],
    [
      "an upstream source's date",
      () => prisma.$executeRaw`UPDATE "Source" SET "issuedEdtf" = '1938-02' WHERE id = ${ids.pravda}`,
    ],
    [
      "a sub-claim's source's author",
      () => prisma.$executeRaw`UPDATE "SourceContributor" SET family = 'Raak' WHERE "sourceId" = ${ids.book}`,
    ],
    [
      "a new author",
      () =>
        prisma.$executeRaw`INSERT INTO "SourceContributor" (id, "sourceId", role, family, position) VALUES (${unique("c")}, ${ids.times}, 'author', 'Correspondent', 0)`,
    ],
    [
      "the passage's page",
      () => prisma.$executeRaw`UPDATE "Passage" SET page = '13' WHERE id = ${ids.passage}`,
    ],
    [
      "the passage's translation",
      () =>
        prisma.$executeRaw`UPDATE "PassageTranslation" SET text = 'La lettre' WHERE id = ${ids.translation}`,
    ],
    [
      "a translation removed",
      () => prisma.$executeRaw`DELETE FROM "PassageTranslation" WHERE id = ${ids.translation}`,
    ],
    [
      "the sub-claim's statement",
      () => prisma.$executeRaw`UPDATE "Claim" SET statement = ${unique("Changed")} WHERE id = ${ids.sub}`,
    ],
    [
      "the evidence's confidence",
      () => prisma.$executeRaw`UPDATE "Evidence" SET confidence = 5 WHERE id = ${ids.evidence}`,
    ],
    [
      "a sub-claim's evidence removed",
      () => prisma.$executeRaw`DELETE FROM "Evidence" WHERE "claimId" = ${ids.sub}`,
    ],
    [
      "a provenance relation added",
      () =>
        prisma.$executeRaw`INSERT INTO "SourceRelation" (id, "projectId", "fromSourceId", "toSourceId", type, "updatedAt") VALUES (${unique("r")}, ${access.projectId}, ${ids.pravda}, ${ids.book}, 'quotes', now())`,
    ],
    [
      "a provenance relation removed",
      () => prisma.$executeRaw`DELETE FROM "SourceRelation" WHERE "fromSourceId" = ${ids.times}`,
    ],
  ];
  it.each(writes)("is computed again after %s", async (_what, write) => {
    const before = await read();
    expect((await read()).kept).toBe(true);
    await write();
    const after = await read();
    expect(after.kept).toBe(false);
    expect(after.chain).toEqual(await getEvidenceChain(access, ids.claim!));
    expect(after.chain).not.toEqual(before.chain);
  });

  it("is not served after a write that was in flight while it was computed", async () => {
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      const title = unique("Written meanwhile");
      await other.query("BEGIN");
      await other.query(`UPDATE "Source" SET title = $1 WHERE id = $2`, [title, ids.times]);
      // Computed while the write is uncommitted: it cannot see it, and is kept.
      const during = await read();
      expect(during.chain.sources[ids.times!]!.title).not.toBe(title);
      expect((await read()).kept).toBe(true);
      await other.query("COMMIT");
      const after = await read();
      expect(after.kept).toBe(false);
      expect(after.chain.sources[ids.times!]!.title).toBe(title);
    } finally {
      await other.end();
    }
  });
});
