import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchPointRoute } from "@/app/api/v1/argument-points/[pointId]/route";
import { GET as exportRoute } from "@/app/api/v1/arguments/[argumentId]/export/route";
import { PUT as outlineRoute } from "@/app/api/v1/arguments/[argumentId]/outline/route";
import { POST as addPointRoute } from "@/app/api/v1/arguments/[argumentId]/points/route";
import { GET as getArgumentRoute } from "@/app/api/v1/arguments/[argumentId]/route";
import { GET as getJobFile } from "@/app/api/v1/citation-jobs/[jobId]/file/route";
import { GET as getJob } from "@/app/api/v1/citation-jobs/[jobId]/route";
import { POST as createArgumentRoute } from "@/app/api/v1/projects/[projectId]/arguments/route";
import { closeFormatPool } from "@/lib/citations/format-pool";
import { prisma } from "@/lib/db/client";
import { stopQueues } from "@/lib/jobs/queue";
import { callRoute, createProject, createUser } from "./factories";

// Arguments through the route handlers, on a real PostgreSQL: the outline's edits and their
// versions, and the demo argument exported as Word, LibreOffice and Markdown with its footnotes.

afterAll(async () => {
  await stopQueues();
  await closeFormatPool();
});

/** The text of w:t / text:p elements, tags dropped, entities decoded. */
function xmlText(xml: string): string {
  return xml
    .replace(/<w:tab\/>/g, "\t")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function footnotesOfDocx(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes);
  const xml = new TextDecoder().decode(files["word/footnotes.xml"]!);
  return [...xml.matchAll(/<w:footnote\b[^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)]
    .filter(([, id]) => Number(id) > 0)
    .map(([, , body]) => xmlText(body!).trim());
}

describe("the demo argument", () => {
  let userId: string;
  const argumentId = "demo-argument-fantasy";

  beforeAll(async () => {
    const { seedDemo, DEMO_USER_ID } = await import("@/prisma/seed");
    await seedDemo(prisma);
    userId = DEMO_USER_ID;
  });

  const exportAs = (query: string) =>
    callRoute(exportRoute, `/api/v1/arguments/${argumentId}/export?${query}`, {
      userId,
      params: { argumentId },
    });

  it("exports as .docx with Word's own footnotes: full note first, short after, pinpoints, but see", async () => {
    const { status, bytes, headers } = await exportAs("format=docx&style=chicago-fullnote-bibliography");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toContain("wordprocessingml");
    const files = unzipSync(bytes);
    const document = new TextDecoder().decode(files["word/document.xml"]!);
    // One footnote reference per claim point, numbered in order.
    const references = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map(([, id]) =>
      Number(id),
    );
    expect(references).toEqual([1, 2, 3, 4]);
    const notes = footnotesOfDocx(bytes);
    expect(notes).toHaveLength(4);
    // C2 cites Raack's book in full (its first citation) and, after "But see", the contrary C1 evidence.
    expect(notes[1]).toContain("R. C. Raack, Stalin’s Drive to the West, 1938-1945");
    expect(notes[1]).toMatch(/\. But see /);
    // C5's note: the Pravda letter and the newspapers that carry it; Raack cited short now.
    expect(notes.join("\n")).toContain("Pravda");
    expect(notes.slice(2).join("\n")).toMatch(/Raack, Stalin’s Drive\./);
    const text = xmlText(document);
    expect(text).toContain("The defensive reading and its critics");
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    // The bibliography and the evidence check: C5 rests on one origin.
    expect(text).toContain("Bibliography");
    expect(text).toContain("Raack, R. C. Stalin’s Drive to the West");
    expect(text).toContain("Evidence check");
    expect(text).toMatch(/C5\. .*1 independent origin\b/);
    expect(text).toContain("Rests on a single origin");
    // C5 quotes its passage: the Russian original beside the translation.
    expect(text).toMatch(/[А-Яа-я]{4,}/);
  });

  it("leaves out the evidence check and the bibliography when asked", async () => {
    const { bytes } = await exportAs("format=docx&evidenceCheck=false&bibliography=false");
    const text = xmlText(new TextDecoder().decode(unzipSync(bytes)["word/document.xml"]!));
    expect(text).not.toContain("Evidence check");
    expect(text).not.toContain("Bibliography");
  });

  it("exports as .odt with native footnotes and as Markdown with Pandoc footnotes", async () => {
    const odt = await exportAs("format=odt");
    expect(odt.status).toBe(200);
    const content = new TextDecoder().decode(unzipSync(odt.bytes)["content.xml"]!);
    expect(content.match(/<text:note\b[^>]*text:note-class="footnote"/g)).toHaveLength(4);
    expect(xmlText(content)).toContain("Evidence check");

    const markdown = await exportAs("format=markdown&locale=fr-FR");
    expect(markdown.status).toBe(200);
    const md = markdown.body as string;
    expect(md).toContain("[^1]");
    expect(md).toMatch(/^\[\^4\]: /m);
    expect(md).toContain("Bibliographie");
    expect(md).toContain("Vérification des preuves");
  });

  it("runs as a job when asked, and the job's file is the same Word file", async () => {
    const answer = await exportAs("format=docx&async=true");
    expect(answer.status).toBe(202);
    const jobId = answer.body.data.job.id as string;
    let status = "queued";
    for (let attempt = 0; attempt < 240 && !["done", "failed"].includes(status); attempt++) {
      const { body } = await callRoute(getJob, `/api/v1/citation-jobs/${jobId}`, {
        userId,
        params: { jobId },
      });
      status = body.data.status;
      if (!["done", "failed"].includes(status)) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe("done");
    const file = await callRoute(getJobFile, `/api/v1/citation-jobs/${jobId}/file`, {
      userId,
      params: { jobId },
    });
    expect(file.status).toBe(200);
    expect(footnotesOfDocx(file.bytes)).toHaveLength(4);
  });

  it("refuses an unknown style with a clear message", async () => {
    const { status, body } = await exportAs("format=docx&style=no-such-style");
    expect(status).toBe(400);
    expect(body.error.message).toContain("no-such-style");
  });
});

describe("editing an outline", () => {
  let owner: { id: string };
  let projectId: string;
  let claimId: string;

  beforeAll(async () => {
    owner = await createUser("argument-owner");
    projectId = (await createProject([{ userId: owner.id, role: "owner" }])).id;
    claimId = (await prisma.claim.create({ data: { projectId, number: 1, statement: "A claim to argue" } }))
      .id;
  });

  async function newArgument() {
    const { status, body } = await callRoute(createArgumentRoute, `/api/v1/projects/${projectId}/arguments`, {
      userId: owner.id,
      method: "POST",
      params: { projectId },
      body: { title: "Chapter 1" },
    });
    expect(status).toBe(201);
    return body.data.id as string;
  }

  const add = (argumentId: string, body: unknown) =>
    callRoute(addPointRoute, `/api/v1/arguments/${argumentId}/points`, {
      userId: owner.id,
      method: "POST",
      params: { argumentId },
      body,
    });
  const outline = (argumentId: string, body: unknown) =>
    callRoute(outlineRoute, `/api/v1/arguments/${argumentId}/outline`, {
      userId: owner.id,
      method: "PUT",
      params: { argumentId },
      body,
    });
  const read = async (argumentId: string) =>
    (
      await callRoute(getArgumentRoute, `/api/v1/arguments/${argumentId}`, {
        userId: owner.id,
        params: { argumentId },
      })
    ).body.data;

  it("adds sections and points in order, nests them, and reorders the whole outline", async () => {
    const argumentId = await newArgument();
    const section = (await add(argumentId, { kind: "section", text: "Part one" })).body.data;
    const point = (await add(argumentId, { kind: "claim", claimId })).body.data;
    const prose = (await add(argumentId, { kind: "prose", text: "A remark", afterPointId: section.id })).body
      .data;
    let current = await read(argumentId);
    expect(current.points.map((p: { id: string }) => p.id)).toEqual([section.id, prose.id, point.id]);
    // A point added under a section goes one level in.
    expect(current.points.map((p: { depth: number }) => p.depth)).toEqual([0, 1, 1]);

    const saved = await outline(argumentId, {
      version: current.version,
      points: [
        { id: section.id, depth: 0 },
        { id: point.id, depth: 1 },
        { id: prose.id, depth: 2 },
      ],
    });
    expect(saved.status).toBe(200);
    current = await read(argumentId);
    expect(current.points.map((p: { id: string; depth: number }) => [p.id, p.depth])).toEqual([
      [section.id, 0],
      [point.id, 1],
      [prose.id, 2],
    ]);
  });

  it("refuses a reorder made on an outdated outline, naming who changed it, and changes nothing", async () => {
    const argumentId = await newArgument();
    const a = (await add(argumentId, { kind: "prose", text: "First" })).body.data;
    const b = (await add(argumentId, { kind: "prose", text: "Second" })).body.data;
    const stale = (await read(argumentId)).version;
    await add(argumentId, { kind: "prose", text: "Third, added meanwhile" });
    const answer = await outline(argumentId, {
      version: stale,
      points: [
        { id: b.id, depth: 0 },
        { id: a.id, depth: 0 },
      ],
    });
    expect(answer.status).toBe(409);
    expect(answer.body.error.code).toBe("CONFLICT");
    expect(answer.body.error.message).toContain("changed this argument");
    const texts = (await read(argumentId)).points.map((p: { text: string }) => p.text);
    expect(texts).toEqual(["First", "Second", "Third, added meanwhile"]);
  });

  it("refuses an outline that leaves out a point or nests too deep, with the field named", async () => {
    const argumentId = await newArgument();
    const a = (await add(argumentId, { kind: "prose", text: "First" })).body.data;
    await add(argumentId, { kind: "prose", text: "Second" });
    const { version } = await read(argumentId);
    const missing = await outline(argumentId, { version, points: [{ id: a.id, depth: 0 }] });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fieldErrors.points).toBeDefined();
    const tooDeep = await outline(argumentId, { version, points: [{ id: a.id, depth: 2 }] });
    expect(tooDeep.status).toBe(400);
    expect((await read(argumentId)).version).toBe(version);
  });

  it("refuses evidence that is not the point's claim's, and a stale edit of a point", async () => {
    const argumentId = await newArgument();
    const other = await prisma.claim.create({ data: { projectId, number: 2, statement: "Another claim" } });
    const source = await prisma.source.create({
      data: { projectId, kind: "book", cslType: "book", title: "A book" },
    });
    const foreign = await prisma.evidence.create({
      data: { projectId, claimId: other.id, sourceId: source.id, stance: "supports" },
    });
    const refused = await add(argumentId, { kind: "claim", claimId, evidenceIds: [foreign.id] });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fieldErrors.evidenceIds).toBeDefined();

    const point = (await add(argumentId, { kind: "claim", claimId, text: "Mine" })).body.data;
    const patch = (body: unknown) =>
      callRoute(patchPointRoute, `/api/v1/argument-points/${point.id}`, {
        userId: owner.id,
        method: "PATCH",
        params: { pointId: point.id },
        body,
      });
    expect((await patch({ version: point.version, text: "Mine, revised" })).status).toBe(200);
    const stale = await patch({ version: point.version, text: "An older draft" });
    expect(stale.status).toBe(409);
    expect((await prisma.argumentPoint.findUniqueOrThrow({ where: { id: point.id } })).text).toBe(
      "Mine, revised",
    );
  });
});
