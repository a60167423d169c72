import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { endpoints } from "@/lib/api/endpoints";
import { decodeCursor } from "@/lib/api/pagination";
import { prisma } from "@/lib/db/client";
import { requireProjectAccess } from "@/lib/projects/access";
import type { ProjectAccess } from "@/lib/projects/types";
import { searchProject } from "@/lib/search/data";
import { type SearchFilters, searchFiltersSchema } from "@/lib/search/schema";
import type { SearchHit } from "@/lib/search/types";
import { getSourceDetail, SOURCE_PASSAGES_PAGE } from "@/lib/sources/data";
import { transliterateCyrillic } from "@/lib/text/transliterate";
import { handlerOf } from "./api-routes";
import { callRoute, createProject, createUser, unique } from "./factories";

let owner: { id: string };
let colleague: { id: string };
let viewer: { id: string };
let projectId: string;
let otherProjectId: string;
const ids = {} as Record<
  "pravda" | "journal" | "dispatch" | "german" | "claim" | "observer" | "reading" | "frenchPassage",
  string
>;

beforeAll(async () => {
  owner = await createUser("search-owner");
  colleague = await createUser("search-colleague");
  viewer = await createUser("search-viewer");
  projectId = (
    await createProject([
      { userId: owner.id, role: "owner" },
      { userId: colleague.id, role: "editor" },
      { userId: viewer.id, role: "viewer" },
    ])
  ).id;
  const source = (data: Record<string, unknown>) =>
    prisma.source.create({
      data: { projectId, kind: "newspaper_article", cslType: "article-newspaper", ...data } as never,
    });
  const pravda = await source({
    title: "Reply to Comrade Ivanov",
    titleOriginal: "Ответ товарищу Иванову Ивану Филипповичу",
    containerTitle: "Pravda",
    containerTitleOriginal: "Правда",
    language: "ru",
    issuedEdtf: "1938-02",
    issuedStart: new Date("1938-02-01"),
    issuedEnd: new Date("1938-02-28"),
  });
  const journal = await source({
    title: "Réponse au camarade Ivanov",
    containerTitle: "Le Journal de Moscou",
    language: "fr",
    issuedEdtf: "1938-02",
    issuedStart: new Date("1938-02-01"),
    issuedEnd: new Date("1938-02-28"),
  });
  const dispatch = await source({
    kind: "dispatch",
    cslType: "manuscript",
    title: "Dispatch on the reply to Ivanov",
    language: "en",
    archive: "The National Archives",
    archivalScheme: "tna",
    archiveCollection: "FO",
    archiveSeries: "371",
    archiveFile: "22286",
    archiveFolio: "12",
    issuedEdtf: "1938-02-17",
    issuedStart: new Date("1938-02-17"),
    issuedEnd: new Date("1938-02-17"),
    contributors: { create: [{ role: "author", position: 0, literal: "Lord Chilston" }] },
  });
  const german = await source({
    kind: "book",
    cslType: "book",
    title: "Die Außenpolitik der Sowjetunion",
    language: "de",
    issuedEdtf: "1995",
    issuedStart: new Date("1995-01-01"),
    issuedEnd: new Date("1995-12-31"),
  });
  const frenchPassage = await prisma.passage.create({
    data: {
      projectId,
      sourceId: journal.id,
      text: "Les relations de l'État soviétique avec les États bourgeois",
      page: "1",
      translations: {
        create: [{ language: "en", text: "The relations of the Soviet state with bourgeois states" }],
      },
    },
  });
  await prisma.passage.create({
    data: { projectId, sourceId: german.id, text: "Die Verträge wurden gebrochen." },
  });
  const claim = await prisma.claim.create({
    data: {
      projectId,
      number: 1,
      statement: "Stalin's aims in 1938 were mainly defensive",
      tags: ["thesis"],
    },
  });
  await prisma.evidence.create({
    data: { projectId, claimId: claim.id, passageId: frenchPassage.id, stance: "contradicts" },
  });
  const observer = await prisma.observer.create({
    data: { projectId, name: "The Times", kind: "newspaper" },
  });
  const reading = await prisma.reading.create({
    data: {
      projectId,
      observerId: observer.id,
      sourceId: pravda.id,
      documentingSourceId: dispatch.id,
      summary: "Reads the letter as a statement of doctrine",
      readAtEdtf: "1938-02-15",
      readAtStart: new Date("1938-02-15"),
      readAtEnd: new Date("1938-02-15"),
      phrases: { create: [{ text: "капиталистическое окружение", position: 0 }] },
      claimStances: { create: [{ claimId: claim.id, stance: "supports" }] },
    },
  });
  await prisma.annotation.createMany({
    data: [
      {
        projectId,
        authorId: colleague.id,
        visibility: "private",
        body: "Check the marginalia privately",
        claimId: claim.id,
      },
      {
        projectId,
        authorId: colleague.id,
        visibility: "shared",
        body: "The marginalia are in pencil",
        sourceId: dispatch.id,
      },
    ],
  });
  Object.assign(ids, {
    pravda: pravda.id,
    journal: journal.id,
    dispatch: dispatch.id,
    german: german.id,
    claim: claim.id,
    observer: observer.id,
    reading: reading.id,
    frenchPassage: frenchPassage.id,
  });

  otherProjectId = (await createProject([{ userId: owner.id, role: "owner" }], "other")).id;
  await prisma.source.create({
    data: {
      projectId: otherProjectId,
      kind: "book",
      cslType: "book",
      title: "Le Journal de Moscou in another project",
    },
  });
});

async function access(userId = owner.id): Promise<ProjectAccess> {
  return requireProjectAccess(userId, projectId, "viewer");
}

async function search(filters: Record<string, unknown>, userId = owner.id, limit = 25) {
  const parsed: SearchFilters = searchFiltersSchema.parse(filters);
  return searchProject(await access(userId), { ...parsed, limit });
}

const keys = (hits: SearchHit[]) => hits.map((hit) => `${hit.kind}:${hit.id}`);
const marked = (text: { text: string; highlights: [number, number][] }) =>
  text.highlights.map(([start, end]) => text.text.slice(start, end));

describe("finding things", () => {
  it("finds a source by its newspaper, and links to its page", async () => {
    const { data } = await search({ q: "Journal de Moscou" });
    const hit = data.find((item) => item.id === ids.journal);
    expect(hit?.kind).toBe("source");
    expect(hit?.url).toBe(`/projects/${projectId}/sources/${ids.journal}`);
    expect(hit?.context?.text).toContain("Le Journal de Moscou");
  });

  it("finds a Cyrillic title by another form of the word (Russian stemming), and marks it", async () => {
    const { data } = await search({ q: "товарищ" });
    const hit = data.find((item) => item.id === ids.pravda);
    expect(hit).toBeDefined();
    expect(marked(hit!.snippet)).toContain("товарищу");
  });

  it("folds accents and stems French: “etat relation” finds “l'État … relations”", async () => {
    const { data } = await search({ q: "etat relation" });
    expect(keys(data)).toContain(`passage:${ids.frenchPassage}`);
    const hit = data.find((item) => item.id === ids.frenchPassage)!;
    expect(hit.url).toBe(`/projects/${projectId}/sources/${ids.journal}#passage-${ids.frenchPassage}`);
    expect(marked(hit.snippet)).toEqual(expect.arrayContaining(["État", "relations"]));
  });

  it("stems German and English in their own configurations", async () => {
    expect(keys((await search({ q: "Vertrag" })).data)).toHaveLength(1);
    expect(keys((await search({ q: "aim defence" })).data)).toEqual([]);
    expect(keys((await search({ q: "aim defensive" })).data)).toEqual([`claim:${ids.claim}`]);
  });

  it("finds translations, and says which language they are in", async () => {
    const { data } = await search({ q: "bourgeois states", kind: "passage" });
    const translation = data.find((hit) => hit.kind === "translation");
    expect(translation?.passageId).toBe(ids.frenchPassage);
    expect(translation?.context?.text).toContain("translation (en)");
  });

  it("finds an archival reference as it is cited, and a name misspelt (trigrams)", async () => {
    const reference = await search({ q: "FO 371/22286" });
    expect(keys(reference.data)[0]).toBe(`source:${ids.dispatch}`);
    // Shown as cited, and marked.
    expect(marked(reference.data[0]!.context!)).toEqual(["FO 371/22286"]);
    const misspelt = await search({ q: "Chilstone" });
    expect(keys(misspelt.data)).toContain(`source:${ids.dispatch}`);
  });

  it("finds readings by their quoted phrases and their observer", async () => {
    const byPhrase = await search({ q: "окружение" });
    expect(keys(byPhrase.data)).toEqual([`reading:${ids.reading}`]);
    expect(byPhrase.data[0]!.url).toBe(
      `/projects/${projectId}/sources/${ids.pravda}/comparison#reading-${ids.reading}`,
    );
    expect(keys((await search({ q: "Times", kind: "reading" })).data)).toEqual([`reading:${ids.reading}`]);
  });

  it("never returns another project's items", async () => {
    const { data } = await search({ q: "Journal de Moscou" });
    const projectSources = await prisma.source.findMany({ where: { projectId }, select: { id: true } });
    const own = new Set(projectSources.map((source) => source.id));
    for (const hit of data) if (hit.sourceId) expect(own.has(hit.sourceId)).toBe(true);
    expect(data.some((hit) => hit.title.text.includes("another project"))).toBe(false);
  });
});

describe("links", () => {
  it("a passage beyond the source page's first page links to the page that shows it", async () => {
    const source = await prisma.source.create({
      data: { projectId, kind: "book", cslType: "book", title: "A long register" },
    });
    await prisma.passage.createMany({
      data: Array.from({ length: SOURCE_PASSAGES_PAGE + 5 }, (_, position) => ({
        projectId,
        sourceId: source.id,
        position,
        text: position === SOURCE_PASSAGES_PAGE + 2 ? "Entry about a zeppelin" : `Entry ${position}`,
      })),
    });
    const [hit] = (await search({ q: "zeppelin" })).data;
    const url = new URL(hit!.url, "http://localhost");
    expect(url.hash).toBe(`#passage-${hit!.passageId}`);
    const after = decodeCursor(
      url.searchParams.get("passages")!,
      z.object({ position: z.number(), id: z.string() }),
    );
    const detail = await getSourceDetail(await access(), source.id, { limit: SOURCE_PASSAGES_PAGE, after });
    expect(detail!.passages[0]!.id).toBe(hit!.passageId);

    const [early] = (await search({ q: "Entry 3" })).data.filter((item) => item.sourceId === source.id);
    expect(early?.url).toBe(`/projects/${projectId}/sources/${source.id}#passage-${early?.passageId}`);
  });
});

describe("notes", () => {
  it("a private note is found by its author only; a shared one by every member", async () => {
    expect(keys((await search({ q: "marginalia" }, colleague.id)).data)).toHaveLength(2);
    const others = (await search({ q: "marginalia" }, viewer.id)).data;
    expect(others).toHaveLength(1);
    expect(others[0]!.context?.text).toBe(`shared note on Dispatch on the reply to Ivanov`);
    expect((await search({ q: "privately" }, owner.id)).data).toEqual([]);
  });
});

describe("filters", () => {
  it("by kind", async () => {
    const { data } = await search({ q: "Ivanov", kind: "source" });
    expect(data.length).toBeGreaterThanOrEqual(3);
    expect(new Set(data.map((hit) => hit.kind))).toEqual(new Set(["source"]));
  });

  it("by stance: passages cited with it, readings taking it", async () => {
    const contradicting = (await search({ q: "relations", stance: "contradicts" })).data;
    expect(contradicting.map((hit) => `${hit.kind}:${hit.passageId}`).sort()).toEqual([
      `passage:${ids.frenchPassage}`,
      `translation:${ids.frenchPassage}`,
    ]);
    expect(keys((await search({ q: "relations", stance: "supports" })).data)).toEqual([]);
    expect(keys((await search({ q: "doctrine", stance: "supports" })).data)).toEqual([
      `reading:${ids.reading}`,
    ]);
  });

  it("by observer: its readings and the sources that document them", async () => {
    const { data } = await search({ q: "Ivanov", observerId: ids.observer });
    expect(keys(data)).toEqual([`source:${ids.dispatch}`]);
  });

  it("by date range, as a historian types it", async () => {
    const in1938 = keys((await search({ q: "Ivanov", from: "February 1938", to: "1938" })).data);
    expect(in1938).toEqual(expect.arrayContaining([`source:${ids.pravda}`, `source:${ids.dispatch}`]));
    expect(keys((await search({ q: "Sowjetunion", to: "1940" })).data)).toEqual([]);
    expect(keys((await search({ q: "Sowjetunion", from: "1990" })).data)).toEqual([`source:${ids.german}`]);
  });

  it("by archive", async () => {
    const { data } = await search({ q: "Ivanov", archive: "The National Archives" });
    expect(keys(data)).toEqual([`source:${ids.dispatch}`]);
  });
});

describe("the index follows every write", () => {
  it("an edited passage is found by its new words only; a deleted one no more", async () => {
    const passage = await prisma.passage.create({
      data: { projectId, sourceId: ids.german, text: "Ein Palimpsest aus Moskau" },
    });
    expect(keys((await search({ q: "Palimpsest" })).data)).toEqual([`passage:${passage.id}`]);
    await prisma.passage.update({ where: { id: passage.id }, data: { text: "Ein Manuskript aus Moskau" } });
    expect((await search({ q: "Palimpsest" })).data).toEqual([]);
    expect(keys((await search({ q: "Manuskript" })).data)).toEqual([`passage:${passage.id}`]);
    await prisma.passage.delete({ where: { id: passage.id } });
    expect((await search({ q: "Manuskript" })).data).toEqual([]);
  });

  it("a contributor added to a source makes it findable by that name", async () => {
    const name = unique("Litvinov").replace("-", "");
    await prisma.sourceContributor.create({
      data: { sourceId: ids.german, role: "author", position: 5, family: name, given: "Maxim" },
    });
    expect(keys((await search({ q: name })).data)).toEqual([`source:${ids.german}`]);
  });

  it("renaming an observer renames its readings' hits", async () => {
    await prisma.observer.update({ where: { id: ids.observer }, data: { name: "The Manchester Guardian" } });
    expect(keys((await search({ q: "Guardian", kind: "reading" })).data)).toEqual([`reading:${ids.reading}`]);
    await prisma.observer.update({ where: { id: ids.observer }, data: { name: "The Times" } });
  });

  it("deleting a source takes its passages and translations out of the results", async () => {
    const source = await prisma.source.create({
      data: {
        projectId,
        kind: "letter",
        cslType: "letter",
        title: "Ephemeral letter",
        passages: { create: [{ projectId, text: "Quintessential phrase" }] },
      },
    });
    expect(keys((await search({ q: "Quintessential" })).data)).toHaveLength(1);
    await prisma.source.delete({ where: { id: source.id } });
    expect((await search({ q: "Quintessential" })).data).toEqual([]);
    expect(await prisma.searchEntry.count({ where: { sourceId: source.id } })).toBe(0);
  });
});

describe("pages", () => {
  it("pages through every hit once, in rank order, and counts them", async () => {
    const all = await search({ q: "Ivanov" }, owner.id, 100);
    expect(all.total).toEqual({ count: all.data.length, more: false });
    expect(all.data.length).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof search>> = await callSearch(after);
      seen.push(...keys(page.data));
      after = page.nextCursor;
    } while (after);
    expect(seen).toEqual(keys(all.data));
    const ranks = all.data.map((hit) => hit.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });

  async function callSearch(cursor: string | null) {
    const query = new URLSearchParams({ projectId, q: "Ivanov", limit: "2", ...(cursor ? { cursor } : {}) });
    const response = await callRoute(handlerOf(endpoints.search), `/api/v1/search?${query}`, {
      userId: viewer.id,
    });
    expect(response.status).toBe(200);
    return response.body as Awaited<ReturnType<typeof search>>;
  }
});

describe("GET /api/v1/search", () => {
  const get = (query: Record<string, string>, userId = owner.id) =>
    callRoute(handlerOf(endpoints.search), `/api/v1/search?${new URLSearchParams(query)}`, { userId });

  it("names what is wrong with a query", async () => {
    const empty = await get({ projectId, q: " " });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fieldErrors.q).toEqual(["Type something to search for"]);
    const kind = await get({ projectId, q: "Ivanov", kind: "letters" });
    expect(kind.body.error.fieldErrors.kind[0]).toMatch(/kind must be one of claim, source/);
    const date = await get({ projectId, q: "Ivanov", from: "31 February 1938" });
    expect(date.status).toBe(400);
    expect(date.body.error.fieldErrors.from[0]).toMatch(/February 1938 has no day 31/);
    const range = await get({ projectId, q: "Ivanov", from: "1939", to: "1938" });
    expect(range.body.error.fieldErrors.to).toEqual(["The end of the date range is before its start"]);
  });

  it("answers hits with their marks and links, to a member", async () => {
    const { status, body } = await get({ projectId, q: "FO 371/22286" }, viewer.id);
    expect(status).toBe(200);
    expect(body.data[0]).toMatchObject({
      kind: "source",
      id: ids.dispatch,
      url: expect.stringContaining("/sources/"),
    });
    expect(body.total).toEqual({ count: body.data.length, more: false });
  });

  it("a non-member of the project gets 404, whatever the words", async () => {
    const stranger = await createUser("search-stranger");
    const { status } = await get({ projectId: otherProjectId, q: "Journal" }, stranger.id);
    expect(status).toBe(404);
  });
});

describe("across scripts", () => {
  const across = {} as Record<"nominative" | "genitive" | "stalineEdition" | "stalinePassage", string>;

  beforeAll(async () => {
    const passage = (sourceId: string, text: string) =>
      prisma.passage.create({ data: { projectId, sourceId, text } }).then((created) => created.id);
    across.nominative = await passage(ids.pravda, "Сталин отвечает товарищу Иванову.");
    across.genitive = await passage(ids.pravda, "Но это письмо Сталина было напечатано.");
    const edition = await prisma.source.create({
      data: {
        projectId,
        kind: "book",
        cslType: "book",
        title: "Les questions du léninisme",
        language: "fr",
        contributors: { create: [{ role: "author", position: 0, family: "Staline", given: "J." }] },
      },
    });
    across.stalineEdition = edition.id;
    across.stalinePassage = await passage(ids.journal, "Staline répond à la lettre d'un komsomol.");
  });

  it("the index's romanization is lib/text's, letter for letter", async () => {
    const alphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў";
    const text = `${alphabet} ${alphabet.toUpperCase()} ЖУК Щёлково, Юрьев — «Правда» 1938`;
    const [row] = await prisma.$queryRaw<
      { latin: string }[]
    >`SELECT apparatus_transliterate(${text}) AS latin`;
    expect(row!.latin).toBe(transliterateCyrillic(text));
  });

  it("“Правда” finds the Pravda letter by its newspaper's name in its own script", async () => {
    const { data } = await search({ q: "Правда" });
    expect(keys(data)).toContain(`source:${ids.pravda}`);
  });

  it("“Stalin” finds a passage that says “Сталин”, in any case of the name, and marks it", async () => {
    const { data } = await search({ q: "Stalin", kind: "passage" });
    expect(keys(data)).toEqual(
      expect.arrayContaining([`passage:${across.nominative}`, `passage:${across.genitive}`]),
    );
    const hit = data.find((item) => item.id === across.nominative)!;
    expect(marked(hit.snippet)).toEqual(["Сталин"]);
    // A Cyrillic query finds the Latin spelling too.
    expect(keys((await search({ q: "Сталин", kind: "claim" })).data)).toEqual([`claim:${ids.claim}`]);
  });

  it("“Staline” and “Stalin” find each other", async () => {
    const stalin = keys((await search({ q: "Stalin" })).data);
    expect(stalin).toEqual(
      expect.arrayContaining([`source:${across.stalineEdition}`, `passage:${across.stalinePassage}`]),
    );
    const staline = keys((await search({ q: "Staline" })).data);
    expect(staline).toEqual(
      expect.arrayContaining([
        `claim:${ids.claim}`,
        `passage:${across.nominative}`,
        `source:${across.stalineEdition}`,
      ]),
    );
  });

  it("“Otvet tovarishchu” finds the letter by its original title, with no transliteration recorded", async () => {
    const letter = await prisma.source.findUniqueOrThrow({ where: { id: ids.pravda } });
    expect(letter.titleTransliterated).toBeNull();
    const { data } = await search({ q: "Otvet tovarishchu" });
    expect(keys(data)[0]).toBe(`source:${ids.pravda}`);
  });

  it("a Latin query does not find unrelated Cyrillic", async () => {
    expect((await search({ q: "Molotov" })).data).toEqual([]);
    // Russian's little words romanized are English ones ("Но" would be "no"): they are not indexed.
    const no = keys((await search({ q: "no", kind: "passage" })).data);
    expect(no).not.toContain(`passage:${across.genitive}`);
  });
});
