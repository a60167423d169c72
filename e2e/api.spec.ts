import { DEMO, expect, signInThroughApi, test } from "./fixtures";

test("the health check answers without sign-in once the server and its database do", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});

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
  expect(claim.data.number).toBe(5);
  expect(claim.data.evidenceCounts).toEqual({ supports: 3, contradicts: 0, qualifies: 0, context: 0 });

  // Demo claim 5: three newspaper texts, one independent origin (Pravda), and the warning.
  const chain = await (await request.get("/api/v1/claims/demo-claim-5/chain")).json();
  expect(chain.data.evidence).toHaveLength(3);
  expect(chain.data.evidence.every((item: { stance: string }) => item.stance === "supports")).toBe(true);
  expect(chain.data.independentOrigins).toEqual({ supports: 1, contradicts: 0, qualifies: 0, context: 0 });
  expect(chain.data.origins.supports).toEqual(["demo-src-pravda"]);
  expect(chain.data.warnings.map((warning: { code: string }) => warning.code)).toEqual(["SINGLE_ORIGIN"]);
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
