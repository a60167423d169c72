import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { listMyAnnotationsPage } from "@/lib/annotations/data";
import { noteCursorSchema } from "@/lib/annotations/schema";
import { decodeCursor } from "@/lib/api/pagination";
import { getClaimWithChain, listClaims } from "@/lib/claims/data";
import { prisma } from "@/lib/db/client";
import type { SourceRelationType, Stance } from "@/lib/db/generated/enums";
import { getEvidenceChain } from "@/lib/evidence/data";
import { reorderEvidence } from "@/lib/evidence/mutations";
import { listProjectHistory } from "@/lib/history/data";
import { historyCursorSchema } from "@/lib/history/schema";
import {
  COMPARISON_LIMITS,
  getComparison,
  getObserverDetail,
  getReadingMatrix,
  MATRIX_READINGS_LIMIT,
} from "@/lib/observers/data";
import { matrixSourceCursorSchema, observerReadingCursorSchema } from "@/lib/observers/schema";
import { requireProjectAccess } from "@/lib/projects/access";
import type { ProjectAccess } from "@/lib/projects/types";
import { getSourceDetail, listSources, SOURCE_RELATIONS_SHOWN } from "@/lib/sources/data";
import { createProject, createUser, unique } from "./factories";
import { installQueryCounter } from "./query-counter";

// What a page costs in statements must not grow with what it shows: each read below runs on a
// small and on a large case and must send the same number of statements. A query per item (an
// await in a loop over rows) makes the large case send more, and fails the test.

let counter: Awaited<ReturnType<typeof installQueryCounter>>;
let userId: string;

beforeAll(async () => {
  counter = await installQueryCounter();
  userId = (await createUser("counted")).id;
});
afterAll(async () => counter.uninstall());

async function newProject(): Promise<ProjectAccess> {
  const project = await createProject([{ userId, role: "owner" }]);
  return requireProjectAccess(userId, project.id, "viewer");
}

async function statementsOf(run: () => Promise<unknown>) {
  return (await counter.count(run)).queries.length;
}

function createSources(projectId: string, count: number, label: string) {
  return prisma.source.createManyAndReturn({
    data: Array.from({ length: count }, (_, index) => ({
      projectId,
      kind: "newspaper_article" as const,
      cslType: "article-newspaper",
      title: `${label} ${String(index).padStart(3, "0")}`,
      containerTitle: "The Times",
      archive: index % 3 === 0 ? "The National Archives" : null,
    })),
    select: { id: true },
  });
}

let nextClaimNumber = 1;
async function createClaim(projectId: string, statement = unique("Claim")) {
  return prisma.claim.create({ data: { projectId, number: nextClaimNumber++, statement } });
}

function relate(projectId: string, fromSourceId: string, toSourceId: string, type: SourceRelationType) {
  return prisma.sourceRelation.create({ data: { projectId, fromSourceId, toSourceId, type } });
}

type Target = { passageId: string } | { sourceId: string } | { supportingClaimId: string };

function cite(projectId: string, claimId: string, items: { target: Target; stance?: Stance }[]) {
  return prisma.evidence.createMany({
    data: items.map(({ target, stance }, position) => ({
      projectId,
      claimId,
      stance: stance ?? ("supports" as const),
      position,
      ...target,
    })),
  });
}

/**
 * Provenance chains `depth` levels deep: each chain's first source reprints the next, which
 * translates the next ... down to the chain's origin. Returns each chain's sources, newest first.
 */
async function provenanceChains(projectId: string, chains: number, depth: number) {
  const types: SourceRelationType[] = ["reprints", "translates", "reports", "quotes", "summarises"];
  const result: string[][] = [];
  for (let chain = 0; chain < chains; chain++) {
    const sources = (await createSources(projectId, depth + 1, unique(`Chain ${chain}`))).map((s) => s.id);
    for (let level = 0; level < depth; level++) {
      await relate(projectId, sources[level]!, sources[level + 1]!, types[level % types.length]!);
    }
    // A comment is a text of its own: it adds a relation to the chain, not an origin to follow.
    const [comment] = await createSources(projectId, 1, unique("Comment"));
    await relate(projectId, comment!.id, sources[0]!, "comments_on");
    result.push(sources);
  }
  return result;
}

async function passagesOf(projectId: string, sourceIds: string[], perSource = 1) {
  const passages = await prisma.passage.createManyAndReturn({
    data: sourceIds.flatMap((sourceId) =>
      Array.from({ length: perSource }, (_, position) => ({
        projectId,
        sourceId,
        position,
        text: `Passage ${position} of ${sourceId}`,
        language: "ru",
        page: String(position + 1),
      })),
    ),
    select: { id: true, sourceId: true },
  });
  await prisma.passageTranslation.createMany({
    data: passages.map((passage) => ({ passageId: passage.id, language: "en", text: "A translation" })),
  });
  return passages;
}

describe("a claim page's chain loads in a fixed number of statements", () => {
  it("3 evidence items over 1 level of provenance, or 60 over sub-claims and 4 levels: the same", async () => {
    const access = await newProject();
    const { projectId } = access;

    // Small: a passage of a report and the report's origin, and the origin as a whole source.
    const [[report, origin]] = (await provenanceChains(projectId, 1, 1)) as [[string, string]];
    const [reportPassage, originPassage] = await passagesOf(projectId, [report, origin]);
    const small = await createClaim(projectId);
    await cite(projectId, small.id, [
      { target: { passageId: reportPassage!.id } },
      { target: { passageId: originPassage!.id }, stance: "qualifies" },
      { target: { sourceId: origin } },
    ]);

    // Large: 12 chains of 4 derivations; a claim with 20 items, two of them sub-claims, one of
    // which rests on another sub-claim; 60 evidence items in all.
    const chains = await provenanceChains(projectId, 12, 4);
    const cited = chains.flatMap((chain) => chain.slice(0, 2));
    const passages = await passagesOf(projectId, cited, 2);
    const large = await createClaim(projectId);
    const middle = await createClaim(projectId);
    const deepest = await createClaim(projectId);
    const stances: Stance[] = ["supports", "supports", "contradicts", "qualifies", "context"];
    const items = (offset: number, count: number) =>
      Array.from({ length: count }, (_, index) => ({
        target:
          index % 4 === 3
            ? { sourceId: cited[(offset + index) % cited.length]! }
            : { passageId: passages[(offset + index) % passages.length]!.id },
        stance: stances[index % stances.length],
      }));
    await cite(projectId, large.id, [
      ...items(0, 18),
      { target: { supportingClaimId: middle.id } },
      { target: { supportingClaimId: deepest.id }, stance: "contradicts" },
    ]);
    await cite(projectId, middle.id, [...items(18, 19), { target: { supportingClaimId: deepest.id } }]);
    await cite(projectId, deepest.id, items(37, 20));
    expect(await prisma.evidence.count({ where: { projectId } })).toBe(3 + 60);

    const smallRun = await counter.count(() => getClaimWithChain(access, small.id));
    const largeRun = await counter.count(() => getClaimWithChain(access, large.id));
    console.info(
      `getClaimWithChain: ${smallRun.queries.length} statements for 3 evidence items, ` +
        `${largeRun.queries.length} for 60 (${largeRun.result!.chain.relations.length} relations)`,
    );
    expect(largeRun.queries.length).toBe(smallRun.queries.length);
    // The claim's own 20 items by stance: the 18 above, a supporting sub-claim and a contradicting one.
    expect(largeRun.result!.claim.evidenceCounts).toEqual({
      supports: 9,
      contradicts: 5,
      qualifies: 3,
      context: 3,
    });

    // And the large chain is whole: every item, every source down to the origins, every relation.
    const chain = largeRun.result!.chain;
    expect(chain.evidence).toHaveLength(20);
    expect(Object.keys(chain.subClaims).sort()).toEqual([middle.id, deepest.id].sort());
    const reached = chains.filter((sources) => chain.sources[sources[1]!]);
    expect(reached.length).toBeGreaterThan(6);
    for (const sources of reached) {
      expect(sources.every((id, level) => level === 0 || chain.sources[id])).toBe(true);
      expect(chain.sources[sources[4]!]?.isOrigin).toBe(true);
      expect(chain.sources[sources[3]!]?.isOrigin).toBe(false);
    }
    expect(chain.relations.filter((relation) => relation.derivation).length).toBeGreaterThanOrEqual(
      reached.length * 3,
    );
    expect(chain.independentOrigins.supports).toBeGreaterThan(1);
    expect(smallRun.result!.chain.independentOrigins.supports).toBe(1);
  });
});

describe("a chain's sources", () => {
  it("are cited by their first author, upstream ones too, never by an editor", async () => {
    const access = await newProject();
    const { projectId } = access;
    const [[report, origin]] = (await provenanceChains(projectId, 1, 1)) as [[string, string]];
    await prisma.sourceContributor.createMany({
      data: [
        { sourceId: report, role: "editor", position: 0, family: "Editorson", given: "E." },
        { sourceId: report, role: "author", position: 1, family: "Second", given: "S." },
        { sourceId: report, role: "author", position: 0, family: "Carley", given: "M. J." },
        { sourceId: origin, role: "author", position: 0, literal: "Foreign Office" },
      ],
    });
    const claim = await createClaim(projectId);
    await cite(projectId, claim.id, [{ target: { sourceId: report } }]);
    const chain = await getEvidenceChain(access, claim.id);
    expect(chain.sources[report]!.shortCitation).toMatch(/^Carley, /);
    expect(chain.sources[origin]!.shortCitation).toMatch(/^Foreign Office, /);
    expect(JSON.stringify(chain)).not.toContain("Editorson");
  });
});

describe("list pages send the same statements for 5 rows as for 50", () => {
  let access: ProjectAccess;

  beforeAll(async () => {
    access = await newProject();
    const { projectId } = access;
    const sources = (await createSources(projectId, 60, unique("Listed"))).map((source) => source.id);
    await passagesOf(projectId, sources, 2);
    for (let index = 0; index < 60; index++) {
      const claim = await createClaim(projectId, `Listed claim ${index}`);
      await cite(projectId, claim.id, [
        { target: { sourceId: sources[index]! } },
        { target: { sourceId: sources[(index + 1) % 60]! }, stance: index % 2 ? "supports" : "contradicts" },
      ]);
    }
  });

  it("listClaims, plain and with every filter", async () => {
    const filters = [
      { sort: "number" as const },
      { sort: "-updated" as const, hasArchival: true },
      { sort: "status" as const, singleOrigin: true, hasContradicting: true },
      { sort: "-number" as const, singleOrigin: false, q: "claim" },
    ];
    for (const filter of filters) {
      const few = await counter.count(() => listClaims(access, { ...filter, limit: 5 }));
      const many = await counter.count(() => listClaims(access, { ...filter, limit: 50 }));
      expect(few.result.data.length).toBe(5);
      expect(many.result.data.length).toBeGreaterThan(5);
      console.info(
        `listClaims ${JSON.stringify(filter)}: ${few.queries.length} statements for 5 rows, ` +
          `${many.queries.length} for ${many.result.data.length}`,
      );
      expect(many.queries.length).toBe(few.queries.length);
    }
  });

  it("listSources", async () => {
    const few = await counter.count(() => listSources(access, { limit: 5 }));
    const many = await counter.count(() => listSources(access, { limit: 50 }));
    expect(many.result.data).toHaveLength(50);
    expect(many.result.data[0]!.counts.passages).toBe(2);
    console.info(`listSources: ${few.queries.length} statements for 5 rows, ${many.queries.length} for 50`);
    expect(many.queries.length).toBe(few.queries.length);
  });

  it("listClaims pages by keyset in every order, through ties, each claim once, with its counts", async () => {
    const project = await newProject();
    const statuses = ["working", "supported", "contested"] as const;
    const claims: { id: string }[] = [];
    for (let index = 0; index < 11; index++) {
      const claim = await createClaim(project.projectId, `Paged claim ${index}`);
      claims.push(
        await prisma.claim.update({ where: { id: claim.id }, data: { status: statuses[index % 3] } }),
      );
    }
    const [source] = await createSources(project.projectId, 1, unique("Counted"));
    await cite(project.projectId, claims[4]!.id, [
      { target: { sourceId: source!.id } },
      { target: { sourceId: source!.id }, stance: "contradicts" },
      { target: { sourceId: source!.id }, stance: "contradicts" },
    ]);
    const cursorSchema = z.object({ key: z.union([z.number(), z.string()]), id: z.string() });
    for (const sort of ["number", "-number", "status", "-updated"] as const) {
      const seen: string[] = [];
      let after: z.infer<typeof cursorSchema> | undefined;
      for (let page = 0; page < 20; page++) {
        const result = await listClaims(project, { sort, limit: 2, after });
        seen.push(...result.data.map((claim) => claim.id));
        const counted = result.data.find((claim) => claim.id === claims[4]!.id);
        if (counted)
          expect(counted.evidenceCounts).toEqual({ supports: 1, contradicts: 2, qualifies: 0, context: 0 });
        if (!result.nextCursor) break;
        after = decodeCursor(result.nextCursor, cursorSchema);
      }
      const all = (await listClaims(project, { sort, limit: 100 })).data.map((claim) => claim.id);
      expect(all).toHaveLength(11);
      expect(seen, sort).toEqual(all);
    }
  });

  it("listSources filters by kind and by text in the title, original title, container or an author, literally", async () => {
    const project = await newProject();
    const base = { projectId: project.projectId, cslType: "article-newspaper" };
    const letter = await prisma.source.create({
      data: { ...base, kind: "letter", title: "Ответ товарищу Иванову", titleOriginal: "Reply to Ivanov" },
    });
    const times = await prisma.source.create({
      data: { ...base, kind: "newspaper_article", title: "Stalin's letter", containerTitle: "The Times" },
    });
    const byAuthor = await prisma.source.create({
      data: {
        ...base,
        kind: "book",
        title: "Stalin's war",
        contributors: { create: { role: "author", position: 0, family: "Roberts", given: "Geoffrey" } },
      },
    });
    const percent = await prisma.source.create({ data: { ...base, kind: "book", title: "100% proof" } });
    const ids = async (query: { kind?: "letter" | "book"; q?: string }) =>
      (await listSources(project, { limit: 25, ...query })).data.map((source) => source.id).sort();

    expect(await ids({ kind: "letter" })).toEqual([letter.id]);
    expect(await ids({ q: "ivanov" })).toEqual([letter.id]);
    expect(await ids({ q: "times" })).toEqual([times.id]);
    expect(await ids({ q: "ROBERTS" })).toEqual([byAuthor.id]);
    expect(await ids({ q: "stalin's", kind: "book" })).toEqual([byAuthor.id]);
    expect(await ids({ q: "0%" })).toEqual([percent.id]);
    expect(await ids({ q: "%" })).toEqual([percent.id]);
    const listed = await listSources(project, { limit: 25, q: "roberts" });
    expect(listed.data[0]!.shortCitation).toContain("Roberts");
  });

  it("listSources pages by keyset through titles shared by several sources, each source once", async () => {
    const project = await newProject();
    const shared = unique("Same title");
    await prisma.source.createMany({
      data: Array.from({ length: 9 }, (_, index) => ({
        projectId: project.projectId,
        kind: "newspaper_article" as const,
        cslType: "article-newspaper",
        title: index < 7 ? shared : `${shared} ${index}`,
      })),
    });
    const expected = await prisma.source.findMany({
      where: { projectId: project.projectId },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const seen: string[] = [];
    let after: { key: string; id: string } | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await listSources(project, { limit: 2, after });
      seen.push(...result.data.map((source) => source.id));
      if (!result.nextCursor) break;
      after = decodeCursor(result.nextCursor, z.object({ key: z.string(), id: z.string() }));
    }
    expect(seen).toEqual(expected.map((source) => source.id));
  });

  it("a source page, whether the source has 3 passages or 60", async () => {
    const { projectId } = access;
    const [few, many] = (await createSources(projectId, 2, unique("Passages"))).map((s) => s.id);
    await passagesOf(projectId, [few!], 3);
    await passagesOf(projectId, [many!], 60);
    const small = await statementsOf(() => getSourceDetail(access, few!));
    const large = await statementsOf(() => getSourceDetail(access, many!));
    expect(large).toBe(small);
    // The page shows the passages a page at a time, in order.
    const first = await getSourceDetail(access, many!, { limit: 25 });
    expect(first!.passages).toHaveLength(25);
    expect(first!.passageCount).toBe(60);
    const rest = await getSourceDetail(access, many!, {
      limit: 50,
      after: decodeCursor(first!.passagesNextCursor!, z.object({ position: z.number(), id: z.string() })),
    });
    expect(rest!.passages.map((passage) => passage.position)).toEqual(
      Array.from({ length: 35 }, (_, index) => index + 25),
    );
    expect(rest!.passagesNextCursor).toBeNull();
  });
});

describe("a source page's provenance", () => {
  it("shows the first SOURCE_RELATIONS_SHOWN relations each way, with their numbers, in fixed statements", async () => {
    const access = await newProject();
    const { projectId } = access;
    const [letter, lone, ...others] = (
      await createSources(projectId, SOURCE_RELATIONS_SHOWN + 5, unique("Reprinted"))
    ).map((source) => source.id);
    await relate(projectId, others[0]!, lone!, "reprints");
    await prisma.sourceRelation.createMany({
      data: others.map((from) => ({
        projectId,
        fromSourceId: from,
        toSourceId: letter!,
        type: "reprints" as const,
      })),
    });
    const small = await counter.count(() => getSourceDetail(access, lone!));
    const large = await counter.count(() => getSourceDetail(access, letter!));
    expect(large.queries.length).toBe(small.queries.length);
    expect(small.result!.derivedBy).toHaveLength(1);
    expect(small.result!.derivedByCount).toBe(1);
    expect(large.result!.derivedBy).toHaveLength(SOURCE_RELATIONS_SHOWN);
    expect(large.result!.derivedByCount).toBe(SOURCE_RELATIONS_SHOWN + 3);
    const reprint = await getSourceDetail(access, others[0]!);
    expect(reprint!.derivesFrom.map((relation) => relation.source.id).sort()).toEqual(
      [letter!, lone!].sort(),
    );
    expect(reprint!.derivesFromCount).toBe(2);
  });
});

describe("the history page", () => {
  it("pages forward to the oldest entry and back to the newest, by keyset", async () => {
    const access = await newProject();
    const start = Date.parse("1938-02-14T12:00:00Z");
    await prisma.activity.createMany({
      data: Array.from({ length: 7 }, (_, index) => ({
        projectId: access.projectId,
        action: "create" as const,
        entityType: "claim",
        entityId: `claim-${index}`,
        label: `C${index}`,
        // Two entries share each instant but the last: ties are broken by id.
        createdAt: new Date(start + Math.floor(index / 2) * 1000),
      })),
    });
    const labels = (page: Awaited<ReturnType<typeof listProjectHistory>>) =>
      page.entries.map((entry) => entry.label);
    const cursor = (value: string | null) => decodeCursor(value!, historyCursorSchema);

    const first = await listProjectHistory(access, { limit: 3 });
    expect(first.previousCursor).toBeNull();
    const second = await listProjectHistory(access, { limit: 3, after: cursor(first.nextCursor) });
    const third = await listProjectHistory(access, { limit: 3, after: cursor(second.nextCursor) });
    expect(third.nextCursor).toBeNull();
    const all = [...labels(first), ...labels(second), ...labels(third)];
    expect(all).toHaveLength(7);
    expect(new Set(all).size).toBe(7);
    expect(all[0]).toBe("C6");

    const back = await listProjectHistory(access, { limit: 3, before: cursor(third.previousCursor) });
    expect(labels(back)).toEqual(labels(second));
    const front = await listProjectHistory(access, { limit: 3, before: cursor(back.previousCursor) });
    expect(labels(front)).toEqual(labels(first));
    expect(front.previousCursor).toBeNull();
  });
});

describe("the notes page", () => {
  it("pages through the user's notes and back, in the same statements for 2 rows as for 5", async () => {
    const access = await newProject();
    const claim = await createClaim(access.projectId);
    const start = Date.parse("1938-02-14T12:00:00Z");
    await prisma.annotation.createMany({
      data: Array.from({ length: 7 }, (_, index) => ({
        projectId: access.projectId,
        authorId: userId,
        claimId: claim.id,
        body: `Note ${index}`,
        createdAt: new Date(start + Math.floor(index / 2) * 1000),
      })),
    });
    const filters = { projectId: access.projectId };
    const cursor = (value: string | null) => decodeCursor(value!, noteCursorSchema);
    const bodies = (page: Awaited<ReturnType<typeof listMyAnnotationsPage>>) =>
      page.data.map((note) => note.body);
    const first = await listMyAnnotationsPage(userId, filters, { limit: 5 });
    const second = await listMyAnnotationsPage(userId, filters, {
      limit: 5,
      after: cursor(first.nextCursor),
    });
    expect([...bodies(first), ...bodies(second)]).toEqual([6, 5, 4, 3, 2, 1, 0].map((n) => `Note ${n}`));
    expect(second.nextCursor).toBeNull();
    const back = await listMyAnnotationsPage(userId, filters, {
      limit: 5,
      before: cursor(second.previousCursor),
    });
    expect(bodies(back)).toEqual(bodies(first));
    expect(back.previousCursor).toBeNull();
    const few = await statementsOf(() => listMyAnnotationsPage(userId, filters, { limit: 2 }));
    const many = await statementsOf(() => listMyAnnotationsPage(userId, filters, { limit: 5 }));
    expect(many).toBe(few);
  });
});

describe("an observer's page", () => {
  it("pages through its readings in date order, undated last, in the same statements for 3 as for 60", async () => {
    const access = await newProject();
    const { projectId } = access;
    const sources = (await createSources(projectId, 6, unique("Read"))).map((source) => source.id);
    const [few, many] = await prisma.observer.createManyAndReturn({
      data: [
        { projectId, name: unique("Few"), kind: "newspaper" as const },
        { projectId, name: unique("The Times"), kind: "newspaper" as const },
      ],
      select: { id: true },
    });
    const day = (index: number) => new Date(Date.UTC(1938, 1, 1 + Math.floor(index / 3)));
    // 60 readings: three on each day, the last 6 undated; ties are broken by id.
    await prisma.reading.createMany({
      data: [
        ...Array.from({ length: 3 }, (_, index) => ({ observerId: few!.id, readAtStart: day(index) })),
        ...Array.from({ length: 60 }, (_, index) => ({
          observerId: many!.id,
          readAtStart: index < 54 ? day(index) : null,
        })),
      ].map((reading, index) => ({
        ...reading,
        projectId,
        sourceId: sources[index % sources.length]!,
        summary: `Reading ${index}`,
      })),
    });
    const small = await statementsOf(() => getObserverDetail(access, few!.id));
    const large = await statementsOf(() => getObserverDetail(access, many!.id));
    expect(large).toBe(small);

    const pages: NonNullable<Awaited<ReturnType<typeof getObserverDetail>>>[] = [];
    let after: { readAtStart: string | null; id: string } | undefined;
    do {
      const page = (await getObserverDetail(access, many!.id, { limit: 25, after }))!;
      pages.push(page);
      after = page.readingsNextCursor
        ? decodeCursor(page.readingsNextCursor, observerReadingCursorSchema)
        : undefined;
    } while (after);
    expect(pages.map((page) => page.readings.length)).toEqual([25, 25, 10]);
    expect(pages.every((page) => page.readingCount === 60)).toBe(true);
    const shown = pages.flatMap((page) => page.readings);
    expect(new Set(shown.map((reading) => reading.id)).size).toBe(60);
    const starts = shown.map((reading) => reading.readAt.start);
    expect(starts.slice(54)).toEqual(Array(6).fill(null));
    const dated = starts.slice(0, 54) as string[];
    expect(dated).toEqual([...dated].sort());
  });
});

describe("the who-read-what matrix", () => {
  it("pages through the sources read, with their readers, in the same statements for 5 sources as for 20", async () => {
    const access = await newProject();
    const { projectId } = access;
    // 32 sources, 30 of them read: dated, some on the same day with the same title, some undated.
    const sources = await prisma.source.createManyAndReturn({
      data: Array.from({ length: 32 }, (_, index) => ({
        projectId,
        kind: "newspaper_article" as const,
        cslType: "article-newspaper",
        title: `Matrix ${index % 4}`,
        issuedStart: index < 24 ? new Date(Date.UTC(1938, 1, 1 + Math.floor(index / 8))) : null,
      })),
      select: { id: true },
    });
    const observers = await prisma.observer.createManyAndReturn({
      data: Array.from({ length: 6 }, (_, index) => ({
        projectId,
        name: `Reader ${index}`,
        kind: "person" as const,
      })),
      select: { id: true },
    });
    const read = sources.slice(0, 30);
    await prisma.reading.createMany({
      data: read.flatMap((source, index) =>
        [observers[index % 6]!, observers[(index + 1) % 6]!].map((observer) => ({
          projectId,
          observerId: observer.id,
          sourceId: source.id,
          summary: "Read",
        })),
      ),
    });

    const few = await counter.count(() => getReadingMatrix(access, { limit: 5 }));
    const many = await counter.count(() => getReadingMatrix(access, { limit: 20 }));
    expect(few.result.sources).toHaveLength(5);
    expect(many.result.sources).toHaveLength(20);
    expect(many.queries.length).toBe(few.queries.length);
    // The readings shown are those of the page's sources, by the observers who read them.
    const shown = new Set(few.result.sources.map((source) => source.id));
    expect(few.result.readings).toHaveLength(10);
    expect(few.result.readings.every((reading) => shown.has(reading.sourceId))).toBe(true);
    const readers = new Set(few.result.readings.map((reading) => reading.observerId));
    expect(few.result.observers.map((observer) => observer.id).sort()).toEqual([...readers].sort());

    const pages = [many.result];
    while (pages.at(-1)!.nextCursor) {
      const after = decodeCursor(pages.at(-1)!.nextCursor!, matrixSourceCursorSchema);
      pages.push(await getReadingMatrix(access, { limit: 20, after }));
    }
    expect(pages.map((page) => page.sources.length)).toEqual([20, 10]);
    const all = pages.flatMap((page) => page.sources.map((source) => source.id));
    expect(new Set(all).size).toBe(30);
    expect(all.sort()).toEqual(read.map((source) => source.id).sort());
    expect(pages.flatMap((page) => page.readings)).toHaveLength(60);
    expect(pages.some((page) => page.readingsLeftOut)).toBe(false);
  });

  it("shows at most MATRIX_READINGS_LIMIT readings of a page's sources, and says so", async () => {
    const access = await newProject();
    const { projectId } = access;
    const [source] = await createSources(projectId, 1, unique("Much read"));
    const [observer] = await prisma.observer.createManyAndReturn({
      data: [{ projectId, name: unique("Assiduous"), kind: "person" as const }],
      select: { id: true },
    });
    await prisma.reading.createMany({
      data: Array.from({ length: MATRIX_READINGS_LIMIT + 1 }, () => ({
        projectId,
        observerId: observer!.id,
        sourceId: source!.id,
        summary: "Again",
      })),
    });
    const matrix = await getReadingMatrix(access);
    expect(matrix.readings).toHaveLength(MATRIX_READINGS_LIMIT);
    expect(matrix.readingsLeftOut).toBe(true);
  });
});

describe("the comparison of a source", () => {
  it("shows at most COMPARISON_LIMITS of readings, questions and passages, with their totals, in fixed statements", async () => {
    const access = await newProject();
    const { projectId } = access;
    const [small, large] = (await createSources(projectId, 2, unique("Compared"))).map((s) => s.id);
    const observers = await prisma.observer.createManyAndReturn({
      data: Array.from({ length: 10 }, (_, index) => ({
        projectId,
        name: `Comparer ${index}`,
        kind: "person" as const,
      })),
      select: { id: true },
    });
    const over = { readings: COMPARISON_LIMITS.readings + 5, questions: COMPARISON_LIMITS.questions + 2 };
    for (const [sourceId, size] of [
      [small!, { readings: 3, questions: 2, passages: 2 }],
      [large!, { ...over, passages: COMPARISON_LIMITS.passages + 3 }],
    ] as const) {
      await passagesOf(projectId, [sourceId], size.passages);
      await prisma.reading.createMany({
        data: Array.from({ length: size.readings }, (_, index) => ({
          projectId,
          sourceId,
          observerId: observers[index % observers.length]!.id,
          // The last readings are the earliest: the page shows the earliest, whatever their order of entry.
          readAtStart: new Date(Date.UTC(1990, 0, 1) - index * 86_400_000),
          summary: `Reading ${index}`,
        })),
      });
      const questions = await prisma.comparisonQuestion.createManyAndReturn({
        data: Array.from({ length: size.questions }, (_, position) => ({
          projectId,
          sourceId,
          position,
          text: `Question ${position}`,
        })),
        select: { id: true },
      });
      await prisma.comparisonAnswer.createMany({
        data: questions.flatMap((question) =>
          observers.slice(0, 2).map((observer) => ({
            questionId: question.id,
            observerId: observer.id,
            value: "yes" as const,
          })),
        ),
      });
    }
    const few = await counter.count(() => getComparison(access, small!));
    const many = await counter.count(() => getComparison(access, large!));
    expect(many.queries.length).toBe(few.queries.length);
    expect(few.result!.totals).toEqual({ readings: 3, questions: 2, passages: 2 });
    expect(few.result!.readings).toHaveLength(3);

    const comparison = many.result!;
    expect(comparison.totals).toEqual({ ...over, passages: COMPARISON_LIMITS.passages + 3 });
    expect(comparison.readings).toHaveLength(COMPARISON_LIMITS.readings);
    expect(comparison.questions).toHaveLength(COMPARISON_LIMITS.questions);
    expect(comparison.passages).toHaveLength(COMPARISON_LIMITS.passages);
    expect(comparison.answers).toHaveLength(COMPARISON_LIMITS.questions * 2);
    // The earliest readings, in date order.
    expect(comparison.readings[0]!.summary).toBe(`Reading ${over.readings - 1}`);
    const starts = comparison.readings.map((reading) => reading.readAt.start!);
    expect(starts).toEqual([...starts].sort());
    expect(comparison.questions.at(-1)!.text).toBe(`Question ${COMPARISON_LIMITS.questions - 1}`);
  });
});

describe("writes over a list send one statement for the list", () => {
  it("reordering 3 evidence items or 60", async () => {
    const access = await newProject();
    const { projectId } = access;
    const [source] = await createSources(projectId, 1, unique("Ordered"));
    const statements: number[] = [];
    for (const size of [3, 60]) {
      const claim = await createClaim(projectId);
      await cite(
        projectId,
        claim.id,
        Array.from({ length: size }, () => ({ target: { sourceId: source!.id } })),
      );
      const ids = (
        await prisma.evidence.findMany({ where: { claimId: claim.id }, orderBy: { position: "asc" } })
      ).map((item) => item.id);
      const reversed = [...ids].reverse();
      statements.push(await statementsOf(() => reorderEvidence(access, claim.id, reversed)));
      const stored = await prisma.evidence.findMany({
        where: { claimId: claim.id },
        orderBy: { position: "asc" },
      });
      expect(stored.map((item) => item.id)).toEqual(reversed);
      expect(stored.map((item) => item.position)).toEqual(reversed.map((_, index) => index));
    }
    expect(statements[1]).toBe(statements[0]);
  });
});

describe("the single-origin filter, in SQL, reads chains as the chain analysis does", () => {
  it("agrees with getEvidenceChain on every shape of chain", async () => {
    const access = await newProject();
    const { projectId } = access;
    const [a, b, c, d, e, f, g, h] = (await createSources(projectId, 8, unique("Shape"))).map(
      (s) => s.id,
    ) as [string, string, string, string, string, string, string, string];
    // b reports a; c translates b (two levels); d comments on a (a text of its own);
    // e reprints both a and f (two origins); g and h stand alone.
    await relate(projectId, b, a, "reports");
    await relate(projectId, c, b, "translates");
    await relate(projectId, d, a, "comments_on");
    await relate(projectId, e, a, "reprints");
    await relate(projectId, e, f, "reprints");
    const [passageOfC] = await passagesOf(projectId, [c]);

    const claims: Record<string, string> = {};
    const make = async (name: string, items: { target: Target; stance?: Stance }[]) => {
      const claim = await createClaim(projectId, name);
      claims[name] = claim.id;
      if (items.length) await cite(projectId, claim.id, items);
      return claim.id;
    };
    await make("origin and its report", [{ target: { sourceId: a } }, { target: { sourceId: b } }]);
    await make("a passage two levels down", [{ target: { passageId: passageOfC!.id } }]);
    await make("two independent origins", [{ target: { sourceId: a } }, { target: { sourceId: g } }]);
    await make("a comment counts as its own origin", [
      { target: { sourceId: a } },
      { target: { sourceId: d } },
    ]);
    await make("a reprint of two texts", [{ target: { sourceId: e } }]);
    await make("only contradicted", [{ target: { sourceId: a }, stance: "contradicts" }]);
    await make("nothing", []);
    const sub = await make("sub-claim on g", [
      { target: { sourceId: g } },
      { target: { sourceId: h }, stance: "contradicts" },
    ]);
    await make("through a sub-claim", [{ target: { supportingClaimId: sub } }]);
    await make("a sub-claim cited against", [
      { target: { sourceId: a } },
      { target: { supportingClaimId: sub }, stance: "contradicts" },
    ]);
    await make("own support and a sub-claim's", [
      { target: { sourceId: h } },
      { target: { supportingClaimId: sub } },
    ]);
    const onPassage = await make("sub-claim on a passage", [{ target: { passageId: passageOfC!.id } }]);
    await make("through a sub-claim's passage", [{ target: { supportingClaimId: onPassage } }]);
    // A circle of sub-claims (the mutations refuse one; the analysis must still end).
    const first = await make("circle one", [{ target: { sourceId: c } }]);
    const second = await make("circle two", [
      { target: { sourceId: b } },
      { target: { supportingClaimId: first } },
    ]);
    await cite(projectId, first, [{ target: { supportingClaimId: second } }]);

    const expected: string[] = [];
    for (const id of Object.values(claims)) {
      if ((await getEvidenceChain(access, id)).independentOrigins.supports === 1) expected.push(id);
    }
    const query = { limit: 100, sort: "number" as const };
    const single = await listClaims(access, { ...query, singleOrigin: true });
    const others = await listClaims(access, { ...query, singleOrigin: false });
    const names = (ids: string[]) =>
      ids.map((id) => Object.keys(claims).find((name) => claims[name] === id)).sort();
    expect(names(single.data.map((claim) => claim.id))).toEqual(names(expected));
    expect(names(single.data.map((claim) => claim.id))).toEqual(
      [
        "origin and its report",
        "a passage two levels down",
        "sub-claim on g",
        "through a sub-claim",
        "a sub-claim cited against",
        "sub-claim on a passage",
        "through a sub-claim's passage",
        "circle one",
        "circle two",
      ].sort(),
    );
    expect(others.data.length + single.data.length).toBe(Object.keys(claims).length);
    // A sub-claim's passage is followed to its source, and up from there to the origin.
    const throughPassage = await getEvidenceChain(access, claims["through a sub-claim's passage"]!);
    expect(throughPassage.origins.supports).toEqual([a]);
    expect(Object.keys(throughPassage.sources).sort()).toEqual([a, b, c].sort());
  });
});
