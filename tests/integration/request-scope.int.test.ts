import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getClaimRoute } from "@/app/api/v1/claims/[claimId]/route";
import { GET as listClaimsRoute, POST as postClaim } from "@/app/api/v1/projects/[projectId]/claims/route";
import { GET as searchRoute } from "@/app/api/v1/search/route";
import { findClaimProjectId, getClaimDetail } from "@/lib/claims/data";
import { prisma } from "@/lib/db/client";
import { requireAccessThrough, requireProjectAccess } from "@/lib/projects/access";
import { withPrefetchedScope } from "@/lib/projects/request-scope";
import { findSourceProjectId } from "@/lib/sources/data";
import { createToken } from "@/lib/tokens/mutations";
import { callRoute, createProject, createUser } from "./factories";
import { installQueryCounter } from "./query-counter";

let counter: Awaited<ReturnType<typeof installQueryCounter>>;
beforeAll(async () => {
  counter = await installQueryCounter();
});
afterAll(async () => {
  await counter.uninstall();
});

describe("the project and role an API call's authentication reads with the user", () => {
  it("answers the first access check of that user in that project only; later ones read the database", async () => {
    const user = await createUser();
    const other = await createUser();
    const project = await createProject([
      { userId: user.id, role: "viewer" },
      { userId: other.id, role: "editor" },
    ]);
    // The prefetched role differs from the stored one, to show which answered.
    const scope = { projectId: project.id };
    await withPrefetchedScope(
      { userId: user.id, scope, read: { projectId: project.id, role: "owner" } },
      async () => {
        expect((await requireProjectAccess(other.id, project.id, "viewer")).role).toBe("editor");
        expect((await requireProjectAccess(user.id, project.id, "viewer")).role).toBe("owner");
        expect((await requireProjectAccess(user.id, project.id, "viewer")).role).toBe("viewer");
      },
    );
    await expect(
      withPrefetchedScope({ userId: user.id, scope, read: { projectId: project.id, role: null } }, () =>
        requireProjectAccess(user.id, project.id, "viewer"),
      ),
    ).rejects.toThrow("Project not found.");
    // Outside the call, nothing is left to find.
    expect((await requireProjectAccess(user.id, project.id, "viewer")).role).toBe("viewer");
  });

  it("saves a statement: a page of claims by API token costs two (user with role, then the page)", async () => {
    const owner = await createUser();
    const project = await createProject([{ userId: owner.id, role: "owner" }]);
    const { token } = await createToken(owner.id, { name: "counted", expiresInDays: null });
    const headers = { authorization: `Bearer ${token}` };
    const url = `/api/v1/projects/${project.id}/claims`;
    // The first use notes the token's use (a write at most once a minute): not what is counted.
    expect(
      (await callRoute(listClaimsRoute, url, { headers, params: { projectId: project.id } })).status,
    ).toBe(200);
    const counted = await counter.count(() =>
      callRoute(listClaimsRoute, url, { headers, params: { projectId: project.id } }),
    );
    expect(counted.result.status).toBe(200);
    expect(counted.queries).toHaveLength(2);
    expect(counted.queries[0]).toContain('"Membership"');
  });

  it("an item's project is taken for that item and noun only, once; any other lookup reads the database", async () => {
    const user = await createUser();
    const home = await createProject([{ userId: user.id, role: "viewer" }]);
    const elsewhere = await createProject([{ userId: user.id, role: "owner" }]);
    const claim = await prisma.claim.create({ data: { projectId: home.id, number: 1, statement: "Scoped" } });
    // The prefetched project differs from the claim's own, to show which answered.
    const scope = { item: { id: claim.id, table: "Claim" as const, noun: "Claim" } };
    await withPrefetchedScope(
      { userId: user.id, scope, read: { projectId: elsewhere.id, role: "owner" } },
      async () => {
        await expect(
          requireAccessThrough(user.id, findSourceProjectId, claim.id, "viewer", "Source"),
        ).rejects.toThrow("Source not found.");
        const first = await requireAccessThrough(user.id, findClaimProjectId, claim.id, "viewer", "Claim");
        expect(first).toMatchObject({ projectId: elsewhere.id, role: "owner" });
        const second = await requireAccessThrough(user.id, findClaimProjectId, claim.id, "viewer", "Claim");
        expect(second).toMatchObject({ projectId: home.id, role: "viewer" });
      },
    );
  });

  it("saves two statements: a claim by API token costs its own statements and one more", async () => {
    const owner = await createUser();
    const project = await createProject([{ userId: owner.id, role: "owner" }]);
    const claim = await prisma.claim.create({
      data: { projectId: project.id, number: 1, statement: "Counted" },
    });
    const { token } = await createToken(owner.id, { name: "counted", expiresInDays: null });
    const headers = { authorization: `Bearer ${token}` };
    const call = () =>
      callRoute(getClaimRoute, `/api/v1/claims/${claim.id}`, { headers, params: { claimId: claim.id } });
    expect((await call()).status).toBe(200); // notes the token's use
    const viaApi = await counter.count(call);
    expect(viaApi.result.status).toBe(200);
    expect(viaApi.result.body.data.statement).toBe("Counted");
    const access = await requireProjectAccess(owner.id, project.id, "viewer");
    const direct = await counter.count(() => getClaimDetail(access, claim.id));
    expect(viaApi.queries).toHaveLength(direct.queries.length + 1);
  });

  it("still refuses: a non-member gets 404 and a viewer cannot write, by token and by cookie", async () => {
    const viewer = await createUser();
    const stranger = await createUser();
    const project = await createProject([{ userId: viewer.id, role: "viewer" }]);
    const params = { projectId: project.id };
    const url = `/api/v1/projects/${project.id}/claims`;
    const bearer = async (userId: string) => ({
      authorization: `Bearer ${(await createToken(userId, { name: "t", expiresInDays: null })).token}`,
    });

    const strangerHeaders = await bearer(stranger.id);
    expect((await callRoute(listClaimsRoute, url, { headers: strangerHeaders, params })).status).toBe(404);
    const search = await callRoute(searchRoute, `/api/v1/search?projectId=${project.id}&q=letter`, {
      headers: strangerHeaders,
    });
    expect(search.status).toBe(404);
    expect((await callRoute(listClaimsRoute, url, { userId: stranger.id, params })).status).toBe(404);

    const write = { method: "POST", params, body: { statement: "Not allowed" } };
    const byToken = await callRoute(postClaim, url, { ...write, headers: await bearer(viewer.id) });
    expect(byToken.status).toBe(403);
    expect(byToken.body.error.message).toContain("Viewers cannot add claims");
    expect((await callRoute(postClaim, url, { ...write, userId: viewer.id })).status).toBe(403);
    expect((await callRoute(listClaimsRoute, url, { userId: viewer.id, params })).status).toBe(200);

    // Through an item: a stranger is told the claim does not exist, as for an unknown id.
    const claim = await prisma.claim.create({
      data: { projectId: project.id, number: 1, statement: "Hidden" },
    });
    const byStranger = await callRoute(getClaimRoute, `/api/v1/claims/${claim.id}`, {
      headers: strangerHeaders,
      params: { claimId: claim.id },
    });
    expect(byStranger.status).toBe(404);
    expect(byStranger.body.error.message).toBe("Claim not found.");
    const unknown = await callRoute(getClaimRoute, "/api/v1/claims/cnosuchclaim0000000000000", {
      headers: strangerHeaders,
      params: { claimId: "cnosuchclaim0000000000000" },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe("Claim not found.");
    const byViewer = await callRoute(getClaimRoute, `/api/v1/claims/${claim.id}`, {
      userId: viewer.id,
      params: { claimId: claim.id },
    });
    expect(byViewer.status).toBe(200);
  });
});
