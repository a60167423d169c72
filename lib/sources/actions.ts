"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { requireAccessThrough, requireProjectAccess } from "@/lib/projects/access";
import { findRelationProjectId, findSourceProjectId } from "./data";
import { createRelation, createSource, deleteRelation, deleteSource, updateSource } from "./mutations";
import {
  createRelationActionSchema,
  createSourceActionSchema,
  deleteRelationSchema,
  deleteSourceSchema,
  updateSourceActionSchema,
} from "./schema";

export const createSourceAction = authedAction(
  createSourceActionSchema,
  async ({ projectId, ...fields }, user) => {
    const access = await requireProjectAccess(user.id, projectId, "contributor");
    const source = await createSource(access, fields);
    revalidatePath(`/projects/${projectId}`, "layout");
    return { id: source.id };
  },
);

export const updateSourceAction = authedAction(
  updateSourceActionSchema,
  async ({ sourceId, ...input }, user) => {
    const access = await requireAccessThrough(
      user.id,
      findSourceProjectId,
      sourceId,
      "contributor",
      "Source",
    );
    const source = await updateSource(access, sourceId, input);
    revalidatePath(`/projects/${access.projectId}`, "layout");
    return { id: source.id, version: source.version };
  },
);

export const deleteSourceAction = authedAction(deleteSourceSchema, async ({ sourceId }, user) => {
  const access = await requireAccessThrough(user.id, findSourceProjectId, sourceId, "contributor", "Source");
  await deleteSource(access, sourceId);
  revalidatePath(`/projects/${access.projectId}`, "layout");
  return { deleted: sourceId };
});

export const createRelationAction = authedAction(
  createRelationActionSchema,
  async ({ projectId, ...fields }, user) => {
    const access = await requireProjectAccess(user.id, projectId, "contributor");
    const relation = await createRelation(access, fields);
    revalidatePath(`/projects/${projectId}`, "layout");
    return { id: relation.id };
  },
);

export const deleteRelationAction = authedAction(deleteRelationSchema, async ({ relationId }, user) => {
  const access = await requireAccessThrough(
    user.id,
    findRelationProjectId,
    relationId,
    "contributor",
    "Relation",
  );
  await deleteRelation(access, relationId);
  revalidatePath(`/projects/${access.projectId}`, "layout");
  return { deleted: relationId };
});
