import { z } from "zod";
import { claimFieldsSchema, claimListQuerySchema, updateClaimSchema } from "@/lib/claims/schema";
import { createEvidenceSchema, reorderEvidenceSchema, updateEvidenceSchema } from "@/lib/evidence/schema";
import { passageFieldsSchema, updatePassageSchema } from "@/lib/passages/schema";
import { projectFieldsSchema, projectListQuerySchema, updateProjectSchema } from "@/lib/projects/schema";
import {
  relationFieldsSchema,
  relationListQuerySchema,
  sourceFieldsSchema,
  sourceListQuerySchema,
  updateRelationSchema,
  updateSourceSchema,
} from "@/lib/sources/schema";
import { entityId } from "@/lib/validation/fields";
import { pageQuerySchema } from "./pagination";

// Every JSON API endpoint, once: the route handlers parse with these schemas, and the OpenAPI
// document is generated from this list, so the two cannot drift apart.

export interface Endpoint {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** OpenAPI path under /api/v1, with {param} placeholders. */
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** 200 with { data }, 200 with a page { data, nextCursor }, 201 with { data }, or 204 with no body. */
  success: "item" | "page" | "created" | "none";
}

const id = <K extends string>(name: K) => z.object({ [name]: entityId } as { [key in K]: typeof entityId });

function endpoint<const E extends Endpoint>(spec: E): E {
  return spec;
}

export const endpoints = {
  listProjects: endpoint({
    method: "GET",
    path: "/projects",
    summary: "List the projects you are a member of",
    tag: "Projects",
    query: projectListQuerySchema,
    success: "page",
  }),
  createProject: endpoint({
    method: "POST",
    path: "/projects",
    summary: "Create a project (you become its owner)",
    tag: "Projects",
    body: projectFieldsSchema,
    success: "created",
  }),
  getProject: endpoint({
    method: "GET",
    path: "/projects/{projectId}",
    summary: "Get a project",
    tag: "Projects",
    params: id("projectId"),
    success: "item",
  }),
  updateProject: endpoint({
    method: "PATCH",
    path: "/projects/{projectId}",
    summary: "Rename, describe, archive or restore a project",
    tag: "Projects",
    params: id("projectId"),
    body: updateProjectSchema,
    success: "item",
  }),
  deleteProject: endpoint({
    method: "DELETE",
    path: "/projects/{projectId}",
    summary: "Delete a project and everything in it (owners only)",
    tag: "Projects",
    params: id("projectId"),
    success: "none",
  }),

  listClaims: endpoint({
    method: "GET",
    path: "/projects/{projectId}/claims",
    summary: "List a project's claims (filters, sorting)",
    tag: "Claims",
    params: id("projectId"),
    query: claimListQuerySchema,
    success: "page",
  }),
  createClaim: endpoint({
    method: "POST",
    path: "/projects/{projectId}/claims",
    summary: "Create a claim",
    tag: "Claims",
    params: id("projectId"),
    body: claimFieldsSchema,
    success: "created",
  }),
  getClaim: endpoint({
    method: "GET",
    path: "/claims/{claimId}",
    summary: "Get a claim with its evidence chain",
    tag: "Claims",
    params: id("claimId"),
    success: "item",
  }),
  updateClaim: endpoint({
    method: "PATCH",
    path: "/claims/{claimId}",
    summary: "Update a claim (send the version you edited)",
    tag: "Claims",
    params: id("claimId"),
    body: updateClaimSchema,
    success: "item",
  }),
  deleteClaim: endpoint({
    method: "DELETE",
    path: "/claims/{claimId}",
    summary: "Delete a claim",
    tag: "Claims",
    params: id("claimId"),
    success: "none",
  }),
  getClaimChain: endpoint({
    method: "GET",
    path: "/claims/{claimId}/chain",
    summary: "A claim's evidence chain, independent origins per stance and warnings",
    tag: "Claims",
    params: id("claimId"),
    success: "item",
  }),

  listEvidence: endpoint({
    method: "GET",
    path: "/claims/{claimId}/evidence",
    summary: "List a claim's evidence in order",
    tag: "Evidence",
    params: id("claimId"),
    query: pageQuerySchema,
    success: "page",
  }),
  createEvidence: endpoint({
    method: "POST",
    path: "/claims/{claimId}/evidence",
    summary: "Link a passage, a source or another claim as evidence",
    tag: "Evidence",
    params: id("claimId"),
    body: createEvidenceSchema,
    success: "created",
  }),
  reorderEvidence: endpoint({
    method: "PUT",
    path: "/claims/{claimId}/evidence/order",
    summary: "Reorder a claim's evidence",
    tag: "Evidence",
    params: id("claimId"),
    body: reorderEvidenceSchema,
    success: "none",
  }),
  getEvidence: endpoint({
    method: "GET",
    path: "/evidence/{evidenceId}",
    summary: "Get an evidence link",
    tag: "Evidence",
    params: id("evidenceId"),
    success: "item",
  }),
  updateEvidence: endpoint({
    method: "PATCH",
    path: "/evidence/{evidenceId}",
    summary: "Change stance, confidence or rationale",
    tag: "Evidence",
    params: id("evidenceId"),
    body: updateEvidenceSchema,
    success: "item",
  }),
  deleteEvidence: endpoint({
    method: "DELETE",
    path: "/evidence/{evidenceId}",
    summary: "Remove an evidence link",
    tag: "Evidence",
    params: id("evidenceId"),
    success: "none",
  }),

  listSources: endpoint({
    method: "GET",
    path: "/projects/{projectId}/sources",
    summary: "List a project's sources",
    tag: "Sources",
    params: id("projectId"),
    query: sourceListQuerySchema,
    success: "page",
  }),
  createSource: endpoint({
    method: "POST",
    path: "/projects/{projectId}/sources",
    summary: "Create a source",
    tag: "Sources",
    params: id("projectId"),
    body: sourceFieldsSchema,
    success: "created",
  }),
  getSource: endpoint({
    method: "GET",
    path: "/sources/{sourceId}",
    summary: "Get a source with its passages and relations",
    tag: "Sources",
    params: id("sourceId"),
    success: "item",
  }),
  updateSource: endpoint({
    method: "PATCH",
    path: "/sources/{sourceId}",
    summary: "Update a source (send the version you edited)",
    tag: "Sources",
    params: id("sourceId"),
    body: updateSourceSchema,
    success: "item",
  }),
  deleteSource: endpoint({
    method: "DELETE",
    path: "/sources/{sourceId}",
    summary: "Delete a source with its passages and evidence links",
    tag: "Sources",
    params: id("sourceId"),
    success: "none",
  }),

  listPassages: endpoint({
    method: "GET",
    path: "/sources/{sourceId}/passages",
    summary: "List a source's passages",
    tag: "Passages",
    params: id("sourceId"),
    query: pageQuerySchema,
    success: "page",
  }),
  createPassage: endpoint({
    method: "POST",
    path: "/sources/{sourceId}/passages",
    summary: "Add a passage with its translations",
    tag: "Passages",
    params: id("sourceId"),
    body: passageFieldsSchema,
    success: "created",
  }),
  getPassage: endpoint({
    method: "GET",
    path: "/passages/{passageId}",
    summary: "Get a passage",
    tag: "Passages",
    params: id("passageId"),
    success: "item",
  }),
  updatePassage: endpoint({
    method: "PATCH",
    path: "/passages/{passageId}",
    summary: "Update a passage (translations are replaced when sent)",
    tag: "Passages",
    params: id("passageId"),
    body: updatePassageSchema,
    success: "item",
  }),
  deletePassage: endpoint({
    method: "DELETE",
    path: "/passages/{passageId}",
    summary: "Delete a passage",
    tag: "Passages",
    params: id("passageId"),
    success: "none",
  }),

  listRelations: endpoint({
    method: "GET",
    path: "/projects/{projectId}/relations",
    summary: "List provenance relations (optionally of one source)",
    tag: "Relations",
    params: id("projectId"),
    query: relationListQuerySchema,
    success: "page",
  }),
  createRelation: endpoint({
    method: "POST",
    path: "/projects/{projectId}/relations",
    summary: "Record that one source reprints, translates, reports … another",
    tag: "Relations",
    params: id("projectId"),
    body: relationFieldsSchema,
    success: "created",
  }),
  getRelation: endpoint({
    method: "GET",
    path: "/relations/{relationId}",
    summary: "Get a relation",
    tag: "Relations",
    params: id("relationId"),
    success: "item",
  }),
  updateRelation: endpoint({
    method: "PATCH",
    path: "/relations/{relationId}",
    summary: "Change a relation's type or note",
    tag: "Relations",
    params: id("relationId"),
    body: updateRelationSchema,
    success: "item",
  }),
  deleteRelation: endpoint({
    method: "DELETE",
    path: "/relations/{relationId}",
    summary: "Delete a relation",
    tag: "Relations",
    params: id("relationId"),
    success: "none",
  }),
} satisfies Record<string, Endpoint>;
