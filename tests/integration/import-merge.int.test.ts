import { afterAll, beforeAll, expect, it } from "vitest";
import { type ImportedSource, sourceFromCsl } from "@/lib/citations/import-mapping";
import type { ImportAction } from "@/lib/citations/import-plan";
import { commitImport } from "@/lib/citations/mutations";
import { prisma } from "@/lib/db/client";
import { requireProjectAccess } from "@/lib/projects/access";
import type { ProjectAccess } from "@/lib/projects/types";
import { createProject, createUser } from "./factories";
import { installQueryCounter } from "./query-counter";

let access: ProjectAccess;
let counter: Awaited<ReturnType<typeof installQueryCounter>>;

beforeAll(async () => {
  const owner = await createUser("merge-owner");
  const project = await createProject([{ userId: owner.id, role: "owner" }]);
  access = await requireProjectAccess(owner.id, project.id, "owner");
  counter = await installQueryCounter();
});
afterAll(() => counter.uninstall());

/** A book as the import's own mapping makes it from CSL, with some columns filled in. */
function imported(title: string, fill: Record<string, unknown>, authors: string[] = []): ImportedSource {
  const mapped = sourceFromCsl({
    id: title,
    type: "book",
    title,
    author: authors.map((family) => ({ family })),
  });
  if (!mapped.ok) throw new Error(mapped.error);
  return { ...mapped.source, columns: { ...mapped.source.columns, ...fill } as ImportedSource["columns"] };
}

async function existingSources(count: number, label: string) {
  const ids: string[] = [];
  for (let index = 0; index < count; index++) {
    const source = await prisma.source.create({
      data: { projectId: access.projectId, kind: "book", cslType: "book", title: `${label} ${index}` },
    });
    ids.push(source.id);
  }
  return ids;
}

function merges(ids: string[], fill: (index: number) => Record<string, unknown>): ImportAction[] {
  return ids.map((into, index) => ({
    kind: "merge",
    into,
    entry: {
      index,
      line: index + 1,
      label: null,
      title: `entry ${index}`,
      creator: null,
      year: null,
      status: "duplicate",
    },
    source: imported(`entry ${index}`, fill(index), ["Conquest"]),
  })) as ImportAction[];
}

it("merges 3 entries or 30 in the same statements, filling only what each source lacks", async () => {
  const few = await existingSources(3, "Few");
  const many = await existingSources(30, "Many");
  await prisma.source.update({ where: { id: many[0]! }, data: { publisher: "Kept as it was" } });

  const small = await counter.count(() =>
    commitImport(
      access,
      merges(few, () => ({ publisher: "Hutchinson" })),
    ),
  );
  const large = await counter.count(() =>
    commitImport(
      access,
      merges(many, (index) => ({ publisher: "Hutchinson", note: `Edition ${index}` })),
    ),
  );
  expect(large.queries.length).toBe(small.queries.length);
  expect(large.result.merged).toHaveLength(30);

  const stored = await prisma.source.findMany({
    where: { id: { in: many } },
    include: { contributors: true },
    orderBy: { title: "asc" },
  });
  const first = stored.find((source) => source.id === many[0])!;
  expect(first.publisher).toBe("Kept as it was");
  expect(first.version).toBe(2);
  for (const source of stored) {
    expect(source.contributors.map((person) => person.family)).toEqual(["Conquest"]);
    expect(source.note).toMatch(/^Edition \d+$/);
    expect((source.csl as { publisher?: string }).publisher).toBe(
      source.id === many[0] ? "Kept as it was" : "Hutchinson",
    );
  }
  expect(await prisma.activity.count({ where: { entityId: { in: many }, action: "update" } })).toBe(30);
});

it("two entries merged into one source apply one after the other", async () => {
  const [into] = await existingSources(1, "Twice");
  const actions = [
    ...merges([into!], () => ({ publisher: "First" })),
    ...merges([into!], () => ({ publisher: "Second", volume: "2" })),
  ];
  await commitImport(access, actions);
  const source = await prisma.source.findUniqueOrThrow({ where: { id: into! } });
  expect(source).toMatchObject({ publisher: "First", volume: "2", version: 3 });
  const history = await prisma.activity.findMany({
    where: { entityId: into! },
    orderBy: { createdAt: "asc" },
  });
  expect(history.map((entry) => (entry.after as { version: number }).version)).toEqual([2, 3]);
});
