import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listClaimsRoute, POST as postClaim } from "@/app/api/v1/projects/[projectId]/claims/route";
import { GET as searchRoute } from "@/app/api/v1/search/route";
import { requireProjectAccess, withPrefetchedRole } from "@/lib/projects/access";
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

describe("the role an API call's authentication reads with the user", () => {
  it("answers the first access check of that user in that project only; later ones read the database", async () => {
    const user = await createUser();
    const other = await createUser();
    const project = await createProject([
      { userId: user.id, role: "viewer" },
      { userId: other.id, role: "editor" },
    ]);
    // The prefetched role differs from the stored one, to show which answered.
    await withPrefetchedRole({ userId: user.id, projectId: project.id, role: "owner" }, async () => {
      expect((await requireProjectAccess(other.id, project.id, "viewer")).role).toBe("editor");
      expect((await requireProjectAccess(user.id, project.id, "viewer")).role).toBe("owner");
      expect((await requireProjectAccess(user.id, project.id, "viewer")).role).toBe("viewer");
    });
    await expect(
      withPrefetchedRole({ userId: user.id, projectId: project.id, role: null }, () =>
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
  });
});
