/// <reference types="vite/client" />
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/authed-action";
import { type Endpoint, endpoints } from "@/lib/api/endpoints";
import type { AuthUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { handlerOf } from "./api-routes";
import { callRoute, createUser } from "./factories";
import { createPopulatedProject } from "./project-fixture";

// Server actions read the signed-in user from next-auth's session (which needs a live request);
// here it is whoever the test says. Everything after it — parsing, role checks, queries — is real.
const session = vi.hoisted(() => ({ user: null as AuthUser | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getCurrentUser: async () => session.user,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

type Ids = Awaited<ReturnType<typeof createPopulatedProject>>["ids"];

/**
 * How each endpoint and action is guarded. Every one must be listed (a new route or action that
 * is not fails the test), as one of:
 * - "read": any member; a non-member gets 404.
 * - "write": contributors and up; viewers get 403.
 * - "item": changes an existing item; contributors get 403 on others' items, viewers 403.
 * - "owner": owners only; editors, contributors and viewers get 403.
 * - "self": acts on the signed-in user's own account, not on a project.
 * - "public": needs no sign-in (sign-up).
 */
type Guard = "read" | "write" | "item" | "owner" | "self" | "public";

const endpointGuards: Record<keyof typeof endpoints, Guard> = {
  createUser: "public",
  listProjects: "self",
  createProject: "self",
  getProject: "read",
  updateProject: "item",
  deleteProject: "owner",
  listClaims: "read",
  createClaim: "write",
  getClaim: "read",
  updateClaim: "item",
  deleteClaim: "item",
  getClaimChain: "read",
  listEvidence: "read",
  createEvidence: "write",
  reorderEvidence: "item",
  getEvidence: "read",
  updateEvidence: "item",
  deleteEvidence: "item",
  listSources: "read",
  createSource: "write",
  getSource: "read",
  updateSource: "item",
  deleteSource: "item",
  listPassages: "read",
  createPassage: "write",
  getPassage: "read",
  updatePassage: "item",
  deletePassage: "item",
  listSourceImages: "read",
  uploadSourceImage: "write",
  getSourceImage: "read",
  getSourceImageFile: "read",
  updateSourceImage: "item",
  deleteSourceImage: "item",
  listImageRegions: "read",
  createImageRegion: "write",
  getImageRegion: "read",
  updateImageRegion: "item",
  deleteImageRegion: "item",
  startTranscription: "write",
  getOcrJob: "read",
  listRelations: "read",
  createRelation: "write",
  getRelation: "read",
  updateRelation: "item",
  deleteRelation: "item",
  listMembers: "read",
  changeMemberRole: "owner",
  removeMember: "owner",
  listInvitations: "owner",
  createInvitation: "owner",
  revokeInvitation: "owner",
  acceptInvitation: "self",
  listAnnotations: "read",
  createAnnotation: "write",
  replyToAnnotation: "write",
  updateAnnotation: "item",
  deleteAnnotation: "item",
  listMyAnnotations: "self",
  listObservers: "read",
  createObserver: "write",
  getObserver: "read",
  updateObserver: "item",
  deleteObserver: "item",
  listReadings: "read",
  createReading: "write",
  getReading: "read",
  updateReading: "item",
  deleteReading: "item",
  getComparison: "read",
  listQuestions: "read",
  createQuestion: "write",
  getQuestion: "read",
  updateQuestion: "item",
  deleteQuestion: "item",
  listAnswers: "read",
  createAnswer: "write",
  getAnswer: "read",
  updateAnswer: "item",
  deleteAnswer: "item",
  exportClaim: "read",
  exportProject: "read",
  importSources: "write",
  listCitationStyles: "read",
  uploadCitationStyle: "write",
  deleteCitationStyle: "item",
  getCitationJob: "read",
  getCitationJobFile: "read",
  search: "read",
  listArguments: "read",
  createArgument: "write",
  getArgument: "read",
  updateArgument: "item",
  deleteArgument: "item",
  setArgumentOutline: "item",
  addArgumentPoint: "item",
  updateArgumentPoint: "item",
  deleteArgumentPoint: "item",
  exportArgument: "read",
  createProjectArchive: "owner",
  getArchiveJob: "self",
  getArchiveJobFile: "self",
  uploadProjectArchive: "self",
  restoreProjectArchive: "self",
  exportAnnotationsW3C: "read",
  importAnnotationsW3C: "write",
};

/** Query parameters for endpoints that name their project in the query rather than the path. */
const queries: Partial<Record<keyof typeof endpoints, (ids: Ids) => Record<string, string>>> = {
  search: (ids) => ({ projectId: ids.projectId, q: "Times" }),
};

/** A valid body for each endpoint that takes one, so that only the caller's role decides. */
const bodies: Partial<Record<keyof typeof endpoints, (ids: Ids) => unknown>> = {
  createUser: () => ({ name: "New", email: `new-${Date.now()}@example.org`, password: "a long password" }),
  createProject: () => ({ name: "Mine" }),
  updateProject: () => ({ version: 1, name: "Renamed" }),
  createClaim: () => ({ statement: "A claim" }),
  updateClaim: () => ({ version: 1, statement: "Changed" }),
  createEvidence: (ids) => ({ target: { kind: "source", sourceId: ids.sourceId }, stance: "supports" }),
  reorderEvidence: (ids) => ({ orderedIds: [ids.evidenceId] }),
  updateEvidence: () => ({ version: 1, confidence: 2 }),
  createSource: () => ({ kind: "book", title: "A book" }),
  updateSource: () => ({ version: 1, title: "Changed" }),
  createPassage: () => ({ text: "A passage" }),
  updatePassage: () => ({ version: 1, text: "Changed" }),
  createRelation: (ids) => ({ fromSourceId: ids.reportId, toSourceId: ids.sourceId, type: "quotes" }),
  updateRelation: () => ({ version: 1, note: "Changed" }),
  updateSourceImage: () => ({ version: 1, caption: "f. 2" }),
  createImageRegion: () => ({ x: 4, y: 4, width: 20, height: 10 }),
  updateImageRegion: () => ({ version: 1, x: 6 }),
  startTranscription: (ids) => ({ regionId: ids.regionId, language: "en" }),
  changeMemberRole: () => ({ role: "editor" }),
  createInvitation: () => ({ role: "viewer" }),
  acceptInvitation: () => ({ token: "an-invitation-token-that-does-not-exist" }),
  // Shared: a viewer may keep private notes but not share them.
  createAnnotation: (ids) => ({
    target: { kind: "claim", id: ids.claimId },
    body: "A note",
    visibility: "shared",
  }),
  replyToAnnotation: () => ({ body: "A reply" }),
  createArgument: () => ({ title: "A chapter" }),
  updateArgument: () => ({ version: 1, title: "Renamed" }),
  setArgumentOutline: (ids) => ({ version: 1, points: [{ id: ids.pointId, depth: 0 }] }),
  addArgumentPoint: () => ({ kind: "prose", text: "A further point" }),
  updateArgumentPoint: () => ({ version: 1, text: "Argued again" }),
  updateAnnotation: () => ({ version: 1, body: "Edited" }),
  createObserver: () => ({ name: "The Times", kind: "newspaper" }),
  updateObserver: () => ({ version: 1, note: "Changed" }),
  createReading: (ids) => ({ observerId: ids.observerId, sourceId: ids.sourceId, summary: "A reading" }),
  updateReading: () => ({ version: 1, summary: "Changed" }),
  createQuestion: () => ({ text: "Is the posture defensive?" }),
  updateQuestion: () => ({ version: 1, text: "Changed?" }),
  createAnswer: (ids) => ({ observerId: ids.observerId, value: "yes" }),
  updateAnswer: () => ({ version: 1, value: "ambiguous" }),
};

const users: Record<"owner" | "editor" | "contributor" | "viewer" | "stranger", AuthUser> = {} as never;
let ids: Ids;

beforeAll(async () => {
  for (const role of ["owner", "editor", "contributor", "viewer", "stranger"] as const) {
    const user = await createUser(role);
    users[role] = { id: user.id, email: user.email, name: user.name };
  }
  ids = (
    await createPopulatedProject([
      { userId: users.owner.id, role: "owner" },
      { userId: users.editor.id, role: "editor" },
      { userId: users.contributor.id, role: "contributor" },
      { userId: users.viewer.id, role: "viewer" },
    ])
  ).ids;
});

async function callEndpoint(name: keyof typeof endpoints, userId: string | undefined) {
  const endpoint: Endpoint = endpoints[name];
  const handler = handlerOf(endpoint);
  const params = Object.fromEntries(
    [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, param]) => [
      param!,
      (ids as Record<string, string>)[param!]!,
    ]),
  );
  const query = queries[name] ? `?${new URLSearchParams(queries[name](ids))}` : "";
  const url = `/api/v1${endpoint.path.replace(/\{(\w+)\}/g, (_, param: string) => params[param]!)}${query}`;
  return callRoute(handler, url, {
    userId,
    method: endpoint.method,
    params: Object.keys(params).length ? params : undefined,
    body: bodies[name]?.(ids),
  });
}

const endpointNames = Object.keys(endpoints) as (keyof typeof endpoints)[];

describe("the API", () => {
  it("every endpoint has a guard in this table", () => {
    expect(Object.keys(endpointGuards).sort()).toEqual([...endpointNames].sort());
  });

  const guarded = endpointNames.filter((name) => endpointGuards[name] !== "public");
  const projectScoped = endpointNames.filter((name) => !["public", "self"].includes(endpointGuards[name]));

  it.each(guarded)("%s: signed out → 401", async (name) => {
    expect((await callEndpoint(name, undefined)).status).toBe(401);
  });

  it.each(projectScoped)("%s: a non-member → 404", async (name) => {
    const { status, body } = await callEndpoint(name, users.stranger.id);
    expect(status).toBe(404);
    expect(body.error.code).toBe("NOT_FOUND");
  });

  it.each(projectScoped.filter((name) => endpointGuards[name] !== "read"))(
    "%s: a viewer → 403",
    async (name) => {
      const { status, body } = await callEndpoint(name, users.viewer.id);
      expect(status).toBe(403);
      expect(body.error.code).toBe("FORBIDDEN");
    },
  );

  it.each(projectScoped.filter((name) => ["item", "owner"].includes(endpointGuards[name])))(
    "%s: a contributor, on what someone else added → 403",
    async (name) => {
      expect((await callEndpoint(name, users.contributor.id)).status).toBe(403);
    },
  );

  it.each(projectScoped.filter((name) => endpointGuards[name] === "owner"))(
    "%s: an editor → 403",
    async (name) => {
      expect((await callEndpoint(name, users.editor.id)).status).toBe(403);
    },
  );

  it.each(projectScoped.filter((name) => endpointGuards[name] === "read"))(
    "%s: a viewer may read",
    async (name) => {
      expect((await callEndpoint(name, users.viewer.id)).status).toBe(200);
    },
  );
});

// ─── Server actions ──────────────────────────────────────────────────────────────────────────

const actionModules = import.meta.glob<Record<string, (input: unknown) => Promise<ActionResult<unknown>>>>(
  "../../lib/**/actions.ts",
  { eager: true },
);
const actions = Object.fromEntries(
  Object.values(actionModules).flatMap((module) =>
    Object.entries(module).filter(([, value]) => typeof value === "function"),
  ),
);

/** Each action's guard and a valid input built from the fixture's ids. */
const actionTable: Record<string, [Guard, (ids: Ids) => unknown]> = {
  signUpAction: [
    "public",
    () => ({ name: "New", email: `action-${Date.now()}@example.org`, password: "a long password" }),
  ],
  changePasswordAction: [
    "self",
    () => ({ currentPassword: "wrong one", newPassword: "a new long password" }),
  ],
  createTokenAction: ["self", () => ({ name: "script" })],
  revokeTokenAction: ["self", () => ({ tokenId: "none" })],
  createProjectAction: ["self", () => ({ name: "Mine" })],
  acceptInvitationAction: ["self", () => ({ token: "an-invitation-token-that-does-not-exist" })],
  updateProjectAction: ["item", (ids) => ({ projectId: ids.projectId, version: 1, name: "Renamed" })],
  createClaimAction: ["write", (ids) => ({ projectId: ids.projectId, statement: "A claim" })],
  updateClaimAction: ["item", (ids) => ({ claimId: ids.claimId, version: 1, statement: "Changed" })],
  deleteClaimAction: ["item", (ids) => ({ claimId: ids.otherClaimId })],
  createEvidenceAction: [
    "write",
    (ids) => ({
      claimId: ids.claimId,
      target: { kind: "source", sourceId: ids.sourceId },
      stance: "supports",
    }),
  ],
  updateEvidenceAction: ["item", (ids) => ({ evidenceId: ids.evidenceId, version: 1, confidence: 2 })],
  deleteEvidenceAction: ["item", (ids) => ({ evidenceId: ids.evidenceId })],
  reorderEvidenceAction: ["item", (ids) => ({ claimId: ids.claimId, orderedIds: [ids.evidenceId] })],
  createSourceAction: ["write", (ids) => ({ projectId: ids.projectId, kind: "book", title: "A book" })],
  updateSourceAction: ["item", (ids) => ({ sourceId: ids.sourceId, version: 1, title: "Changed" })],
  deleteSourceAction: ["item", (ids) => ({ sourceId: ids.reportId })],
  createRelationAction: [
    "write",
    (ids) => ({
      projectId: ids.projectId,
      fromSourceId: ids.reportId,
      toSourceId: ids.sourceId,
      type: "quotes",
    }),
  ],
  deleteRelationAction: ["item", (ids) => ({ relationId: ids.relationId })],
  createPassageAction: ["write", (ids) => ({ sourceId: ids.sourceId, text: "A passage" })],
  updatePassageAction: ["item", (ids) => ({ passageId: ids.passageId, version: 1, text: "Changed" })],
  deletePassageAction: ["item", (ids) => ({ passageId: ids.passageId })],
  changeRoleAction: ["owner", (ids) => ({ membershipId: ids.membershipId, role: "editor" })],
  removeMemberAction: ["owner", (ids) => ({ membershipId: ids.membershipId })],
  createInvitationAction: ["owner", (ids) => ({ projectId: ids.projectId, role: "viewer" })],
  revokeInvitationAction: ["owner", (ids) => ({ invitationId: ids.invitationId })],
  createAnnotationAction: [
    "write",
    (ids) => ({
      projectId: ids.projectId,
      target: { kind: "claim", id: ids.claimId },
      body: "A note",
      visibility: "shared",
    }),
  ],
  replyAnnotationAction: ["write", (ids) => ({ annotationId: ids.annotationId, body: "A reply" })],
  updateAnnotationAction: ["item", (ids) => ({ annotationId: ids.annotationId, version: 1, body: "Edited" })],
  deleteAnnotationAction: ["item", (ids) => ({ annotationId: ids.annotationId })],
  createObserverAction: [
    "write",
    (ids) => ({ projectId: ids.projectId, name: "An observer", kind: "newspaper" }),
  ],
  updateObserverAction: ["item", (ids) => ({ observerId: ids.observerId, version: 1, note: "Changed" })],
  deleteObserverAction: ["item", (ids) => ({ observerId: ids.observerId })],
  createReadingAction: [
    "write",
    (ids) => ({
      projectId: ids.projectId,
      observerId: ids.observerId,
      sourceId: ids.sourceId,
      summary: "A reading",
    }),
  ],
  updateReadingAction: ["item", (ids) => ({ readingId: ids.readingId, version: 1, summary: "Changed" })],
  deleteReadingAction: ["item", (ids) => ({ readingId: ids.readingId })],
  createQuestionAction: ["write", (ids) => ({ sourceId: ids.sourceId, text: "A question?" })],
  updateQuestionAction: ["item", (ids) => ({ questionId: ids.questionId, version: 1, text: "Changed?" })],
  deleteQuestionAction: ["item", (ids) => ({ questionId: ids.questionId })],
  createAnswerAction: [
    "write",
    (ids) => ({ questionId: ids.questionId, observerId: ids.observerId, value: "yes" }),
  ],
  updateAnswerAction: ["item", (ids) => ({ answerId: ids.answerId, version: 1, value: "ambiguous" })],
  deleteAnswerAction: ["item", (ids) => ({ answerId: ids.answerId })],
  createArgumentAction: ["write", (ids) => ({ projectId: ids.projectId, title: "A chapter" })],
  updateArgumentAction: ["item", (ids) => ({ argumentId: ids.argumentId, version: 1, title: "Renamed" })],
  deleteArgumentAction: ["item", (ids) => ({ argumentId: ids.argumentId })],
  addPointAction: ["item", (ids) => ({ argumentId: ids.argumentId, kind: "prose", text: "A further point" })],
  updatePointAction: ["item", (ids) => ({ pointId: ids.pointId, version: 1, text: "Argued again" })],
  deletePointAction: ["item", (ids) => ({ pointId: ids.pointId })],
  setOutlineAction: [
    "item",
    (ids) => ({ argumentId: ids.argumentId, version: 1, points: [{ id: ids.pointId, depth: 0 }] }),
  ],
};

async function runAction(name: string, user: AuthUser | null) {
  session.user = user;
  return actions[name]!(actionTable[name]![1](ids));
}

describe("server actions", () => {
  it("every exported action has a guard in this table", () => {
    expect(Object.keys(actionTable).sort()).toEqual(Object.keys(actions).sort());
  });

  const names = Object.keys(actionTable);
  const signedIn = names.filter((name) => actionTable[name]![0] !== "public");
  const projectScoped = names.filter((name) => !["public", "self"].includes(actionTable[name]![0]));

  it.each(signedIn)("%s: signed out → UNAUTHENTICATED", async (name) => {
    const result = await runAction(name, null);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe("UNAUTHENTICATED");
  });

  it.each(projectScoped)("%s: a non-member → NOT_FOUND", async (name) => {
    const result = await runAction(name, users.stranger);
    expect(!result.ok && result.error.code).toBe("NOT_FOUND");
  });

  it.each(projectScoped)("%s: a viewer → FORBIDDEN", async (name) => {
    const result = await runAction(name, users.viewer);
    expect(!result.ok && result.error.code).toBe("FORBIDDEN");
  });

  it.each(projectScoped.filter((name) => ["item", "owner"].includes(actionTable[name]![0])))(
    "%s: a contributor, on what someone else added → FORBIDDEN",
    async (name) => {
      const result = await runAction(name, users.contributor);
      expect(!result.ok && result.error.code).toBe("FORBIDDEN");
    },
  );

  it("nothing was changed by any of the refused calls", async () => {
    const claim = await prisma.claim.findUniqueOrThrow({ where: { id: ids.claimId } });
    expect(claim.version).toBe(1);
    expect(await prisma.claim.count({ where: { projectId: ids.projectId } })).toBe(2);
    expect(await prisma.membership.count({ where: { projectId: ids.projectId } })).toBe(5);
  });
});
