import { beforeAll, describe, expect, it } from "vitest";
import { GET as getChain } from "@/app/api/v1/claims/[claimId]/chain/route";
import { PUT as putOrder } from "@/app/api/v1/claims/[claimId]/evidence/order/route";
import { POST as postEvidence } from "@/app/api/v1/claims/[claimId]/evidence/route";
import { DELETE as deleteClaimRoute, PATCH as patchClaim } from "@/app/api/v1/claims/[claimId]/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as listClaimsRoute, POST as postClaim } from "@/app/api/v1/projects/[projectId]/claims/route";
import { POST as postRelation } from "@/app/api/v1/projects/[projectId]/relations/route";
import { POST as postSource } from "@/app/api/v1/projects/[projectId]/sources/route";
import { GET as listProjectsRoute, POST as postProject } from "@/app/api/v1/projects/route";
import { POST as postPassage } from "@/app/api/v1/sources/[sourceId]/passages/route";
import { GET as getSourceRoute } from "@/app/api/v1/sources/[sourceId]/route";
import { prisma } from "@/lib/db/client";
import { createToken } from "@/lib/tokens/mutations";
import { callRoute, createProject, createUser } from "./factories";

let owner: { id: string };
let projectId: string;

beforeAll(async () => {
  owner = await createUser("historian");
  projectId = (
    await callRoute(postProject, "/api/v1/projects", {
      userId: owner.id,
      method: "POST",
      body: { name: "1938" },
    })
  ).body.data.id;
});

const post = (
  handler: Parameters<typeof callRoute>[0],
  url: string,
  params: Record<string, string>,
  body: unknown,
  userId = owner.id,
) => callRoute(handler, url, { userId, method: "POST", params, body });

describe("logging the demo case through the API", () => {
  it("sources, a passage, provenance, a claim and evidence: claim rests on one independent origin", async () => {
    const pravda = await post(
      postSource,
      "/s",
      { projectId },
      {
        kind: "newspaper_article",
        title: "Reply to Comrade Ivanov",
        titleOriginal: "Ответ товарищу Иванову",
        contributors: [{ family: "Stalin", given: "I. V." }],
        containerTitle: "Pravda",
        issued: "February 1938",
        language: "ru",
      },
    );
    expect(pravda.status).toBe(201);
    expect(pravda.body.data.issuedEdtf).toBe("1938-02");
    expect(pravda.body.data.csl).toMatchObject({
      type: "article-newspaper",
      "container-title": "Pravda",
      issued: { "date-parts": [[1938, 2]] },
    });

    const times = await post(
      postSource,
      "/s",
      { projectId },
      {
        kind: "newspaper_article",
        title: "Stalin on the revolution",
        containerTitle: "The Times",
        issued: "c. Feb 1938",
      },
    );
    expect(times.body.data.issuedEdtf).toBe("1938-02~");
    const minute = await post(
      postSource,
      "/s",
      { projectId },
      {
        kind: "minute",
        title: "Minute on Stalin's letter",
        contributors: [{ literal: "Foreign Office, Northern Department" }],
        archivalScheme: "tna",
        archive: "The National Archives",
        archiveCollection: "FO",
        archiveSeries: "371",
        archiveFile: "22286",
        archiveFolio: "14",
      },
    );
    expect(minute.body.data.csl.archive_location).toBe("FO 371/22286, fol. 14");
    expect(minute.body.data.genre).toBe("Minute");

    const relation = await post(
      postRelation,
      "/r",
      { projectId },
      {
        fromSourceId: times.body.data.id,
        toSourceId: pravda.body.data.id,
        type: "reports",
      },
    );
    expect(relation.status).toBe(201);
    const circle = await post(
      postRelation,
      "/r",
      { projectId },
      {
        fromSourceId: pravda.body.data.id,
        toSourceId: times.body.data.id,
        type: "reprints",
      },
    );
    expect(circle.status).toBe(400);
    expect(circle.body.error.message).toMatch(/circle/);

    const passage = await post(
      postPassage,
      "/p",
      { sourceId: pravda.body.data.id },
      {
        text: "Победа социализма в нашей стране не является окончательной",
        language: "ru",
        page: "1",
        translations: [
          {
            language: "en",
            text: "The victory of socialism in our country is not final",
            translator: "Demo",
          },
        ],
      },
    );
    expect(passage.status).toBe(201);
    expect(passage.body.data.translations).toHaveLength(1);

    const claim = await post(
      postClaim,
      "/c",
      { projectId },
      {
        statement: "Stalin spoke to the world in February 1938",
        period: "February 1938",
        tags: ["1938", "Propaganda"],
      },
    );
    expect(claim.status).toBe(201);
    expect(claim.body.data).toMatchObject({ number: 1, periodEdtf: "1938-02", tags: ["1938", "propaganda"] });
    const claimId = claim.body.data.id;

    for (const target of [
      { kind: "passage", passageId: passage.body.data.id },
      { kind: "source", sourceId: times.body.data.id },
    ]) {
      expect(
        (await post(postEvidence, "/e", { claimId }, { target, stance: "supports", confidence: 4 })).status,
      ).toBe(201);
    }
    const chain = await callRoute(getChain, "/chain", { userId: owner.id, params: { claimId } });
    expect(chain.body.data.independentOrigins).toEqual({
      supports: 1,
      contradicts: 0,
      qualifies: 0,
      context: 0,
    });
    expect(chain.body.data.origins.supports).toEqual([pravda.body.data.id]);
    expect(chain.body.data.warnings.map((w: { code: string }) => w.code)).toContain("SINGLE_ORIGIN");

    // An independent archival source lifts the count to two and clears the warning.
    await post(
      postEvidence,
      "/e",
      { claimId },
      { target: { kind: "source", sourceId: minute.body.data.id }, stance: "supports" },
    );
    const after = await callRoute(getChain, "/chain", { userId: owner.id, params: { claimId } });
    expect(after.body.data.independentOrigins.supports).toBe(2);
    expect(after.body.data.warnings).toEqual([]);

    const source = await callRoute(getSourceRoute, "/s", {
      userId: owner.id,
      params: { sourceId: pravda.body.data.id },
    });
    expect(source.body.data.derivedBy.map((r: { type: string }) => r.type)).toEqual(["reports"]);
  });

  it("refuses a circle of sub-claims", async () => {
    const a = (await post(postClaim, "/c", { projectId }, { statement: "A" })).body.data.id;
    const b = (await post(postClaim, "/c", { projectId }, { statement: "B" })).body.data.id;
    expect(
      (
        await post(
          postEvidence,
          "/e",
          { claimId: a },
          { target: { kind: "claim", claimId: b }, stance: "supports" },
        )
      ).status,
    ).toBe(201);
    const circle = await post(
      postEvidence,
      "/e",
      { claimId: b },
      { target: { kind: "claim", claimId: a }, stance: "supports" },
    );
    expect(circle.status).toBe(400);
    expect(circle.body.error.message).toMatch(/circle of evidence/);
    const self = await post(
      postEvidence,
      "/e",
      { claimId: a },
      { target: { kind: "claim", claimId: a }, stance: "supports" },
    );
    expect(self.status).toBe(400);
  });

  it("reorders evidence, and refuses an order that leaves an item out", async () => {
    const claimId = (await post(postClaim, "/c", { projectId }, { statement: "Ordered" })).body.data.id;
    const source = (await post(postSource, "/s", { projectId }, { kind: "book", title: "Book" })).body.data
      .id;
    const ids: string[] = [];
    for (const stance of ["supports", "qualifies", "context"]) {
      ids.push(
        (
          await post(
            postEvidence,
            "/e",
            { claimId },
            { target: { kind: "source", sourceId: source }, stance },
          )
        ).body.data.id,
      );
    }
    const reversed = [...ids].reverse();
    const put = await callRoute(putOrder, "/o", {
      userId: owner.id,
      method: "PUT",
      params: { claimId },
      body: { orderedIds: reversed },
    });
    expect(put.status).toBe(204);
    const reordered = await callRoute(getChain, "/chain", { userId: owner.id, params: { claimId } });
    expect(reordered.body.data.evidence.map((e: { id: string }) => e.id)).toEqual(reversed);
    const partial = await callRoute(putOrder, "/o", {
      userId: owner.id,
      method: "PUT",
      params: { claimId },
      body: { orderedIds: ids.slice(1) },
    });
    expect(partial.status).toBe(400);
  });
});

describe("concurrent edits", () => {
  it("the second save of the same version gets a conflict that shows the first change", async () => {
    const claimId = (await post(postClaim, "/c", { projectId }, { statement: "Original" })).body.data.id;
    const first = await callRoute(patchClaim, "/c", {
      userId: owner.id,
      method: "PATCH",
      params: { claimId },
      body: { version: 1, statement: "First edit" },
    });
    expect(first.status).toBe(200);
    expect(first.body.data.version).toBe(2);
    const second = await callRoute(patchClaim, "/c", {
      userId: owner.id,
      method: "PATCH",
      params: { claimId },
      body: { version: 1, status: "refuted" },
    });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe("CONFLICT");
    expect(second.body.error.details.change.changes).toEqual([
      { field: "statement", before: "Original", after: "First edit" },
    ]);
    const stored = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(stored).toMatchObject({ statement: "First edit", status: "working", version: 2 });
  });

  it("a partial update leaves the other fields alone", async () => {
    const claimId = (
      await post(postClaim, "/c", { projectId }, { statement: "Keep", attribution: "Raack", tags: ["a"] })
    ).body.data.id;
    await callRoute(patchClaim, "/c", {
      userId: owner.id,
      method: "PATCH",
      params: { claimId },
      body: { version: 1, status: "contested" },
    });
    expect(await prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({
      statement: "Keep",
      attribution: "Raack",
      tags: ["a"],
      status: "contested",
    });
  });
});

describe("history", () => {
  it("records who changed what, and keeps it after the item is deleted", async () => {
    const claimId = (await post(postClaim, "/c", { projectId }, { statement: "Short-lived" })).body.data.id;
    await callRoute(patchClaim, "/c", {
      userId: owner.id,
      method: "PATCH",
      params: { claimId },
      body: { version: 1, statement: "Edited" },
    });
    await callRoute(deleteClaimRoute, "/c", { userId: owner.id, method: "DELETE", params: { claimId } });
    const activity = await prisma.activity.findMany({
      where: { entityId: claimId },
      orderBy: { createdAt: "asc" },
    });
    expect(activity.map((entry) => entry.action)).toEqual(["create", "update", "delete"]);
    expect(activity.every((entry) => entry.actorId === owner.id)).toBe(true);
    expect(activity[1]).toMatchObject({
      before: expect.objectContaining({ statement: "Short-lived" }),
      after: expect.objectContaining({ statement: "Edited" }),
    });
  });
});

describe("roles", () => {
  it("a viewer reads but cannot write; a contributor edits only what they added", async () => {
    const viewer = await createUser("viewer");
    const contributor = await createUser("contributor");
    const project = await createProject([
      { userId: owner.id, role: "owner" },
      { userId: viewer.id, role: "viewer" },
      { userId: contributor.id, role: "contributor" },
    ]);
    const ownersClaim = (await post(postClaim, "/c", { projectId: project.id }, { statement: "Owner's" }))
      .body.data.id;

    expect(
      (await callRoute(listClaimsRoute, "/c", { userId: viewer.id, params: { projectId: project.id } }))
        .status,
    ).toBe(200);
    const viewerWrite = await post(
      postClaim,
      "/c",
      { projectId: project.id },
      { statement: "No" },
      viewer.id,
    );
    expect(viewerWrite.status).toBe(403);

    const mine = await post(
      postClaim,
      "/c",
      { projectId: project.id },
      { statement: "Contributor's" },
      contributor.id,
    );
    expect(mine.status).toBe(201);
    const editMine = await callRoute(patchClaim, "/c", {
      userId: contributor.id,
      method: "PATCH",
      params: { claimId: mine.body.data.id },
      body: { version: 1, statement: "Mine, edited" },
    });
    expect(editMine.status).toBe(200);
    const editTheirs = await callRoute(patchClaim, "/c", {
      userId: contributor.id,
      method: "PATCH",
      params: { claimId: ownersClaim },
      body: { version: 1, statement: "Taken over" },
    });
    expect(editTheirs.status).toBe(403);
    expect(editTheirs.body.error.message).toMatch(/only what they added/);
  });
});

describe("authentication", () => {
  it("a personal API token authenticates scripts, until it is revoked", async () => {
    const { token, id } = await createToken(owner.id, { name: "script", expiresInDays: null });
    const headers = { authorization: `Bearer ${token}` };
    const ok = await callRoute(listProjectsRoute, "/api/v1/projects", { headers });
    expect(ok.status).toBe(200);
    expect(ok.body.data.map((p: { id: string }) => p.id)).toContain(projectId);
    // Tokens are not subject to the browser CSRF check: no Origin needed.
    const write = await callRoute(postClaim, "/c", {
      headers,
      method: "POST",
      params: { projectId },
      body: { statement: "From a script" },
    });
    expect(write.status).toBe(201);
    const stored = await prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).not.toContain(token);
    await prisma.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    expect((await callRoute(listProjectsRoute, "/api/v1/projects", { headers })).status).toBe(401);
  });

  it("an expired API token no longer authenticates, and its use is noted at most once a minute", async () => {
    const { token, id } = await createToken(owner.id, { name: "short", expiresInDays: 1 });
    const headers = { authorization: `Bearer ${token}` };
    expect((await callRoute(listProjectsRoute, "/api/v1/projects", { headers })).status).toBe(200);
    const used = (await prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(used).not.toBeNull();
    expect((await callRoute(listProjectsRoute, "/api/v1/projects", { headers })).status).toBe(200);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(used);
    await prisma.apiToken.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await callRoute(listProjectsRoute, "/api/v1/projects", { headers })).status).toBe(401);
  });

  it("refuses a cookie-authenticated write from another origin (CSRF)", async () => {
    const response = await callRoute(postClaim, "/c", {
      userId: owner.id,
      method: "POST",
      params: { projectId },
      body: { statement: "Forged" },
      headers: { origin: "https://evil.example" },
    });
    expect(response.status).toBe(403);
    expect(response.body.error.message).toMatch(/Cross-site/);
  });
});

it("the OpenAPI document lists every endpoint, generated from the zod schemas", async () => {
  const document = await (await getOpenApi()).json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toContain("/claims/{claimId}/chain");
  const chain = document.paths["/claims/{claimId}/chain"].get;
  expect(Object.keys(chain.responses)).toContain("304");
  expect(chain.parameters.map((parameter: { name: string }) => parameter.name)).toContain("If-None-Match");
  expect(Object.keys(document.paths["/claims/{claimId}"].get.responses)).not.toContain("304");
  const createClaimBody =
    document.paths["/projects/{projectId}/claims"].post.requestBody.content["application/json"].schema;
  expect(createClaimBody.required).toContain("statement");
  expect(createClaimBody.properties.statement.maxLength).toBe(5000);
});
