import { beforeAll, describe, expect, it } from "vitest";
import { GET as unknownEndpoint } from "@/app/api/v1/[...path]/route";
import { GET as getClaimChain } from "@/app/api/v1/claims/[claimId]/chain/route";
import { GET as getClaim } from "@/app/api/v1/claims/[claimId]/route";
import { GET as listProjectClaims } from "@/app/api/v1/projects/[projectId]/claims/route";
import { GET as listProjects } from "@/app/api/v1/projects/route";
import { prisma } from "@/lib/db/client";
import { callRoute, createClaims, createProject, createUser, sessionCookie } from "./factories";

let member: { id: string };
let outsider: { id: string };
let project: { id: string };
let claims: { id: string; number: number }[];
let sourceId: string;

beforeAll(async () => {
  member = await createUser("member");
  outsider = await createUser("outsider");
  project = await createProject([{ userId: member.id, role: "viewer" }]);
  claims = await createClaims(project.id, 5);
  const source = await prisma.source.create({
    data: { projectId: project.id, kind: "book", cslType: "book", title: "A Book", issuedEdtf: "1995" },
  });
  sourceId = source.id;
  await prisma.evidence.create({
    data: {
      projectId: project.id,
      claimId: claims[0]!.id,
      sourceId: source.id,
      stance: "supports",
      confidence: 4,
    },
  });
});

describe("signed out", () => {
  it.each([
    ["GET /api/v1/projects", () => callRoute(listProjects, "/api/v1/projects")],
    [
      "GET /api/v1/projects/{id}/claims",
      () =>
        callRoute(listProjectClaims, `/api/v1/projects/${project.id}/claims`, {
          params: { projectId: project.id },
        }),
    ],
    [
      "GET /api/v1/claims/{id}",
      () => callRoute(getClaim, `/api/v1/claims/x`, { params: { claimId: claims[0]!.id } }),
    ],
  ])("%s answers 401 with the error format", async (_name, call) => {
    const { status, body } = await call();
    expect(status).toBe(401);
    expect(body.error.code).toBe("UNAUTHENTICATED");
    expect(body.error.message).toMatch(/sign in/i);
  });

  it("a forged session cookie is refused", async () => {
    const response = await listProjects(
      new Request("http://localhost/api/v1/projects", {
        headers: { cookie: "next-auth.session-token=forged" },
      }),
      {},
    );
    expect(response.status).toBe(401);
  });
});

describe("GET /api/v1/projects", () => {
  it("lists the user's projects with their role and counts, and no one else's", async () => {
    const others = await createProject([{ userId: outsider.id, role: "owner" }]);
    const { status, body } = await callRoute(listProjects, "/api/v1/projects", { userId: member.id });
    expect(status).toBe(200);
    const ids = body.data.map((p: { id: string }) => p.id);
    expect(ids).toContain(project.id);
    expect(ids).not.toContain(others.id);
    const mine = body.data.find((p: { id: string }) => p.id === project.id);
    expect(mine.role).toBe("viewer");
    expect(mine.counts).toEqual({ claims: 5, sources: 1, evidence: 1 });
    expect(body.nextCursor).toBeNull();
  });

  it("rejects a limit out of range with a 400 naming the field", async () => {
    const { status, body } = await callRoute(listProjects, "/api/v1/projects?limit=1000", {
      userId: member.id,
    });
    expect(status).toBe(400);
    expect(body.error.code).toBe("INVALID_INPUT");
    expect(body.error.fieldErrors.limit[0]).toMatch(/at most 100/);
  });
});

describe("GET /api/v1/projects/{projectId}/claims", () => {
  const url = () => `/api/v1/projects/${project.id}/claims`;

  it("pages through the claims in order with an opaque cursor", async () => {
    const first = await callRoute(listProjectClaims, `${url()}?limit=2`, {
      userId: member.id,
      params: { projectId: project.id },
    });
    expect(first.status).toBe(200);
    expect(first.body.data.map((c: { number: number }) => c.number)).toEqual([1, 2]);
    expect(first.body.data[0].evidenceCounts).toEqual({
      supports: 1,
      contradicts: 0,
      qualifies: 0,
      context: 0,
    });
    const numbers = [...first.body.data.map((c: { number: number }) => c.number)];
    let cursor = first.body.nextCursor;
    while (cursor) {
      const next = await callRoute(listProjectClaims, `${url()}?limit=2&cursor=${cursor}`, {
        userId: member.id,
        params: { projectId: project.id },
      });
      numbers.push(...next.body.data.map((c: { number: number }) => c.number));
      cursor = next.body.nextCursor;
    }
    expect(numbers).toEqual([1, 2, 3, 4, 5]);
  });

  it("filters by status", async () => {
    await prisma.claim.update({ where: { id: claims[2]!.id }, data: { status: "contested" } });
    const { body } = await callRoute(listProjectClaims, `${url()}?status=contested`, {
      userId: member.id,
      params: { projectId: project.id },
    });
    expect(body.data.map((c: { number: number }) => c.number)).toEqual([3]);
  });

  it("answers 400 for an unknown status and for a cursor it did not issue", async () => {
    const badStatus = await callRoute(listProjectClaims, `${url()}?status=maybe`, {
      userId: member.id,
      params: { projectId: project.id },
    });
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.error.fieldErrors.status[0]).toMatch(/one of working/);
    const badCursor = await callRoute(listProjectClaims, `${url()}?cursor=not-a-cursor`, {
      userId: member.id,
      params: { projectId: project.id },
    });
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.error.message).toMatch(/cursor/);
  });

  it("answers 404 to a non-member, exactly as for a project that does not exist", async () => {
    const hidden = await callRoute(listProjectClaims, url(), {
      userId: outsider.id,
      params: { projectId: project.id },
    });
    const missing = await callRoute(listProjectClaims, "/api/v1/projects/nope/claims", {
      userId: outsider.id,
      params: { projectId: "nope" },
    });
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual(missing.body);
  });
});

describe("GET /api/v1/claims/{claimId}", () => {
  it("returns the claim with its evidence counts; its chain resolves the evidence to the source", async () => {
    const { status, body } = await callRoute(getClaim, "/api/v1/claims/x", {
      userId: member.id,
      params: { claimId: claims[0]!.id },
    });
    expect(status).toBe(200);
    expect(body.data.number).toBe(1);
    expect(body.data.evidenceCounts).toEqual({ supports: 1, contradicts: 0, qualifies: 0, context: 0 });
    expect(body.data).not.toHaveProperty("chain");

    const chain = await callRoute(getClaimChain, "/api/v1/claims/x/chain", {
      userId: member.id,
      params: { claimId: claims[0]!.id },
    });
    expect(chain.status).toBe(200);
    expect(chain.body.data.evidence).toHaveLength(1);
    expect(chain.body.data.evidence[0].stance).toBe("supports");
    expect(chain.body.data.evidence[0].target.kind).toBe("source");
    expect(chain.body.data.evidence[0].target.source.shortCitation).toBe("A Book, 1995");
  });

  it("sends a chain with its entity tag, and 304 to a client that has it until the chain changes", async () => {
    const claimId = claims[1]!.id;
    const get = async (headers: Record<string, string> = {}, userId = member.id) =>
      getClaimChain(
        new Request("http://localhost/api/v1/claims/x/chain", {
          headers: { cookie: await sessionCookie(userId), ...headers },
        }),
        { params: Promise.resolve({ claimId }) },
      );
    const plain = await get();
    const etag = plain.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(plain.headers.get("cache-control")).toBe("private, no-cache");
    expect((await plain.json()).data.claimId).toBe(claimId);

    const unchanged = await get({ "if-none-match": etag });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe("");
    // The tag is the content's: a write elsewhere in the project has the chain computed again,
    // to the same bytes, and the client still has it.
    await prisma.source.create({
      data: { projectId: project.id, kind: "book", cslType: "book", title: "Another book" },
    });
    expect((await get({ "if-none-match": etag })).status).toBe(304);
    // Someone outside the project learns nothing from a tag.
    expect((await get({ "if-none-match": etag }, outsider.id)).status).toBe(404);

    // Evidence added: the chain the client has is no longer the chain.
    await prisma.evidence.create({
      data: { projectId: project.id, claimId, sourceId, stance: "qualifies", confidence: 2 },
    });
    const changed = await get({ "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect((await changed.json()).data.evidence).toHaveLength(1);
  });

  it("answers 404 to a non-member and for an unknown id, with the same message", async () => {
    const hidden = await callRoute(getClaim, "/api/v1/claims/x", {
      userId: outsider.id,
      params: { claimId: claims[0]!.id },
    });
    const missing = await callRoute(getClaim, "/api/v1/claims/x", {
      userId: outsider.id,
      params: { claimId: "missing" },
    });
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(hidden.body).toEqual(missing.body);
  });
});

it("an unknown /api/v1 path answers 404 in the API's error format", async () => {
  const response = await unknownEndpoint(new Request("http://localhost/api/v1/nothing-here"));
  expect(response.status).toBe(404);
  expect((await response.json()).error).toEqual({
    code: "NOT_FOUND",
    message: "No API endpoint GET /api/v1/nothing-here.",
  });
});
