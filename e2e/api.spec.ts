import { DEMO, expect, signInThroughApi, test } from "./fixtures";

test("signed out, the API answers 401 in its error format", async ({ request }) => {
  const response = await request.get("/api/v1/projects");
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("UNAUTHENTICATED");
});

test("with the session cookie, the API lists the demo project, its claims and a claim's evidence", async ({
  request,
}) => {
  await signInThroughApi(request, DEMO.email, DEMO.password);
  const projects = await (await request.get("/api/v1/projects")).json();
  expect(projects.data.map((project: { id: string }) => project.id)).toContain(DEMO.projectId);

  const claims = await (await request.get(`/api/v1/projects/${DEMO.projectId}/claims?limit=2`)).json();
  expect(claims.data.map((claim: { number: number }) => claim.number)).toEqual([1, 2]);
  expect(claims.nextCursor).toEqual(expect.any(String));

  const claim = await (await request.get("/api/v1/claims/demo-claim-5")).json();
  expect(claim.data.evidence).toHaveLength(3);
  expect(claim.data.evidence.every((item: { stance: string }) => item.stance === "supports")).toBe(true);
});

test("bad input is a 400 that names the problem; a stranger's project is a 404", async ({
  request,
  freshUser,
}) => {
  await signInThroughApi(request, freshUser.email, freshUser.password);
  const invalid = await request.get("/api/v1/projects?limit=abc");
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).error.fieldErrors.limit).toEqual(["limit must be a number"]);

  const hidden = await request.get(`/api/v1/projects/${DEMO.projectId}/claims`);
  expect(hidden.status()).toBe(404);
  expect((await hidden.json()).error.code).toBe("NOT_FOUND");
});
