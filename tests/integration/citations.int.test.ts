import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getJobFile } from "@/app/api/v1/citation-jobs/[jobId]/file/route";
import { GET as getJob } from "@/app/api/v1/citation-jobs/[jobId]/route";
import { GET as exportClaimRoute } from "@/app/api/v1/claims/[claimId]/export/route";
import {
  GET as listStylesRoute,
  POST as uploadStyleRoute,
} from "@/app/api/v1/projects/[projectId]/citation-styles/route";
import { GET as exportProjectRoute } from "@/app/api/v1/projects/[projectId]/export/route";
import { POST as importRoute } from "@/app/api/v1/projects/[projectId]/import/route";
import { PATCH as patchProjectRoute } from "@/app/api/v1/projects/[projectId]/route";
import { citationKeys } from "@/lib/citations/citation-keys";
import { closeFormatPool } from "@/lib/citations/format-pool";
import { commitImport } from "@/lib/citations/mutations";
import type { CslItem } from "@/lib/citations/render";
import { prisma } from "@/lib/db/client";
import { stopQueues } from "@/lib/jobs/queue";
import type { ProjectAccess } from "@/lib/projects/types";
import { callRoute, createProject, createUser } from "./factories";

// Citation export and import through the route handlers, against a real PostgreSQL: the formats,
// Chicago's archival citation, notes with pinpoints, "quoted in", roles, round trips and jobs.

let owner: { id: string };
let viewer: { id: string };
let stranger: { id: string };
let projectId: string;
let otherProjectId: string;
let claimId: string;
const ids: Record<string, string> = {};

async function source(data: Record<string, unknown>, contributors: Record<string, unknown>[] = []) {
  const created = await prisma.source.create({
    data: {
      projectId,
      createdById: owner.id,
      ...(data as { kind: "book"; cslType: string; title: string }),
      contributors: {
        create: contributors.map((person, position) => ({ role: "author", position, ...person })),
      },
    },
  });
  return created.id;
}

beforeAll(async () => {
  owner = await createUser("historian");
  viewer = await createUser("reader");
  stranger = await createUser("stranger");
  const project = await createProject([
    { userId: owner.id, role: "owner" },
    { userId: viewer.id, role: "viewer" },
  ]);
  projectId = project.id;
  otherProjectId = (await createProject([{ userId: stranger.id, role: "owner" }])).id;

  ids.raack = await source(
    {
      kind: "book",
      cslType: "book",
      title: "Stalin's Drive to the West, 1938-1945: The Origins of the Cold War",
      issuedEdtf: "1995",
      publisher: "Stanford University Press",
      publisherPlace: "Stanford, CA",
      language: "en",
      isbn: "9780804724159",
    },
    [{ family: "Raack", given: "R. C." }],
  );
  ids.pravda = await source(
    {
      kind: "newspaper_article",
      cslType: "article-newspaper",
      title: "Ответ товарищу Иванову",
      titleTranslated: "Reply to Comrade Ivanov",
      containerTitle: "Правда",
      issuedEdtf: "1938-02-14",
      publisherPlace: "Moscow",
      language: "ru",
    },
    [{ family: "Сталин", given: "И. В." }],
  );
  ids.minute = await source(
    {
      kind: "minute",
      cslType: "manuscript",
      genre: "Minute",
      title: "[Northern Department minute on Stalin's reply to Ivanov]",
      issuedEdtf: "1938-02",
      archive: "The National Archives",
      archivePlace: "Kew",
      archivalScheme: "tna",
      archiveCollection: "FO",
      archiveSeries: "371",
      archiveFile: "22286",
      archiveFolio: "14",
      language: "en",
    },
    [{ literal: "Foreign Office, Northern Department" }],
  );
  ids.times = await source({
    kind: "newspaper_article",
    cslType: "article-newspaper",
    title: "[Report of Stalin's reply to Ivanov]",
    containerTitle: "The Times",
    issuedEdtf: "1938-02",
    language: "en",
  });
  await prisma.source.update({
    where: { id: ids.times },
    data: { quotedInId: ids.raack, quotedInLocator: "p. 23" },
  });
  const passage = (sourceId: string, data: Record<string, string>) =>
    prisma.passage.create({ data: { projectId, sourceId, text: "…", ...data } });
  const raack12 = await passage(ids.raack, { page: "12" });
  const raack15 = await passage(ids.raack, { page: "15" });
  const minute14 = await passage(ids.minute, { folio: "14" });
  const pravda1 = await passage(ids.pravda, { page: "1" });
  const times = await passage(ids.times, {});
  const claim = await prisma.claim.create({
    data: { projectId, number: 2, statement: "The defensive reading is a fantasy." },
  });
  claimId = claim.id;
  const rival = await prisma.claim.create({
    data: { projectId, number: 1, statement: "Stalin's purposes were mainly defensive." },
  });
  const evidence = (claim: string, target: Record<string, string>, stance: string, position: number) =>
    prisma.evidence.create({
      data: { projectId, claimId: claim, stance: stance as "supports", position, ...target },
    });
  await evidence(claimId, { passageId: raack12.id }, "supports", 0);
  await evidence(claimId, { passageId: minute14.id }, "supports", 1);
  await evidence(claimId, { passageId: raack15.id }, "supports", 2);
  await evidence(claimId, { passageId: times.id }, "supports", 3);
  await evidence(claimId, { supportingClaimId: rival.id }, "contradicts", 4);
  await evidence(rival.id, { passageId: pravda1.id }, "supports", 0);
}, 60_000);

afterAll(async () => {
  await stopQueues();
  await closeFormatPool();
});

const exportClaim = (query: string, userId: string | undefined = owner.id) =>
  callRoute(exportClaimRoute, `/api/v1/claims/${claimId}/export?${query}`, { userId, params: { claimId } });
const exportProject = (query: string, userId: string | undefined = owner.id, project = projectId) =>
  callRoute(exportProjectRoute, `/api/v1/projects/${project}/export?${query}`, {
    userId,
    params: { projectId: project },
  });
const importFile = (
  text: string,
  query = "",
  userId: string | undefined = owner.id,
  project = projectId,
  contentType = "application/x-bibtex",
) =>
  callRoute(importRoute, `/api/v1/projects/${project}/import?${query}`, {
    userId,
    method: "POST",
    params: { projectId: project },
    rawBody: text,
    headers: { "content-type": contentType },
  });

describe("a claim's evidence chain in Chicago", () => {
  it("bibliography: grouped by stance; the book, the Pravda letter and the archival minute as Chicago has them", async () => {
    const { status, body, headers } = await exportClaim("format=bibliography");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(headers.get("content-disposition")).toMatch(
      /^attachment; filename="claim-c2-bibliography-apparatus-chicago-fullnote-bibliography\.html"/,
    );
    const html = body as string;
    expect(html).toContain("<h2>Supporting evidence</h2>");
    expect(html).toContain("<h2>Contrary evidence</h2>");
    expect(html).toContain(
      "Raack, R. C. <i>Stalin’s Drive to the West, 1938-1945: The Origins of the Cold War</i>. Stanford, CA: Stanford University Press, 1995.",
    );
    // Author, description (no quotation marks, no headline capitals), date, series and piece
    // with its folio, archive and place.
    expect(html).toContain(
      "Foreign Office, Northern Department. Northern Department minute on Stalin’s reply to Ivanov, February 1938. FO 371/22286, fol. 14. The National Archives, Kew.",
    );
    // The Pravda letter comes through the contrary sub-claim: romanized, its translation in brackets.
    const contrary = html.slice(html.indexOf("Contrary evidence"));
    expect(contrary).toContain(
      "Stalin, I. V. “Otvet tovarishchu Ivanovu” [Reply to Comrade Ivanov]. <i>Pravda</i> (Moscow), February 14, 1938.",
    );
    // Known only through Raack: "Quoted in"; listed under the newspaper, without its "The".
    expect(html).toContain(
      "<i>Times</i>. [Report of Stalin’s reply to Ivanov]. February 1938. Quoted in R. C. Raack, <i>Stalin’s Drive to the West, 1938-1945: The Origins of the Cold War</i> (Stanford, CA: Stanford University Press, 1995), 23.",
    );
  });

  it("notes: full note first, short note after, each with its pinpoint; the minute's folio once", async () => {
    const { status, body } = await exportClaim("format=notes&output=text");
    expect(status).toBe(200);
    const text = body as string;
    expect(text).toContain(
      "1. R. C. Raack, Stalin’s Drive to the West, 1938-1945: The Origins of the Cold War (Stanford, CA: Stanford University Press, 1995), 12.",
    );
    // The passage's folio after the piece it belongs to, once.
    expect(text).toContain(
      "2. Foreign Office, Northern Department, Northern Department minute on Stalin’s reply to Ivanov, February 1938, FO 371/22286, fol. 14, The National Archives, Kew.",
    );
    // A short title of at most four words, without the subtitle's dates.
    expect(text).toContain("3. Raack, Stalin’s Drive, 15.");
    expect(text).toContain(
      "4. [Report of Stalin’s reply to Ivanov], Times, February 1938, quoted in Raack, Stalin’s Drive, 23.",
    );
    expect(text).toContain(
      "5. I. V. Stalin, “Otvet tovarishchu Ivanovu” [Reply to Comrade Ivanov], Pravda (Moscow), February 14, 1938, 1.",
    );
    expect(text).toContain("Bibliography");
  });

  it("RTF keeps italics as RTF groups and Cyrillic as \\u escapes; plain text and HTML are UTF-8", async () => {
    // Cited in the original script, as a project may choose.
    await prisma.project.update({ where: { id: projectId }, data: { citationScript: "original" } });
    const rtf = (await exportClaim("format=bibliography&output=rtf")).body as string;
    await prisma.project.update({ where: { id: projectId }, data: { citationScript: "romanized" } });
    expect(rtf.startsWith("{\\rtf1\\ansi")).toBe(true);
    expect(rtf).toContain("{\\i Stalin\\u8217?s Drive to the West, 1938-1945: The Origins of the Cold War}");
    expect(rtf).toContain("\\u1057?\\u1090?\\u1072?\\u1083?\\u1080?\\u1085?"); // Сталин
    expect(rtf.endsWith("}\n")).toBe(true);
  });

  it("the project's choice of script: set through the API (editors), refused when unknown, followed by the export", async () => {
    const patch = (body: unknown, userId = owner.id) =>
      callRoute(patchProjectRoute, `/api/v1/projects/${projectId}`, {
        userId,
        method: "PATCH",
        params: { projectId },
        body,
      });
    const { version } = await prisma.project.findUniqueOrThrow({ where: { id: projectId } });
    const refused = await patch({ version, citationScript: "cyrillic" });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fieldErrors.citationScript[0]).toBe(
      "citationScript is romanized, original or both",
    );
    expect((await patch({ version, citationScript: "both" }, viewer.id)).status).toBe(403);
    const saved = await patch({ version, citationScript: "both" });
    expect(saved.status).toBe(200);
    try {
      const notes = (await exportClaim("format=notes&output=text")).body as string;
      expect(notes).toContain(
        "“Otvet tovarishchu Ivanovu (Ответ товарищу Иванову)” [Reply to Comrade Ivanov]",
      );
    } finally {
      await prisma.project.update({ where: { id: projectId }, data: { citationScript: "romanized" } });
    }
  });

  it("in French: French headings and terms", async () => {
    const { body } = await exportClaim("format=notes&locale=fr-FR&output=text");
    expect(body).toContain("Éléments à l’appui");
    expect(body).toContain("Bibliographie");
    expect(body).toMatch(/cité dans/);
  });

  it("in Russian: Russian headings, and the locale's own terms", async () => {
    const { body } = await exportClaim("format=notes&locale=ru-RU&output=text");
    expect(body).toContain("Подтверждающие свидетельства");
    expect(body).toContain("Библиография");
    expect(body).toContain("цит. по");
  });

  it("without Debian's styles package: Chicago from the bundled styles; a style it lacks is named with the way to get it", async () => {
    const installed = process.env.CSL_DIR;
    process.env.CSL_DIR = "/nonexistent/citation-style-language";
    try {
      const chicago = await exportClaim("format=bibliography&output=text");
      expect(chicago.status).toBe(200);
      expect(chicago.body).toContain(
        "Raack, R. C. Stalin’s Drive to the West, 1938-1945: The Origins of the Cold War. Stanford, CA: Stanford University Press, 1995.",
      );
      const notes = await exportClaim("format=notes&output=text");
      expect(notes.body).toContain("3. Raack, Stalin’s Drive, 15.");
      const missing = await exportClaim("format=bibliography&style=ieee&output=text");
      expect(missing.status).toBe(400);
      expect(missing.body.error.message).toContain("No citation style “ieee” here");
      expect(missing.body.error.message).toContain("install Debian's citation-style-language-styles package");
      const list = await callRoute(
        listStylesRoute,
        `/api/v1/projects/${projectId}/citation-styles?q=chicago`,
        {
          userId: owner.id,
          params: { projectId },
        },
      );
      expect(list.body.data.installed).toBe(false);
      expect(list.body.data.set).toContain("come with Apparatus");
      expect(list.body.data.styles[0].id).toBe("apparatus-chicago-fullnote-bibliography");
      expect(list.body.data.styles[0].changes).toContain("English translation in brackets");
      expect(list.body.data.styles[1].id).toBe("chicago-fullnote-bibliography");
      expect(list.body.data.styles[1].changes).toBeNull();
    } finally {
      if (installed === undefined) delete process.env.CSL_DIR;
      else process.env.CSL_DIR = installed;
    }
  });

  it("a dependent style formats with its parent; an unknown style is refused", async () => {
    const dependent = await exportClaim("format=bibliography&style=constellations&output=text");
    expect(dependent.status).toBe(200);
    expect(dependent.body).toContain("Constellations");
    expect(dependent.body).toContain("Raack, R. C. Stalin’s Drive to the West");
    const unknown = await exportClaim("style=no-such-style");
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fieldErrors.style).toEqual(["Unknown style"]);
  });

  it("BibTeX keeps Cyrillic and says what it cannot carry; BibLaTeX and RIS carry the archive", async () => {
    const bibtex = await exportClaim("format=bibtex");
    expect(bibtex.headers.get("content-type")).toBe("application/x-bibtex; charset=utf-8");
    expect(bibtex.body).toContain("author = {Сталин, И. В.}");
    expect(bibtex.body).toMatch(
      /Not carried:[\s\S]*Foreign1938Northern: archive, archive-place, archive_location/,
    );
    const biblatex = (await exportClaim("format=biblatex")).body as string;
    expect(biblatex).toContain("archive = {The National Archives}");
    expect(biblatex).toContain("archive-place = {Kew}");
    expect(biblatex).toContain("archive_location = {FO 371/22286, fol. 14}");
    const ris = await exportClaim("format=ris");
    expect(ris.headers.get("content-type")).toBe("application/x-research-info-systems; charset=utf-8");
    expect(ris.body).toContain("DB  - The National Archives\nAV  - Kew\nAN  - FO 371/22286, fol. 14");
    expect(ris.body).toContain("TI  - Ответ товарищу Иванову");
    const csl = await exportClaim("format=csl-json");
    expect(csl.headers.get("content-type")).toBe("application/vnd.citationstyles.csl+json; charset=utf-8");
    const minute = (csl.body as Record<string, unknown>[]).find((item) => item.id === ids.minute);
    expect(minute).toMatchObject({
      archive: "The National Archives",
      "archive-place": "Kew",
      archive_location: "FO 371/22286, fol. 14",
    });
  });
});

describe("who may export and import", () => {
  it("a non-member gets 404, a viewer may export but not import (403), no one signed out (401)", async () => {
    expect((await exportClaim("", stranger.id)).status).toBe(404);
    expect((await exportProject("", stranger.id)).status).toBe(404);
    expect((await importFile("@book{a, title={A}}", "", stranger.id)).status).toBe(404);
    expect((await exportClaim("format=ris", viewer.id)).status).toBe(200);
    expect((await exportProject("format=bibtex", viewer.id)).status).toBe(200);
    const refused = await importFile("@book{a, title={A}}", "", viewer.id);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("FORBIDDEN");
    const signedOut = await callRoute(exportClaimRoute, `/api/v1/claims/${claimId}/export`, {
      params: { claimId },
    });
    expect(signedOut.status).toBe(401);
  });

  it("a selection cannot name another project's sources", async () => {
    const theirs = await prisma.source.create({
      data: { projectId: otherProjectId, kind: "book", cslType: "book", title: "Theirs" },
    });
    const { status, body } = await exportProject(`format=csl-json&sourceIds=${ids.raack},${theirs.id}`);
    expect(status).toBe(400);
    expect(body.error.fieldErrors.sourceIds).toEqual(["Not sources of this project"]);
  });
});

describe("a project and a selection", () => {
  it("the whole project as one bibliography; a selection as only its sources", async () => {
    const all = (await exportProject("format=bibliography&output=text")).body as string;
    expect(all).toContain("Raack, R. C.");
    expect(all).toContain("Foreign Office, Northern Department.");
    const selection = await exportProject(`format=bibliography&output=text&sourceIds=${ids.minute}`);
    expect(selection.status).toBe(200);
    expect(selection.body).toContain("Foreign Office, Northern Department.");
    expect(selection.body).not.toContain("Сталин");
    expect(selection.headers.get("content-disposition")).toMatch(/selection/);
  });

  it("a long export runs as a job with progress, and its file is fetched when done", async () => {
    const accepted = await exportProject("format=bibliography&style=apa&async=true");
    expect(accepted.status).toBe(202);
    const jobId = accepted.body.data.job.id as string;
    expect(accepted.headers.get("location")).toBe(`/api/v1/citation-jobs/${jobId}`);
    const job = await waitForJob(jobId);
    expect(job.status).toBe("done");
    expect(job.progress).toBe(job.total);
    const file = await callRoute(getJobFile, `/api/v1/citation-jobs/${jobId}/file`, {
      userId: owner.id,
      params: { jobId },
    });
    expect(file.status).toBe(200);
    expect(file.body).toContain("Raack, R. C. (1995)");
    const stranger404 = await callRoute(getJob, `/api/v1/citation-jobs/${jobId}`, {
      userId: stranger.id,
      params: { jobId },
    });
    expect(stranger404.status).toBe(404);
  });
});

async function waitForJob(jobId: string) {
  for (let attempt = 0; attempt < 240; attempt++) {
    const { body } = await callRoute(getJob, `/api/v1/citation-jobs/${jobId}`, {
      userId: owner.id,
      params: { jobId },
    });
    if (body.data.status === "done" || body.data.status === "failed") return body.data;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("The job did not finish in a minute.");
}

const BIBTEX_WITH_ONE_BROKEN = `@book{Conquest1990,
  author = {Conquest, Robert},
  title = {The Great Terror: A Reassessment},
  publisher = {Oxford University Press},
  address = {New York},
  year = {1990},
  isbn = {0-19-505580-2}
}

@article{Broken1999,
  author = {Someone, A.},
  title = {Unclosed {braces,
  year = {1999}

@article{Haslam1984,
  author = {Haslam, Jonathan},
  title = {The Soviet Union and the Struggle for Collective Security in Europe, 1933--39},
  journal = {Slavic Review},
  year = 1984,
  doi = {10.2307/2498123}
}
`;

describe("import", () => {
  let importProjectId: string;
  beforeAll(async () => {
    importProjectId = (await createProject([{ userId: owner.id, role: "owner" }])).id;
  });

  it("a BibTeX file with one malformed entry: the others are imported, the broken one reported with its line", async () => {
    const preview = await importFile(BIBTEX_WITH_ONE_BROKEN, "dryRun=true", owner.id, importProjectId);
    expect(preview.status).toBe(200);
    expect(preview.body.data.counts).toEqual({ entries: 3, new: 2, duplicates: 0, errors: 1 });
    expect(preview.body.data.entries[1]).toMatchObject({ status: "error", line: 10, label: "Broken1999" });
    expect(preview.body.data.entries[1].error).toMatch(/line 10 is not closed/);
    expect(await prisma.source.count({ where: { projectId: importProjectId } })).toBe(0);

    const { status, body } = await importFile(BIBTEX_WITH_ONE_BROKEN, "", owner.id, importProjectId);
    expect(status).toBe(200);
    expect(body.data.imported.map((entry: { title: string }) => entry.title)).toEqual([
      "The Great Terror: A Reassessment",
      "The Soviet Union and the Struggle for Collective Security in Europe, 1933–39",
    ]);
    expect(body.data.failed).toEqual([
      expect.objectContaining({ index: 1, line: 10, reason: expect.stringMatching(/not closed/) }),
    ]);
    const conquest = await prisma.source.findFirstOrThrow({
      where: { projectId: importProjectId, title: "The Great Terror: A Reassessment" },
      include: { contributors: true },
    });
    expect(conquest).toMatchObject({
      kind: "book",
      isbn: "0195055802",
      issuedEdtf: "1990",
      publisherPlace: "New York",
    });
    expect(conquest.contributors).toMatchObject([{ family: "Conquest", given: "Robert", role: "author" }]);
    const history = await prisma.activity.count({
      where: { projectId: importProjectId, entityType: "source" },
    });
    expect(history).toBe(2);
  });

  it("duplicates (ISBN, DOI, title + year + author) are skipped, or merged into the existing source", async () => {
    const again = await importFile(BIBTEX_WITH_ONE_BROKEN, "", owner.id, importProjectId);
    expect(again.body.data.imported).toEqual([]);
    expect(again.body.data.skipped.map((entry: { reason: string }) => entry.reason)).toEqual([
      expect.stringMatching(/same ISBN/),
      expect.stringMatching(/same DOI/),
    ]);
    const byTitle = `@book{x, author = {Conquest, Robert}, title = {The great terror: a reassessment}, year = 1990, note = {Second edition noted}}`;
    const merged = await importFile(byTitle, "duplicates=merge", owner.id, importProjectId);
    expect(merged.body.data.merged).toHaveLength(1);
    const conquest = await prisma.source.findFirstOrThrow({
      where: { id: merged.body.data.merged[0].sourceId },
    });
    expect(conquest.note).toBe("Second edition noted");
    expect(conquest.version).toBe(2);
    expect(await prisma.source.count({ where: { projectId: importProjectId } })).toBe(2);
  });

  it("all or nothing: a failure during the commit leaves no source behind", async () => {
    const access = { projectId: importProjectId, userId: owner.id, role: "owner" } as ProjectAccess;
    const before = await prisma.source.count({ where: { projectId: importProjectId } });
    const entry = {
      index: 0,
      line: 1,
      label: null,
      title: "T",
      creator: null,
      year: null,
      status: "new" as const,
    };
    const source = {
      columns: {
        kind: "book" as const,
        cslType: "book",
        genre: null,
        title: "Would be created",
        titleOriginal: null,
        titleTransliterated: null,
        titleTranslated: null,
        titleShort: null,
        issuedEdtf: null,
        issuedStart: null,
        issuedEnd: null,
        containerTitle: null,
        containerTitleOriginal: null,
        collectionTitle: null,
        volume: null,
        issue: null,
        page: null,
        edition: null,
        publisher: null,
        publisherPlace: null,
        language: null,
        doi: null,
        isbn: null,
        url: null,
        archive: null,
        archivePlace: null,
        archivalScheme: null,
        archiveRepository: null,
        archiveCollection: null,
        archiveSeries: null,
        archiveFile: null,
        archiveItem: null,
        archiveFolio: null,
        archivePage: null,
        archiveLocation: null,
        abstract: null,
        note: null,
      },
      contributors: [],
      csl: { type: "book", title: "Would be created" },
    };
    await expect(
      commitImport(access, [
        { kind: "create", entry, source },
        { kind: "merge", entry: { ...entry, index: 1 }, source, into: "a-source-deleted-meanwhile" },
      ]),
    ).rejects.toThrow(/deleted meanwhile/);
    expect(await prisma.source.count({ where: { projectId: importProjectId } })).toBe(before);
  });

  it("a large file runs as a job in the PostgreSQL queue, with progress, and commits every entry", async () => {
    const jobProject = (await createProject([{ userId: owner.id, role: "owner" }])).id;
    const entries = Array.from(
      { length: 2100 },
      (_, index) =>
        `@book{k${index},\n  author = {Author${index % 300}, A.},\n  title = {Book number ${index}},\n  year = {${1900 + (index % 100)}}\n}`,
    ).join("\n\n");
    const accepted = await importFile(entries, "", owner.id, jobProject);
    expect(accepted.status).toBe(202);
    const job = await waitForJob(accepted.body.data.job.id);
    expect(job.status).toBe("done");
    expect(job.result.imported).toHaveLength(2100);
    expect(job.progress).toBe(job.total);
    expect(await prisma.source.count({ where: { projectId: jobProject } })).toBe(2100);
  });

  it("RIS and CSL-JSON are read too, with their broken entries' lines", async () => {
    const risProject = (await createProject([{ userId: owner.id, role: "owner" }])).id;
    const ris =
      "TY  - BOOK\nAU  - Kennan, George F.\nTI  - Russia and the West under Lenin and Stalin\nPY  - 1961\nER  - \n\nTY  - JOUR\nTI  - No end\n\nTY  - NEWS\nTI  - Stalin's letter\nT2  - The Times\nDA  - 1938/02/16/\nER  - \n";
    const risResult = await importFile(ris, "", owner.id, risProject, "application/x-research-info-systems");
    expect(risResult.body.data.imported).toHaveLength(2);
    expect(risResult.body.data.failed[0]).toMatchObject({
      line: 7,
      reason: expect.stringMatching(/no end \(ER\)/),
    });
    const json =
      '[\n  {"type": "book", "title": "Stalin: Paradoxes of Power"},\n  {"type": "book", "title": },\n  {"title": "No type"}\n]';
    const jsonResult = await importFile(
      json,
      "",
      owner.id,
      risProject,
      "application/vnd.citationstyles.csl+json",
    );
    expect(jsonResult.body.data.imported).toHaveLength(1);
    expect(jsonResult.body.data.failed.map((entry: { line: number }) => entry.line)).toEqual([3, 4]);
  });
});

describe("round trips", () => {
  const ITEMS = [
    {
      id: "a",
      type: "book",
      title: "La Russie et l’Occident",
      "title-short": "La Russie",
      author: [
        { family: "Fontaine", given: "Jean", "non-dropping-particle": "de la" },
        { literal: "Académie des sciences" },
      ],
      editor: [{ family: "Müller", given: "Jürgen", suffix: "Jr." }],
      issued: { "date-parts": [[1938, 2, 14]] },
      publisher: "Gallimard",
      "publisher-place": "Paris",
      ISBN: "978-0-8047-2415-9",
      DOI: "https://doi.org/10.1000/xyz-1",
      language: "French",
      note: "Spécial: 50% & plus",
      "collection-title": "Bibliothèque des idées",
      URL: "https://example.org/la-russie",
    },
    {
      id: "b",
      type: "manuscript",
      genre: "Dispatch",
      title: "Донесение посольства",
      author: [{ literal: "British Embassy, Moscow" }],
      recipient: [{ literal: "Foreign Office" }],
      issued: { "date-parts": [[1938]], circa: true },
      archive: "The National Archives",
      "archive-place": "Kew",
      archive_location: "FO 371/22286, f. 12",
      "original-date": { "date-parts": [[1937, 12]] },
      keyword: "diplomacy; USSR",
    },
    {
      id: "c",
      type: "article-journal",
      title: "Stalin's Plans for World War II",
      author: [{ family: "Raack", given: "R. C." }],
      "container-title": "Journal of Contemporary History",
      volume: "26",
      issue: "2",
      page: "215-227",
      issued: { literal: "Spring 1991" },
      ISSN: "0022-0094",
      abstract: "An abstract.",
    },
  ];

  function withoutIds(item: Record<string, unknown>) {
    const { id: _id, ...rest } = item;
    return rest;
  }

  it("CSL-JSON → import → CSL-JSON export equals the input on every field", async () => {
    const project = (await createProject([{ userId: owner.id, role: "owner" }])).id;
    const imported = await importFile(
      JSON.stringify(ITEMS),
      "",
      owner.id,
      project,
      "application/vnd.citationstyles.csl+json",
    );
    expect(imported.body.data.imported).toHaveLength(3);
    const exported = (await exportProject("format=csl-json", owner.id, project)).body as Record<
      string,
      unknown
    >[];
    for (const input of ITEMS) {
      const output = exported.find((item) => item.title === input.title)!;
      expect(withoutIds(output)).toEqual(withoutIds(input));
    }
  });

  /** The variables the export's note says a format could not carry, per entry key. */
  function notCarried(file: string): Map<string, Set<string>> {
    const result = new Map<string, Set<string>>();
    const note = file.slice(file.indexOf("Not carried:"));
    for (const [, key, list] of note.matchAll(/^ {2}(\S+): (.+)$/gm)) {
      result.set(key!, new Set(list!.split(", ").map((entry) => entry.split(" ")[0]!)));
    }
    return result;
  }

  it("BibLaTeX, BibTeX and RIS: export → import keeps every field except those the export's note lists", async () => {
    const origin = (await createProject([{ userId: owner.id, role: "owner" }])).id;
    await importFile(JSON.stringify(ITEMS), "", owner.id, origin, "application/vnd.citationstyles.csl+json");
    const source = (await exportProject("format=csl-json", owner.id, origin)).body as Record<
      string,
      unknown
    >[];
    // What each format must carry at least, whatever its note says.
    const required: Record<string, string[]> = {
      biblatex: [
        "title",
        "author",
        "issued",
        "archive",
        "archive-place",
        "archive_location",
        "container-title",
        "page",
      ],
      bibtex: ["title", "author", "editor", "publisher", "container-title", "volume", "issue", "page"],
      ris: [
        "title",
        "author",
        "recipient",
        "archive",
        "archive-place",
        "archive_location",
        "ISBN",
        "DOI",
        "language",
      ],
    };
    for (const format of ["biblatex", "bibtex", "ris"]) {
      const file = (await exportProject(`format=${format}`, owner.id, origin)).body as string;
      const lost = notCarried(file);
      const target = (await createProject([{ userId: owner.id, role: "owner" }])).id;
      const result = await importFile(
        file,
        "",
        owner.id,
        target,
        format === "ris" ? "application/x-research-info-systems" : "application/x-bibtex",
      );
      expect(result.body.data.imported, format).toHaveLength(3);
      const back = (await exportProject("format=csl-json", owner.id, target)).body as Record<
        string,
        unknown
      >[];
      for (const input of source) {
        const output = back.find((item) => item.title === input.title);
        expect(output, `${format}: ${input.title}`).toBeDefined();
        const key = output!["citation-key"] as string;
        for (const variable of Object.keys(input)) {
          if (variable === "id") continue;
          if (lost.get(key)?.has(variable)) {
            expect(required[format], `${format} must carry ${variable}`).not.toContain(variable);
            continue;
          }
          expect(output![variable], `${format}: ${input.title}: ${variable}`).toEqual(input[variable]);
        }
      }
    }
  });
});

describe("styles", () => {
  it("the picker searches the installed styles and shows the project's uploads; an upload formats", async () => {
    const list = await callRoute(
      listStylesRoute,
      `/api/v1/projects/${projectId}/citation-styles?q=chicago%20full%20note`,
      {
        userId: owner.id,
        params: { projectId },
      },
    );
    expect(list.body.data.styles[0].id).toBe("apparatus-chicago-fullnote-bibliography");
    expect(list.body.data.styles[1].id).toBe("chicago-fullnote-bibliography");
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>House style</title><id>http://example.org/styles/house-style</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><sort><key variable="title"/></sort><layout suffix="."><text variable="title" text-case="uppercase"/></layout></bibliography>
</style>`;
    const uploaded = await callRoute(uploadStyleRoute, `/api/v1/projects/${projectId}/citation-styles`, {
      userId: owner.id,
      method: "POST",
      params: { projectId },
      rawBody: xml,
      headers: { "content-type": "application/vnd.citationstyles.style+xml" },
    });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.data).toMatchObject({ name: "house-style", title: "House style" });
    const formatted = await exportClaim("format=bibliography&style=house-style&output=text");
    expect(formatted.body).toContain("STALIN’S DRIVE TO THE WEST");
    const bad = await callRoute(uploadStyleRoute, `/api/v1/projects/${projectId}/citation-styles`, {
      userId: owner.id,
      method: "POST",
      params: { projectId },
      rawBody: "<html>not a style</html>",
      headers: { "content-type": "text/xml" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/not a CSL style/);
  });
});

describe("quoted in", () => {
  it("a source may be quoted in another source of its project, not in itself or another project's", async () => {
    const { PATCH } = await import("@/app/api/v1/sources/[sourceId]/route");
    const patch = async (body: Record<string, unknown>) => {
      const { version } = await prisma.source.findUniqueOrThrow({ where: { id: ids.pravda! } });
      return callRoute(PATCH, `/api/v1/sources/${ids.pravda}`, {
        userId: owner.id,
        method: "PATCH",
        params: { sourceId: ids.pravda! },
        body: { version, ...body },
      });
    };
    const theirs = await prisma.source.create({
      data: { projectId: otherProjectId, kind: "book", cslType: "book", title: "Elsewhere" },
    });
    expect((await patch({ quotedInId: theirs.id })).body.error.fieldErrors.quotedInId).toEqual([
      "Not a source of this project",
    ]);
    expect((await patch({ quotedInId: ids.pravda })).body.error.fieldErrors.quotedInId).toEqual([
      "Choose another source",
    ]);
    const saved = await patch({ quotedInId: ids.raack, quotedInLocator: "p. 40" });
    expect(saved.status).toBe(200);
    const notes = (await exportClaim("format=notes&output=text")).body as string;
    // One citeproc cluster: "A, quoted in B", its punctuation citeproc's.
    expect(notes).toContain(
      "I. V. Stalin, “Otvet tovarishchu Ivanovu” [Reply to Comrade Ivanov], Pravda (Moscow), February 14, 1938, 1, quoted in Raack, Stalin’s Drive, 40.",
    );
    await patch({ quotedInId: null });
  });
});

describe("the demo case", () => {
  it("claim 2 in Chicago: the book, the Pravda letter and the archival minute, The Times quoted in Raack", async () => {
    const { seedDemo, DEMO_USER_ID } = await import("@/prisma/seed");
    await seedDemo(prisma);
    const claim = "demo-claim-2";
    const { status, body } = await callRoute(
      exportClaimRoute,
      `/api/v1/claims/${claim}/export?format=bibliography`,
      { userId: DEMO_USER_ID, params: { claimId: claim } },
    );
    expect(status).toBe(200);
    const html = body as string;
    expect(html).toContain(
      "Raack, R. C. <i>Stalin’s Drive to the West, 1938-1945: The Origins of the Cold War</i>. Stanford, CA: Stanford University Press, 1995.",
    );
    // The original title romanized (the transliteration the historian typed), the translation in brackets.
    expect(html).toContain(
      "Stalin, I. V. “Otvet tovarishchu Ivanovu Ivanu Filippovichu” [Reply to Comrade Ivan Filippovich Ivanov]. <i>Pravda</i> (Moscow), February 1938.",
    );
    expect(html).toContain(
      "Foreign Office, Northern Department. Northern Department minute on the Moscow dispatch about Stalin’s reply to Ivanov, February 1938. FO 371/22286, fol. 14. The National Archives, Kew.",
    );
    expect(html).toContain(
      "<i>Times</i> (London). [Report of Stalin’s reply to Ivanov]. February 1938. Quoted in R. C. Raack",
    );
    // The same author's next entry: subsequent-author substitution.
    expect(html).toContain(
      "———. “Réponse au camarade Ivanov” [Reply to Comrade Ivanov]. <i>Le Journal de Moscou</i>, February 1938.",
    );
  });
});

describe("the demo's claim 2: exported in each format and imported again", () => {
  const CONTENT_TYPE: Record<string, string> = {
    "csl-json": "application/vnd.citationstyles.csl+json",
    bibtex: "application/x-bibtex",
    biblatex: "application/x-bibtex",
    ris: "application/x-research-info-systems",
  };

  /** What each format carries whatever its note says. */
  const BASIC = ["type", "author", "issued", "container-title", "translated-title", "genre", "language"];
  const REQUIRED: Record<string, string[]> = {
    "csl-json": [],
    bibtex: [...BASIC, "publisher", "publisher-place"],
    biblatex: [
      ...BASIC,
      "original-title",
      "transliterated-title",
      "archive",
      "archive-place",
      "archive_location",
    ],
    ris: [...BASIC, "original-title", "transliterated-title", "archive", "archive-place", "archive_location"],
  };

  /** The claim's sources as CSL-JSON, each with every field recorded. */
  async function claimTwo(userId: string): Promise<Record<string, unknown>[]> {
    const claim = "demo-claim-2";
    const { status, body } = await callRoute(
      exportClaimRoute,
      `/api/v1/claims/${claim}/export?format=csl-json`,
      { userId, params: { claimId: claim } },
    );
    expect(status).toBe(200);
    return body as Record<string, unknown>[];
  }

  /** The item of `items` that agrees with `input` on the most variables (titles may change form). */
  function counterpart(input: Record<string, unknown>, items: Record<string, unknown>[]) {
    const agreement = (item: Record<string, unknown>) =>
      Object.keys(input).filter((key) => JSON.stringify(item[key]) === JSON.stringify(input[key])).length;
    return [...items].sort((a, b) => agreement(b) - agreement(a))[0]!;
  }

  it("CSL-JSON carries every field recorded, the transliteration and the newspaper's own name included", async () => {
    const { seedDemo, DEMO_USER_ID } = await import("@/prisma/seed");
    await seedDemo(prisma);
    const items = await claimTwo(DEMO_USER_ID);
    const pravda = items.find(
      (item) => item["original-title"] === "Ответ товарищу Иванову Ивану Филипповичу",
    );
    expect(pravda).toMatchObject({
      type: "article-newspaper",
      "transliterated-title": "Otvet tovarishchu Ivanovu Ivanu Filippovichu",
      "translated-title": "Reply to Comrade Ivan Filippovich Ivanov",
      "container-title": "Pravda",
      "original-container-title": "Правда",
      language: "ru",
    });
  });

  for (const format of ["csl-json", "bibtex", "biblatex", "ris"]) {
    it(`${format}: every field the format carries comes back, and every newspaper article stays one`, async () => {
      const { seedDemo, DEMO_USER_ID } = await import("@/prisma/seed");
      await seedDemo(prisma);
      const recorded = await claimTwo(DEMO_USER_ID);
      const { body: file } = await callRoute(
        exportClaimRoute,
        `/api/v1/claims/demo-claim-2/export?format=${format}`,
        { userId: DEMO_USER_ID, params: { claimId: "demo-claim-2" } },
      );
      const text = typeof file === "string" ? file : JSON.stringify(file);
      // Into a project of this file's own historian: the demo historian's projects stay the demo's.
      const target = (await createProject([{ userId: owner.id, role: "owner" }])).id;
      const imported = await importFile(text, "", owner.id, target, CONTENT_TYPE[format]);
      expect(imported.status, JSON.stringify(imported.body)).toBe(200);
      expect(imported.body.data.imported).toHaveLength(recorded.length);
      const back = (await exportProject("format=csl-json", owner.id, target)).body as Record<
        string,
        unknown
      >[];
      // What the export's note says the format could not carry, per entry.
      const notCarried = new Map<string, Set<string>>();
      if (format !== "csl-json") {
        const note = text.slice(text.indexOf("Not carried:"));
        for (const [, key, list] of note.matchAll(/^ {2}(\S+): (.+)$/gm)) {
          notCarried.set(key!, new Set(list!.split(", ").map((entry) => entry.split(" ")[0]!)));
        }
      }
      // The export names its entries with the keys citationKeys gives the same items in order.
      const keys = citationKeys(recorded as CslItem[]);
      recorded.forEach((input, index) => {
        const output = counterpart(input, back);
        expect(output.type, `${format}: ${input.title}`).toBe(input.type);
        const lost = notCarried.get(keys[index]!) ?? new Set<string>();
        for (const variable of REQUIRED[format]!) {
          expect(lost.has(variable), `${format} must carry ${variable}`).toBe(false);
        }
        for (const variable of Object.keys(input)) {
          if (variable === "id" || lost.has(variable)) continue;
          // A foreign title comes back as BibTeX and RIS cite it: the romanized original as the
          // title, the working title as the translation (said in the note, checked below).
          expect(output[variable], `${format}: ${input.title}: ${variable}`).toEqual(input[variable]);
        }
      });
      // The Pravda letter still names Ответ товарищу Иванову or its romanization.
      const pravda = counterpart(
        recorded.find((item) => item["original-title"] === "Ответ товарищу Иванову Ивану Филипповичу")!,
        back,
      );
      expect(pravda.type).toBe("article-newspaper");
      expect(JSON.stringify(pravda)).toContain("Otvet tovarishchu Ivanovu Ivanu Filippovichu");
      if (format !== "bibtex") expect(JSON.stringify(pravda)).toContain("Ответ товарищу Иванову");
    });
  }
});
