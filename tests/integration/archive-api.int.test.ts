import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { endpoints } from "@/lib/api/endpoints";
import { prisma } from "@/lib/db/client";
import { stopQueues } from "@/lib/jobs/queue";
import { handlerOf } from "./api-routes";
import { callRoute, createUser } from "./factories";
import { createPopulatedProject } from "./project-fixture";

// The archive and W3C endpoints end to end through their route handlers, with the job queue
// running in this process as it does in the server.

type Ids = Awaited<ReturnType<typeof createPopulatedProject>>["ids"];
let owner: { id: string; email: string };
let editor: { id: string };
let viewer: { id: string };
let ids: Ids;

beforeAll(async () => {
  owner = await createUser("api-archive-owner");
  editor = await createUser("api-archive-editor");
  viewer = await createUser("api-archive-viewer");
  ({ ids } = await createPopulatedProject([
    { userId: owner.id, role: "owner" },
    { userId: editor.id, role: "editor" },
    { userId: viewer.id, role: "viewer" },
  ]));
  await prisma.passage.update({
    where: { id: ids.passageId },
    data: { text: "Победа социализма в нашей стране обеспечена полностью, но окончательная победа ещё нет." },
  });
  await prisma.annotation.create({
    data: {
      projectId: ids.projectId,
      authorId: owner.id,
      visibility: "shared",
      body: "The key phrase",
      passageId: ids.passageId,
      selectorExact: "окончательная победа",
      selectorPrefix: "полностью, но ",
      selectorSuffix: " ещё нет.",
      selectorStart: 62,
    },
  });
});

afterAll(async () => {
  await stopQueues();
});

async function call(
  name: keyof typeof endpoints,
  userId: string,
  options: Parameters<typeof callRoute>[2] & { path?: Record<string, string>; search?: string } = {},
) {
  const endpoint = endpoints[name];
  const params = options.path ?? {};
  const url = `/api/v1${endpoint.path.replace(/\{(\w+)\}/g, (_, p: string) => params[p]!)}${options.search ?? ""}`;
  return callRoute(handlerOf(endpoint), url, {
    ...options,
    userId,
    method: endpoint.method,
    params: Object.keys(params).length ? params : undefined,
  });
}

async function followJob(jobId: string, userId: string) {
  for (let attempt = 0; attempt < 600; attempt++) {
    const { body } = await call("getArchiveJob", userId, { path: { archiveJobId: jobId } });
    if (["done", "failed"].includes(body.data.status)) return body.data;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("The archive job did not finish");
}

describe("the archive API", () => {
  let archive: Uint8Array;

  it("an owner makes the archive as a job and downloads it; no one else sees the job", async () => {
    const accepted = await call("createProjectArchive", owner.id, { path: { projectId: ids.projectId } });
    expect(accepted.status).toBe(202);
    const job = accepted.body.data.job;
    expect(accepted.headers.get("location")).toBe(`/api/v1/archive-jobs/${job.id}`);
    const done = await followJob(job.id, owner.id);
    expect(done.status).toBe("done");
    expect(done.progress).toBe(done.total);
    expect(done.report.counts.sources).toBe(2);
    const file = await call("getArchiveJobFile", owner.id, { path: { archiveJobId: job.id } });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/zip");
    expect(file.headers.get("content-disposition")).toMatch(/\.apparatus\.zip/);
    archive = file.bytes;
    expect(Buffer.from(archive.subarray(0, 2)).toString()).toBe("PK");
    // Another member of the project, even an editor, does not see an owner's job.
    expect((await call("getArchiveJob", editor.id, { path: { archiveJobId: job.id } })).status).toBe(404);
    expect((await call("getArchiveJobFile", editor.id, { path: { archiveJobId: job.id } })).status).toBe(404);
  });

  it("an editor may not make the archive", async () => {
    const refused = await call("createProjectArchive", editor.id, { path: { projectId: ids.projectId } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/owner/);
  });

  it("upload, dry run, then restore into a new project of the restorer's", async () => {
    const restorer = await createUser("api-restorer");
    const jobsBefore = await prisma.archiveJob.count();
    const projectsBefore = await prisma.project.count();
    const uploaded = await call("uploadProjectArchive", restorer.id, {
      rawBody: archive,
      headers: { "content-type": "application/zip" },
      search: "?fileName=mine.zip",
    });
    expect(uploaded.status).toBe(201);
    const job = uploaded.body.data;
    expect(job.status).toBe("uploaded");
    expect(job.report.counts).toMatchObject({ sources: 2, passages: 1, photos: 1, claims: 2 });
    expect(job.report.people.find((p: { email: string }) => p.email === owner.email).becomes).toBe(
      "member (owner)",
    );
    // The dry run wrote nothing but its own job.
    expect(await prisma.project.count()).toBe(projectsBefore);
    expect(await prisma.archiveJob.count()).toBe(jobsBefore + 1);

    const started = await call("restoreProjectArchive", restorer.id, {
      path: { archiveJobId: job.id },
      body: { name: "Restored copy" },
    });
    expect(started.status).toBe(202);
    const done = await followJob(job.id, restorer.id);
    expect(done.status).toBe("done");
    const project = await prisma.project.findUniqueOrThrow({
      where: { id: done.projectId },
      include: { memberships: true, sources: true },
    });
    expect(project.name).toBe("Restored copy");
    expect(project.sources).toHaveLength(2);
    expect(project.memberships.find((m) => m.userId === restorer.id)?.role).toBe("owner");
    // A started restore cannot be started again.
    const again = await call("restoreProjectArchive", restorer.id, {
      path: { archiveJobId: job.id },
      body: {},
    });
    expect(again.status).toBe(409);
  });

  it("a damaged upload is refused with its reason, and leaves no job", async () => {
    const jobsBefore = await prisma.archiveJob.count();
    const damaged = Buffer.from(archive.subarray(0, archive.length - 200));
    const refused = await call("uploadProjectArchive", owner.id, {
      rawBody: damaged,
      headers: { "content-type": "application/zip" },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/This archive cannot be restored: .*damaged or incomplete/);
    expect(await prisma.archiveJob.count()).toBe(jobsBefore);
  });
});

// The W3C Web Annotation Data Model's MUSTs (https://www.w3.org/TR/annotation-model/).
const textQuoteSelector = z.object({ type: z.literal("TextQuoteSelector"), exact: z.string().min(1) });
const textPositionSelector = z.object({
  type: z.literal("TextPositionSelector"),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
const specificResource = z.object({
  source: z.url(),
  selector: z.array(z.union([textQuoteSelector, textPositionSelector])).optional(),
});
const annotationModel = z.object({
  id: z.url(),
  type: z.literal("Annotation"),
  motivation: z.enum(["commenting", "replying"]),
  created: z.iso.datetime(),
  body: z.object({ type: z.literal("TextualBody"), value: z.string(), format: z.string() }),
  target: z.union([z.url(), specificResource]),
});
const collectionModel = z.object({
  "@context": z.array(z.unknown()).refine((context) => context[0] === "http://www.w3.org/ns/anno.jsonld"),
  id: z.url(),
  type: z.literal("AnnotationCollection"),
  label: z.string(),
  total: z.number().int(),
  first: z.object({ type: z.literal("AnnotationPage"), items: z.array(annotationModel) }),
});

describe("notes as W3C Web Annotations", () => {
  it("exports the notes a member can see as an AnnotationCollection that follows the model", async () => {
    await prisma.annotation.create({
      data: {
        projectId: ids.projectId,
        authorId: editor.id,
        visibility: "private",
        body: "Editor's own",
        claimId: ids.claimId,
      },
    });
    const { status, body, headers } = await call("exportAnnotationsW3C", owner.id, {
      path: { projectId: ids.projectId },
      search: "?download=true",
    });
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(
      /^application\/ld\+json; profile="http:\/\/www\.w3\.org\/ns\/anno\.jsonld"/,
    );
    expect(headers.get("content-disposition")).toMatch(/attachment; filename="notes\.jsonld"/);
    const collection = collectionModel.parse(body);
    expect(collection.total).toBe(collection.first.items.length);
    const span = collection.first.items.find((item) => item.body.value === "The key phrase")!;
    const target = span.target as z.infer<typeof specificResource>;
    expect(target.source).toBe(`http://localhost/api/v1/passages/${ids.passageId}`);
    const position = target.selector!.find((s) => s.type === "TextPositionSelector") as z.infer<
      typeof textPositionSelector
    >;
    const passage = await prisma.passage.findUniqueOrThrow({ where: { id: ids.passageId } });
    expect(passage.text.slice(position.start, position.end)).toBe("окончательная победа");
    // The editor's private note is not the owner's to export.
    expect(collection.first.items.map((item) => item.body.value)).not.toContain("Editor's own");
    const mine = await call("exportAnnotationsW3C", editor.id, {
      path: { projectId: ids.projectId },
      search: "?mine=true",
    });
    expect(collectionModel.parse(mine.body).first.items.map((item) => item.body.value)).toEqual([
      "Editor's own",
    ]);
  });

  it("imports a Hypothesis export onto the passages its quotes match, and reports the others", async () => {
    const hypothesis = {
      total: 3,
      rows: [
        {
          id: "h1",
          text: "Stalin hedges here",
          tags: ["hedge"],
          uri: "https://example.org/pravda-1938",
          target: [
            {
              source: "https://example.org/pravda-1938",
              selector: [
                {
                  type: "TextQuoteSelector",
                  exact: "обеспечена полностью",
                  prefix: "в нашей стране ",
                  suffix: ", но",
                },
              ],
            },
          ],
        },
        {
          id: "h2",
          text: "Agreed",
          references: ["h1"],
          target: [{ source: "https://example.org/pravda-1938" }],
        },
        {
          id: "h3",
          text: "Elsewhere",
          target: [
            {
              source: "https://example.org/other",
              selector: [{ type: "TextQuoteSelector", exact: "not in any passage" }],
            },
          ],
        },
      ],
    };
    const { status, body } = await call("importAnnotationsW3C", owner.id, {
      path: { projectId: ids.projectId },
      rawBody: JSON.stringify(hypothesis),
      headers: { "content-type": "application/json" },
    });
    expect(status).toBe(200);
    expect(body.data.imported).toBe(1);
    expect(body.data.replies).toBe(1);
    expect(body.data.unmatched).toEqual([
      {
        index: 2,
        id: "h3",
        quote: "not in any passage",
        reason: "No passage of this project contains the text it quotes.",
      },
    ]);
    const note = await prisma.annotation.findFirstOrThrow({
      where: { projectId: ids.projectId, body: { startsWith: "Stalin hedges here" } },
      include: { replies: true },
    });
    expect(note).toMatchObject({
      passageId: ids.passageId,
      selectorExact: "обеспечена полностью",
      visibility: "private",
    });
    expect(note.body).toBe("Stalin hedges here\n\n#hedge");
    expect(note.replies.map((reply) => reply.body)).toEqual(["Agreed"]);
  });

  it("a collection exported from one project imports into its restored copy, every note matched", async () => {
    const exported = await call("exportAnnotationsW3C", owner.id, { path: { projectId: ids.projectId } });
    const copy = await createPopulatedProject([{ userId: owner.id, role: "owner" }]);
    const passage = await prisma.passage.findUniqueOrThrow({ where: { id: ids.passageId } });
    await prisma.passage.update({ where: { id: copy.ids.passageId }, data: { text: passage.text } });
    const { body } = await call("importAnnotationsW3C", owner.id, {
      path: { projectId: copy.ids.projectId },
      rawBody: JSON.stringify(exported.body),
      headers: { "content-type": "application/ld+json" },
    });
    const spans = (exported.body.first.items as { target: unknown }[]).filter(
      (item) => typeof item.target === "object",
    );
    // The span notes land on the copy's passage by their quotes; notes on the claim (an item of
    // the other project) have no quote to look for and are reported.
    expect(body.data.imported).toBe(spans.length);
    expect(
      body.data.unmatched.every((u: { reason: string }) => /quotes no text|replies to a note/.test(u.reason)),
    ).toBe(true);
  });

  it("a file that holds no annotations is refused, naming the problem", async () => {
    const { status, body } = await call("importAnnotationsW3C", owner.id, {
      path: { projectId: ids.projectId },
      rawBody: JSON.stringify({ hello: "world" }),
      headers: { "content-type": "application/json" },
    });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/holds no annotations/);
  });

  it("a viewer may export but not import", async () => {
    expect(
      (await call("exportAnnotationsW3C", viewer.id, { path: { projectId: ids.projectId } })).status,
    ).toBe(200);
    const refused = await call("importAnnotationsW3C", viewer.id, {
      path: { projectId: ids.projectId },
      rawBody: "[]",
      headers: { "content-type": "application/json" },
    });
    expect(refused.status).toBe(403);
  });
});
