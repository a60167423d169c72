import type { createPopulatedProject } from "./project-fixture";

type ProjectIds = Awaited<ReturnType<typeof createPopulatedProject>>["ids"];

// A valid body per endpoint with a JSON body, made from a populated project's ids, so that a test
// can make exactly one thing wrong (an id in the path, one field of the body).
export const validBodies: Record<string, (ids: ProjectIds) => Record<string, unknown>> = {
  createUser: () => ({ name: "A historian", email: "someone@example.org", password: "long enough" }),
  acceptInvitation: () => ({ token: "an-invitation-token" }),
  createProject: () => ({ name: "A project" }),
  changeMemberRole: () => ({ role: "editor" }),
  createAnnotation: (ids) => ({ target: { kind: "claim", id: ids.claimId }, body: "A note" }),
  replyToAnnotation: () => ({ body: "A reply" }),
  updateAnnotation: () => ({ version: 1, body: "Edited" }),
  createInvitation: () => ({ role: "viewer" }),
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
  createObserver: () => ({ name: "The Times", kind: "newspaper" }),
  updateObserver: () => ({ version: 1, note: "Changed" }),
  createReading: (ids) => ({ observerId: ids.observerId, sourceId: ids.sourceId, summary: "A reading" }),
  updateReading: () => ({ version: 1, summary: "Changed" }),
  createQuestion: () => ({ text: "Is the posture defensive?" }),
  updateQuestion: () => ({ version: 1, text: "Changed?" }),
  createAnswer: (ids) => ({ observerId: ids.observerId, value: "yes" }),
  updateAnswer: () => ({ version: 1, value: "ambiguous" }),
  createArgument: () => ({ title: "A chapter" }),
  restoreProjectArchive: () => ({ name: "Restored" }),
  updateArgument: () => ({ version: 1, title: "Renamed" }),
  setArgumentOutline: (ids) => ({ version: 1, points: [{ id: ids.pointId, depth: 0 }] }),
  addArgumentPoint: () => ({ kind: "prose", text: "A further point" }),
  updateArgumentPoint: () => ({ version: 1, text: "Argued again" }),
};
