import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportComparison } from "@/app/(app)/projects/[projectId]/sources/[sourceId]/comparison/export/route";
import { PATCH as patchAnswer } from "@/app/api/v1/answers/[answerId]/route";
import {
  DELETE as deleteObserverRoute,
  GET as getObserver,
  PATCH as patchObserver,
} from "@/app/api/v1/observers/[observerId]/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import {
  GET as listObserversRoute,
  POST as postObserver,
} from "@/app/api/v1/projects/[projectId]/observers/route";
import {
  GET as listReadingsRoute,
  POST as postReading,
} from "@/app/api/v1/projects/[projectId]/readings/route";
import { POST as postSource } from "@/app/api/v1/projects/[projectId]/sources/route";
import {
  GET as listAnswersRoute,
  POST as postAnswer,
} from "@/app/api/v1/questions/[questionId]/answers/route";
import {
  DELETE as deleteQuestionRoute,
  GET as getQuestion,
  PATCH as patchQuestion,
} from "@/app/api/v1/questions/[questionId]/route";
import { GET as getReadingRoute, PATCH as patchReading } from "@/app/api/v1/readings/[readingId]/route";
import { GET as getComparisonRoute } from "@/app/api/v1/sources/[sourceId]/comparison/route";
import { POST as postPassage } from "@/app/api/v1/sources/[sourceId]/passages/route";
import {
  GET as listQuestionsRoute,
  POST as postQuestion,
} from "@/app/api/v1/sources/[sourceId]/questions/route";
import { prisma } from "@/lib/db/client";
import { DEMO_PROJECT_ID, DEMO_USER_EMAIL, seedDemo } from "@/prisma/seed";
import { callRoute, createProject, createUser, sessionCookie } from "./factories";

type Handler = Parameters<typeof callRoute>[0];

let owner: { id: string };
let viewer: { id: string };
let contributor: { id: string };
let stranger: { id: string };
let projectId: string;
let pravdaId: string;
let minuteId: string;
let bookId: string;
let passageId: string;

const post = (handler: Handler, params: Record<string, string>, body: unknown, userId = owner.id) =>
  callRoute(handler, "/api/v1/x", { userId, method: "POST", params, body });
const patch = (handler: Handler, params: Record<string, string>, body: unknown, userId = owner.id) =>
  callRoute(handler, "/api/v1/x", { userId, method: "PATCH", params, body });
const get = (handler: Handler, params: Record<string, string>, userId = owner.id, query = "") =>
  callRoute(handler, `/api/v1/x${query}`, { userId, params });

beforeAll(async () => {
  owner = await createUser("historian");
  viewer = await createUser("viewer");
  contributor = await createUser("contributor");
  stranger = await createUser("stranger");
  projectId = (
    await createProject([
      { userId: owner.id, role: "owner" },
      { userId: viewer.id, role: "viewer" },
      { userId: contributor.id, role: "contributor" },
    ])
  ).id;
  const source = async (body: Record<string, unknown>) =>
    (await post(postSource, { projectId }, body)).body.data.id as string;
  pravdaId = await source({
    kind: "newspaper_article",
    title: "Reply to Comrade Ivanov",
    containerTitle: "Pravda",
    publisherPlace: "Moscow",
    issued: "February 1938",
    contributors: [{ family: "Stalin", given: "I. V." }],
  });
  minuteId = await source({
    kind: "minute",
    title: "[Minute on Stalin's letter]",
    contributors: [{ literal: "Foreign Office, Northern Department" }],
    issued: "February 1938",
    archive: "The National Archives",
    archivePlace: "Kew",
    archivalScheme: "tna",
    archiveCollection: "FO",
    archiveSeries: "371",
    archiveFile: "22286",
    archiveFolio: "14",
  });
  bookId = await source({
    kind: "book",
    title: "Stalin's Drive to the West",
    contributors: [{ family: "Raack", given: "R. C." }],
    publisher: "Stanford University Press",
    publisherPlace: "Stanford, CA",
    issued: "1995",
  });
  passageId = (
    await post(
      postPassage,
      { sourceId: pravdaId },
      {
        text: "Победа социализма в нашей стране не является окончательной",
        language: "ru",
        translations: [{ language: "en", text: "The victory of socialism in our country is not final" }],
      },
    )
  ).body.data.id;
});

async function observer(name: string, extra: Record<string, unknown> = {}, userId = owner.id) {
  const response = await post(postObserver, { projectId }, { name, kind: "newspaper", ...extra }, userId);
  expect(response.status).toBe(201);
  return response.body.data as { id: string; version: number };
}

async function reading(body: Record<string, unknown>) {
  const response = await post(postReading, { projectId }, { sourceId: pravdaId, ...body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.data as { id: string; version: number };
}

describe("observers", () => {
  it("have a kind, years active and an affiliation; an affiliation cannot lead back to the observer", async () => {
    const office = await observer("Foreign Office", { kind: "institution" });
    const department = await observer("Northern Department", {
      kind: "ministry_department",
      affiliationId: office.id,
      activeFrom: 1920,
      activeTo: 1945,
    });
    const circle = await patch(
      patchObserver,
      { observerId: office.id },
      { version: office.version, affiliationId: department.id },
    );
    expect(circle.status).toBe(400);
    expect(circle.body.error.fieldErrors.affiliationId).toEqual([
      "An observer cannot belong to itself, directly or through others",
    ]);
    const backwards = await patch(
      patchObserver,
      { observerId: department.id },
      { version: 1, activeTo: 1900 },
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.fieldErrors.activeTo).toEqual(["The last year active comes after the first"]);

    const detail = await get(getObserver, { observerId: department.id });
    expect(detail.body.data).toMatchObject({
      kind: "ministry_department",
      activeFrom: 1920,
      affiliation: { id: office.id, name: "Foreign Office" },
    });
    const list = await get(listObserversRoute, { projectId }, viewer.id, "?kind=ministry_department");
    expect(list.body.data.map((item: { name: string }) => item.name)).toContain("Northern Department");
    expect(list.body.data.every((item: { kind: string }) => item.kind === "ministry_department")).toBe(true);
  });

  it("an observer's page lists all its readings in date order, and deleting it takes them along", async () => {
    const raack = await observer("R. C. Raack", { kind: "historian" });
    await reading({ observerId: raack.id, readAt: "1995", summary: "Not mainly defensive." });
    await reading({ observerId: raack.id, readAt: "c. 1990", summary: "An earlier reading." });
    await reading({ observerId: raack.id, summary: "Undated." });
    const detail = await get(getObserver, { observerId: raack.id });
    expect(
      detail.body.data.readings.map((item: { readAt: { text: string | null } }) => item.readAt.text),
    ).toEqual(["c. 1990", "1995", null]);
    const removed = await callRoute(deleteObserverRoute, "/x", {
      userId: owner.id,
      method: "DELETE",
      params: { observerId: raack.id },
    });
    expect(removed.status).toBe(204);
    expect(await prisma.reading.count({ where: { observerId: raack.id } })).toBe(0);
    const history = await prisma.activity.findMany({
      where: { entityId: raack.id },
      orderBy: { createdAt: "asc" },
    });
    expect(history.map((entry) => [entry.entityType, entry.action])).toEqual([
      ["observer", "create"],
      ["observer", "delete"],
    ]);
  });
});

describe("readings", () => {
  it("record what was quoted, linked to a passage, the stance toward claims and the documenting source", async () => {
    const times = await observer("The Times");
    const claim = await prisma.claim.create({
      data: { projectId, number: 1, statement: "Stalin spoke to the world" },
    });
    const created = await reading({
      observerId: times.id,
      readAt: "February 1938",
      summary: "The victory is not final; workers abroad should help.",
      documentingSourceId: minuteId,
      documentingLocator: "f. 14",
      phrases: [{ text: "victory of socialism in our country is not final", passageId }, { text: "help" }],
      claimStances: [{ claimId: claim.id, stance: "supports", note: "Meant for abroad" }],
    });
    const stored = await get(getReadingRoute, { readingId: created.id }, viewer.id);
    expect(stored.body.data).toMatchObject({
      readAtEdtf: "1938-02",
      documentingSourceId: minuteId,
      phrases: [
        { text: "victory of socialism in our country is not final", passageId, position: 0 },
        { text: "help", passageId: null, position: 1 },
      ],
      claimStances: [{ claimId: claim.id, stance: "supports" }],
    });

    // Phrases are replaced when sent; the rest stays.
    const edited = await patch(
      patchReading,
      { readingId: created.id },
      { version: 1, phrases: [{ text: "help" }] },
    );
    expect(edited.status).toBe(200);
    expect(edited.body.data.phrases.map((phrase: { text: string }) => phrase.text)).toEqual(["help"]);
    expect(edited.body.data.documentingLocator).toBe("f. 14");

    const byObserver = await get(listReadingsRoute, { projectId }, owner.id, `?observerId=${times.id}`);
    expect(byObserver.body.data.map((item: { id: string }) => item.id)).toEqual([created.id]);
  });

  it("refuse a phrase linked to a passage of an unrelated source, and ids of another project", async () => {
    const times = await observer("The Times, again");
    const otherPassage = (await post(postPassage, { sourceId: bookId }, { text: "A page of Raack" })).body
      .data.id;
    const misplaced = await post(
      postReading,
      { projectId },
      {
        observerId: times.id,
        sourceId: pravdaId,
        summary: "x",
        phrases: [{ text: "a", passageId: otherPassage }],
      },
    );
    expect(misplaced.status).toBe(400);
    expect(misplaced.body.error.fieldErrors["phrases.0.passageId"]).toEqual([
      "Not a passage of the source read or of the documenting source",
    ]);
    // Documented by the book, the book's passage may be quoted.
    await reading({
      observerId: times.id,
      summary: "x",
      documentingSourceId: bookId,
      phrases: [{ text: "a", passageId: otherPassage }],
    });

    const elsewhere = await createProject([{ userId: owner.id, role: "owner" }]);
    const foreign = await prisma.observer.create({
      data: { projectId: elsewhere.id, name: "Elsewhere", kind: "person" },
    });
    const foreignSource = await prisma.source.create({
      data: { projectId: elsewhere.id, kind: "book", cslType: "book", title: "Elsewhere" },
    });
    const wrongObserver = await post(
      postReading,
      { projectId },
      { observerId: foreign.id, sourceId: pravdaId, summary: "x" },
    );
    expect(wrongObserver.status).toBe(400);
    expect(wrongObserver.body.error.fieldErrors.observerId).toEqual(["Not an observer of this project"]);
    const wrongSource = await post(
      postReading,
      { projectId },
      { observerId: times.id, sourceId: pravdaId, documentingSourceId: foreignSource.id, summary: "x" },
    );
    expect(wrongSource.body.error.fieldErrors.documentingSourceId).toEqual(["Not a source of this project"]);
  });
});

describe("the comparison of a source", () => {
  it("answers default to the reading and its documenting source; disagreements are marked, silence aside", async () => {
    const source = (
      await post(postSource, { projectId }, { kind: "speech", title: "A speech", issued: "14 March 1938" })
    ).body.data.id;
    const embassy = await observer("Embassy", { kind: "embassy" });
    const department = await observer("Department", { kind: "ministry_department" });
    const journal = await observer("Journal");
    const embassyReading = await reading({
      observerId: embassy.id,
      sourceId: source,
      readAt: "March 1938",
      summary: "Defensive.",
      documentingSourceId: minuteId,
      documentingLocator: "f. 14",
    });
    await reading({ observerId: department.id, sourceId: source, readAt: "1995", summary: "Not defensive." });

    const question = (await post(postQuestion, { sourceId: source }, { text: "Is the posture defensive?" }))
      .body.data;
    expect(question.position).toBe(0);
    const second = (await post(postQuestion, { sourceId: source }, { text: "Is it final?" })).body.data;
    expect(second.position).toBe(1);

    const yes = await post(postAnswer, { questionId: question.id }, { observerId: embassy.id, value: "yes" });
    expect(yes.status).toBe(201);
    expect(yes.body.data).toMatchObject({
      readingId: embassyReading.id,
      citedSourceId: minuteId,
      citedLocator: "f. 14",
    });
    const again = await post(
      postAnswer,
      { questionId: question.id },
      { observerId: embassy.id, value: "no" },
    );
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already answered/);

    await post(postAnswer, { questionId: second.id }, { observerId: embassy.id, value: "no" });
    await post(postAnswer, { questionId: second.id }, { observerId: journal.id, value: "silent" });
    const before = await get(getComparisonRoute, { sourceId: source }, viewer.id);
    expect(before.body.data.questions.map((q: { disagreement: boolean }) => q.disagreement)).toEqual([
      false,
      false,
    ]);

    const no = await post(
      postAnswer,
      { questionId: question.id },
      {
        observerId: department.id,
        value: "no",
        note: "Not merely defensive",
        citedSourceId: bookId,
        citedLocator: "12",
      },
    );
    expect(no.status).toBe(201);
    const comparison = (await get(getComparisonRoute, { sourceId: source }, viewer.id)).body.data;
    expect(
      comparison.questions.map((q: { text: string; disagreement: boolean }) => [q.text, q.disagreement]),
    ).toEqual([
      ["Is the posture defensive?", true],
      ["Is it final?", false],
    ]);
    // Observers in the order of their first reading; one who only answered comes after.
    expect(comparison.observers.map((o: { name: string }) => o.name)).toEqual([
      "Embassy",
      "Department",
      "Journal",
    ]);
    expect(comparison.source.date).toMatchObject({ edtf: "1938-03-14", start: "1938-03-14" });
    const cited = comparison.answers.find((answer: { id: string }) => answer.id === no.body.data.id);
    expect(cited.citation.note).toBe(
      "R. C. Raack, Stalin's Drive to the West (Stanford, CA: Stanford University Press, 1995), 12.",
    );
    const documented = comparison.readings.find((item: { id: string }) => item.id === embassyReading.id);
    // The folio the pinpoint names is already in the archival reference: said once.
    expect(documented.documentation.short).toMatch(/FO 371\/22286, fol\. 14, The National Archives$/);
    expect(documented.documentation.note).toBe(
      "Foreign Office, Northern Department, Minute on Stalin's letter, February 1938, FO 371/22286, fol. 14, The National Archives, Kew.",
    );

    const answers = await get(listAnswersRoute, { questionId: question.id }, viewer.id);
    expect(answers.body.data).toHaveLength(2);
    const questions = await get(listQuestionsRoute, { sourceId: source }, viewer.id, "?limit=1");
    expect(questions.body.data.map((q: { id: string }) => q.id)).toEqual([question.id]);
    const next = await get(
      listQuestionsRoute,
      { sourceId: source },
      viewer.id,
      `?limit=1&cursor=${questions.body.nextCursor}`,
    );
    expect(next.body.data.map((q: { id: string }) => q.id)).toEqual([second.id]);

    // Deleting a question takes its answers.
    const removed = await callRoute(deleteQuestionRoute, "/x", {
      userId: owner.id,
      method: "DELETE",
      params: { questionId: second.id },
    });
    expect(removed.status).toBe(204);
    expect(await prisma.comparisonAnswer.count({ where: { questionId: second.id } })).toBe(0);
    expect((await get(getQuestion, { questionId: second.id })).status).toBe(404);
  });

  it("an answer's reading must be that observer's reading of the question's source", async () => {
    const times = await observer("Times, for readings");
    const other = await observer("Other, for readings");
    const othersReading = await reading({ observerId: other.id, summary: "x" });
    const question = (await post(postQuestion, { sourceId: pravdaId }, { text: "Whose reading?" })).body.data;
    const wrong = await post(
      postAnswer,
      { questionId: question.id },
      { observerId: times.id, value: "yes", readingId: othersReading.id },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fieldErrors.readingId).toEqual([
      "Not this observer's reading of the question's source",
    ]);
    // Without a reading of its own and nothing said, the answer has neither reading nor citation.
    const bare = await post(
      postAnswer,
      { questionId: question.id },
      { observerId: times.id, value: "silent" },
    );
    expect(bare.body.data).toMatchObject({ readingId: null, citedSourceId: null });
  });
});

describe("concurrent edits and roles", () => {
  it("a save over a newer version is refused with the other change shown", async () => {
    const times = await observer("Times, edited twice");
    const first = await patch(patchObserver, { observerId: times.id }, { version: 1, note: "First" });
    expect(first.status).toBe(200);
    const second = await patch(patchObserver, { observerId: times.id }, { version: 1, note: "Second" });
    expect(second.status).toBe(409);
    expect(second.body.error.details.change.changes).toEqual([
      { field: "note", before: null, after: "First" },
    ]);

    const question = (await post(postQuestion, { sourceId: pravdaId }, { text: "Twice?" })).body.data;
    const answer = (
      await post(postAnswer, { questionId: question.id }, { observerId: times.id, value: "yes" })
    ).body.data;
    expect((await patch(patchAnswer, { answerId: answer.id }, { version: 1, value: "no" })).status).toBe(200);
    const stale = await patch(patchAnswer, { answerId: answer.id }, { version: 1, value: "ambiguous" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/changed this answer while you were editing/);
    expect((await prisma.comparisonAnswer.findUniqueOrThrow({ where: { id: answer.id } })).value).toBe("no");
    const staleQuestion = await patch(
      patchQuestion,
      { questionId: question.id },
      { version: 2, text: "Thrice?" },
    );
    expect(staleQuestion.status).toBe(409);
  });

  it("a viewer reads but cannot write; a contributor answers but changes only what they added", async () => {
    const times = await observer("Times, for roles");
    const question = (await post(postQuestion, { sourceId: pravdaId }, { text: "Who may answer?" })).body
      .data;
    const ownersAnswer = (
      await post(postAnswer, { questionId: question.id }, { observerId: times.id, value: "yes" })
    ).body.data;

    expect((await get(getComparisonRoute, { sourceId: pravdaId }, viewer.id)).status).toBe(200);
    const viewerQuestion = await post(postQuestion, { sourceId: pravdaId }, { text: "No" }, viewer.id);
    expect(viewerQuestion.status).toBe(403);
    expect((await post(postObserver, { projectId }, { name: "No", kind: "person" }, viewer.id)).status).toBe(
      403,
    );
    expect(
      (await patch(patchAnswer, { answerId: ownersAnswer.id }, { version: 1, value: "no" }, viewer.id))
        .status,
    ).toBe(403);

    const mine = await observer("Contributor's observer", {}, contributor.id);
    const contributed = await post(
      postAnswer,
      { questionId: question.id },
      { observerId: mine.id, value: "no" },
      contributor.id,
    );
    expect(contributed.status).toBe(201);
    expect(
      (
        await patch(
          patchAnswer,
          { answerId: contributed.body.data.id },
          { version: 1, value: "ambiguous" },
          contributor.id,
        )
      ).status,
    ).toBe(200);
    const theirs = await patch(
      patchAnswer,
      { answerId: ownersAnswer.id },
      { version: 1, value: "no" },
      contributor.id,
    );
    expect(theirs.status).toBe(403);
    expect(theirs.body.error.message).toMatch(/only what they added/);

    expect((await get(getComparisonRoute, { sourceId: pravdaId }, stranger.id)).status).toBe(404);
  });
});

describe("exports", () => {
  async function download(format: string, userId: string | null, sourceId = pravdaId) {
    const headers = new Headers();
    if (userId) headers.set("cookie", await sessionCookie(userId));
    const url = `http://localhost/projects/${projectId}/sources/${sourceId}/comparison/export?format=${format}`;
    const response = await exportComparison(new Request(url, { headers }), {
      params: Promise.resolve({ projectId, sourceId }),
    });
    // Keep the byte order mark: Response.text() would drop it.
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    return { response, text };
  }

  it("CSV: UTF-8 with a byte order mark, one row per question and observer, fields escaped", async () => {
    const times = await observer("The Times, exported");
    await reading({ observerId: times.id, readAt: "February 1938", summary: 'He said "not final", twice' });
    const question = (await post(postQuestion, { sourceId: pravdaId }, { text: "Exported, is it?" })).body
      .data;
    await post(
      postAnswer,
      { questionId: question.id },
      { observerId: times.id, value: "ambiguous", note: "Both, and" },
    );

    const { response, text } = await download("csv", viewer.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="Comparison - Reply to Comrade Ivanov.csv"/,
    );
    expect(text.startsWith("\uFEFFSource,Question,Disagreement,Observer,Answer,Note,Citation")).toBe(true);
    const row = text
      .split("\r\n")
      .find((line) => line.includes("Exported, is it?") && line.includes("The Times, exported"));
    expect(row).toContain(',Ambiguous,"Both, and",');
    expect(row).toContain('"He said ""not final"", twice"');
  });

  it("HTML: a table with disagreements marked and numbered Chicago notes; members only", async () => {
    const { response, text } = await download("html", owner.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(text).toContain("<table>");
    expect(text).toContain(
      '<li id="note-1">I. V. Stalin, “Reply to Comrade Ivanov,” <i>Pravda</i> (Moscow), February 1938.</li>',
    );

    expect((await download("html", stranger.id)).response.status).toBe(404);
    expect((await download("pdf", owner.id)).response.status).toBe(400);
    const signedOut = (await download("csv", null)).response;
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get("location")).toMatch(/\/sign-in\?callbackUrl=/);
  });
});

describe("the demo case", () => {
  it("five observers read Stalin's letter, and disagree on at least three questions", async () => {
    await seedDemo(prisma);
    const demo = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_USER_EMAIL } });
    const { status, body } = await get(getComparisonRoute, { sourceId: "demo-src-pravda" }, demo.id);
    expect(status).toBe(200);
    const comparison = body.data;
    expect(comparison.observers.map((o: { name: string }) => o.name).sort()).toEqual([
      "British Embassy in Moscow",
      "Foreign Office, Northern Department",
      "Le Journal de Moscou",
      "R. C. Raack",
      "The Times (London)",
    ]);
    expect(comparison.observers.at(-1).name).toBe("R. C. Raack");
    const disagreements = comparison.questions.filter((q: { disagreement: boolean }) => q.disagreement);
    expect(disagreements.length).toBeGreaterThanOrEqual(3);
    expect(comparison.answers).toHaveLength(comparison.questions.length * 5);
    // Every reading is itself cited.
    expect(comparison.readings.every((r: { documentation: unknown }) => r.documentation !== null)).toBe(true);
    expect(
      await prisma.comparisonQuestion.count({ where: { projectId: DEMO_PROJECT_ID } }),
    ).toBeGreaterThanOrEqual(4);
  });
});

it("the OpenAPI document lists the observers, readings and comparison endpoints", async () => {
  const document = await (await getOpenApi()).json();
  for (const path of [
    "/projects/{projectId}/observers",
    "/observers/{observerId}",
    "/projects/{projectId}/readings",
    "/readings/{readingId}",
    "/sources/{sourceId}/comparison",
    "/sources/{sourceId}/questions",
    "/questions/{questionId}",
    "/questions/{questionId}/answers",
    "/answers/{answerId}",
  ]) {
    expect(Object.keys(document.paths)).toContain(path);
  }
  const answerBody =
    document.paths["/questions/{questionId}/answers"].post.requestBody.content["application/json"].schema;
  expect(answerBody.properties.value.enum).toEqual(["yes", "no", "ambiguous", "silent"]);
});
