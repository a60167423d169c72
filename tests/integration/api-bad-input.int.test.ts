import { beforeAll, describe, expect, it } from "vitest";
import { type Endpoint, endpoints } from "@/lib/api/endpoints";
import { handlerOf, apiRoutes as routes } from "./api-routes";
import { validBodies } from "./endpoint-bodies";
import { callRoute } from "./factories";
import { createPopulatedProject, createUsers } from "./project-fixture";

const catchAll = new Set(["/{...path}", "/openapi.json"]);
const all = Object.entries(endpoints) as [string, Endpoint][];
const withBody = all.filter(([, endpoint]) => endpoint.body);
const withParams = all.filter(([, endpoint]) => endpoint.params);

let owner: { id: string };
let mine: Awaited<ReturnType<typeof createPopulatedProject>>["ids"];
let theirs: Awaited<ReturnType<typeof createPopulatedProject>>["ids"];

beforeAll(async () => {
  const users = await createUsers();
  owner = users.owner;
  mine = (await createPopulatedProject([{ userId: owner.id, role: "owner" }])).ids;
  theirs = (await createPopulatedProject([{ userId: users.stranger.id, role: "owner" }])).ids;
});

function paramsFor(endpoint: Endpoint, ids: Record<string, string>): Record<string, string> {
  const names = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  return Object.fromEntries(names.map((name) => [name, ids[name] ?? "unknown-id"]));
}

function urlFor(endpoint: Endpoint, params: Record<string, string>) {
  return `/api/v1${endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name]!)}`;
}

function call(
  endpoint: Endpoint,
  ids: Record<string, string>,
  options: Parameters<typeof callRoute>[2] = {},
) {
  const params = paramsFor(endpoint, ids);
  return callRoute(handlerOf(endpoint), urlFor(endpoint, params), {
    userId: owner.id,
    method: endpoint.method,
    params: Object.keys(params).length ? params : undefined,
    ...options,
  });
}

describe("the endpoint list and the route files agree", () => {
  it("every route file's handlers are listed endpoints, and every endpoint has its handler", () => {
    const listed = new Set(all.map(([, endpoint]) => `${endpoint.method} ${endpoint.path}`));
    for (const [path, module] of routes) {
      if (catchAll.has(path)) continue;
      for (const method of Object.keys(module).filter((name) => /^[A-Z]+$/.test(name))) {
        expect(listed, `${method} ${path} is not in lib/api/endpoints.ts`).toContain(`${method} ${path}`);
      }
    }
    for (const [, endpoint] of all) expect(() => handlerOf(endpoint)).not.toThrow();
  });
});

describe.each(withBody)("%s: bad bodies", (_name, endpoint) => {
  it("malformed JSON → 400 naming the problem", async () => {
    const { status, body } = await call(endpoint, mine, { rawBody: '{"name": "unfinished' });
    expect(status).toBe(400);
    expect(body.error.code).toBe("INVALID_INPUT");
    expect(body.error.message).toMatch(/not valid JSON/);
  });

  it("a content type other than JSON → 415", async () => {
    const { status, body } = await call(endpoint, mine, {
      rawBody: "{}",
      headers: { "content-type": "text/plain" },
    });
    expect(status).toBe(415);
    expect(body.error.message).toMatch(/application\/json/);
  });

  it("a body over 1 MB → 413", async () => {
    const { status, body } = await call(endpoint, mine, { body: { note: "x".repeat(1_100_000) } });
    expect(status).toBe(413);
    expect(body.error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("missing or invalid fields → 400 with a message per field", async () => {
    const { status, body } = await call(endpoint, mine, {
      body: { version: "one", confidence: 9, name: "", statement: 5 },
    });
    expect(status).toBe(400);
    expect(body.error.code).toBe("INVALID_INPUT");
    expect(Object.keys(body.error.fieldErrors).length).toBeGreaterThan(0);
  });
});

// Text longer than a field allows (but under the body limit), per endpoint.
const oversizeBodies: Record<string, [Record<string, unknown>, string]> = {
  createUser: [{ name: "x".repeat(201), email: "someone@example.org", password: "long enough" }, "name"],
  changeMemberRole: [{ role: "x".repeat(300) }, "role"],
  createAnnotation: [{ target: { kind: "claim", id: "x" }, body: "x".repeat(20_001) }, "body"],
  replyToAnnotation: [{ body: "x".repeat(20_001) }, "body"],
  restoreProjectArchive: [{ name: "x".repeat(201) }, "name"],
  updateAnnotation: [{ version: 1, body: "x".repeat(20_001) }, "body"],
  createInvitation: [{ role: "viewer", email: `${"x".repeat(330)}@example.org` }, "email"],
  acceptInvitation: [{ token: "x".repeat(201) }, "token"],
  createProject: [{ name: "x".repeat(201) }, "name"],
  updateProject: [{ version: 1, name: "x".repeat(201) }, "name"],
  createClaim: [{ statement: "x".repeat(5001) }, "statement"],
  updateClaim: [{ version: 1, statement: "x".repeat(5001) }, "statement"],
  createEvidence: [
    { target: { kind: "source", sourceId: "x" }, stance: "supports", rationale: "x".repeat(5001) },
    "rationale",
  ],
  updateEvidence: [{ version: 1, rationale: "x".repeat(5001) }, "rationale"],
  reorderEvidence: [{ orderedIds: ["x".repeat(65)] }, "orderedIds.0"],
  createSource: [{ kind: "book", title: "x".repeat(1001) }, "title"],
  updateSource: [{ version: 1, title: "x".repeat(1001) }, "title"],
  createPassage: [{ text: "x".repeat(50_001) }, "text"],
  updatePassage: [{ version: 1, text: "x".repeat(50_001) }, "text"],
  createRelation: [{ fromSourceId: "a", toSourceId: "b", type: "reports", note: "x".repeat(5001) }, "note"],
  updateRelation: [{ version: 1, note: "x".repeat(5001) }, "note"],
  updateSourceImage: [{ version: 1, caption: "x".repeat(301) }, "caption"],
  createImageRegion: [{ x: 1, y: 1, width: 1, height: 1, passageId: "x".repeat(65) }, "passageId"],
  updateImageRegion: [{ version: 1, passageId: "x".repeat(65) }, "passageId"],
  startTranscription: [{ regionId: "x".repeat(65) }, "regionId"],
  createObserver: [{ name: "x".repeat(301), kind: "newspaper" }, "name"],
  updateObserver: [{ version: 1, note: "x".repeat(20_001) }, "note"],
  createReading: [{ observerId: "a", sourceId: "b", summary: "x".repeat(20_001) }, "summary"],
  updateReading: [{ version: 1, documentingLocator: "x".repeat(201) }, "documentingLocator"],
  createQuestion: [{ text: "x".repeat(1001) }, "text"],
  updateQuestion: [{ version: 1, text: "x".repeat(1001) }, "text"],
  createAnswer: [{ observerId: "a", value: "yes", note: "x".repeat(5001) }, "note"],
  updateAnswer: [{ version: 1, citedLocator: "x".repeat(201) }, "citedLocator"],
  createArgument: [{ title: "x".repeat(301) }, "title"],
  updateArgument: [{ version: 1, description: "x".repeat(2001) }, "description"],
  setArgumentOutline: [{ version: 1, points: [{ id: "x".repeat(65), depth: 0 }] }, "points.0.id"],
  addArgumentPoint: [{ kind: "prose", text: "x".repeat(20_001) }, "text"],
  updateArgumentPoint: [{ version: 1, text: "x".repeat(20_001) }, "text"],
};

it("every endpoint with a body has an oversize-text case", () => {
  expect(Object.keys(oversizeBodies).sort()).toEqual(withBody.map(([name]) => name).sort());
});

describe.each(withBody)("%s: oversize text", (name, endpoint) => {
  it("→ 400 naming the field and its limit", async () => {
    const [payload, field] = oversizeBodies[name]!;
    const { status, body } = await call(endpoint, mine, { body: payload });
    expect(status).toBe(400);
    expect(body.error.fieldErrors[field]?.[0]).toMatch(
      /At most|Not an id|Not an invitation link|must be one of|valid email/i,
    );
  });
});

// Endpoints whose body is a file (an import, a .csl style, an image) have no JSON body, so the JSON tables
// above do not list them (`withBody` holds only endpoints with a zod `body`). Their handlers read
// the file themselves, after the role check; the same three refusals are checked here, per
// endpoint with a `fileBody`: a content type they do not read, a file over their limit, nothing.
const withFileBody = all.filter(([, endpoint]) => endpoint.fileBody);

it("the file-body endpoints are exactly the imports, the style, image and archive uploads", () => {
  expect(withFileBody.map(([name]) => name).sort()).toEqual([
    "importAnnotationsW3C",
    "importSources",
    "uploadCitationStyle",
    "uploadProjectArchive",
    "uploadSourceImage",
  ]);
});

describe.each(withFileBody)("%s: bad files", (_name, endpoint) => {
  it("a content type it does not read → 415", async () => {
    const { status, body } = await call(endpoint, mine, {
      rawBody: "GIF89a",
      headers: { "content-type": "image/gif" },
    });
    expect(status).toBe(415);
    expect(body.error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("a file over the limit → 413", async () => {
    const { status, body } = await call(endpoint, mine, {
      rawBody: "x".repeat(endpoint.fileBody!.maxBytes + 1),
      headers: { "content-type": endpoint.fileBody!.contentTypes[0]! },
    });
    expect(status).toBe(413);
    expect(body.error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("an empty file → 400", async () => {
    const { status, body } = await call(endpoint, mine, {
      // Blank text is as empty as no bytes for a text file; an image has no blank bytes.
      rawBody: endpoint.fileBody!.contentTypes[0]!.startsWith("image/") ? "" : "  \n",
      headers: { "content-type": endpoint.fileBody!.contentTypes[0]! },
    });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/empty/i);
  });
});

describe.each(withParams)("%s: ids", (name, endpoint) => {
  const bodyFor = (ids: typeof mine) => (endpoint.body ? validBodies[name]!(ids) : undefined);

  it("an unknown id → 404", async () => {
    const ids = Object.fromEntries(Object.keys(mine).map((key) => [key, `unknown-${key}`])) as typeof mine;
    const { status, body } = await call(endpoint, ids, { body: bodyFor(ids) });
    expect(status).toBe(404);
    expect(body.error.code).toBe("NOT_FOUND");
  });

  it("an id of another project → 404, the same answer as for an unknown id", async () => {
    const { status, body } = await call(endpoint, theirs, { body: bodyFor(theirs) });
    expect(status).toBe(404);
    expect(body.error.message).toMatch(/not found/i);
  });
});

describe("ids of another project inside a body", () => {
  it("evidence cannot cite a passage, a source or a claim of another project", async () => {
    for (const target of [
      { kind: "passage", passageId: theirs.passageId },
      { kind: "source", sourceId: theirs.sourceId },
      { kind: "claim", claimId: theirs.claimId },
    ]) {
      const { status, body } = await call(endpoints.createEvidence, mine, {
        body: { target, stance: "supports" },
      });
      expect(status).toBe(400);
      expect(body.error.message).toMatch(/not in this project/);
    }
  });

  it("a relation cannot point to another project's source", async () => {
    const { status, body } = await call(endpoints.createRelation, mine, {
      body: { fromSourceId: mine.sourceId, toSourceId: theirs.sourceId, type: "reports" },
    });
    expect(status).toBe(400);
    expect(body.error.fieldErrors.toSourceId).toEqual(["Not a source of this project"]);
  });

  it("a reorder cannot name another claim's evidence", async () => {
    const { status } = await call(endpoints.reorderEvidence, mine, {
      body: { orderedIds: [theirs.evidenceId] },
    });
    expect(status).toBe(400);
  });
});

describe.each(all.filter(([, endpoint]) => endpoint.success === "page"))(
  "%s: bad query",
  (_name, endpoint) => {
    it("an out-of-range limit → 400", async () => {
      const params = paramsFor(endpoint, mine);
      const { status, body } = await callRoute(handlerOf(endpoint), `${urlFor(endpoint, params)}?limit=0`, {
        userId: owner.id,
        params: Object.keys(params).length ? params : undefined,
      });
      expect(status).toBe(400);
      expect(body.error.fieldErrors.limit).toEqual(["limit must be at least 1"]);
    });
  },
);
