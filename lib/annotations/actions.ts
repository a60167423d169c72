"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { requireProjectAccess } from "@/lib/projects/access";
import { requireAnnotationAccess } from "./access";
import { createAnnotation, deleteAnnotation, replyToAnnotation, updateAnnotation } from "./mutations";
import {
  createAnnotationActionSchema,
  deleteAnnotationSchema,
  replyActionSchema,
  updateAnnotationActionSchema,
} from "./schema";

export const createAnnotationAction = authedAction(
  createAnnotationActionSchema,
  async ({ projectId, ...input }, user) => {
    const access = await requireProjectAccess(user.id, projectId, "viewer");
    const annotation = await createAnnotation(access, input);
    revalidatePath(`/projects/${projectId}`, "layout");
    return { id: annotation.id };
  },
);

export const replyAnnotationAction = authedAction(replyActionSchema, async ({ annotationId, body }, user) => {
  const access = await requireAnnotationAccess(user.id, annotationId);
  const reply = await replyToAnnotation(access, annotationId, body);
  revalidatePath(`/projects/${access.projectId}`, "layout");
  return { id: reply.id };
});

export const updateAnnotationAction = authedAction(
  updateAnnotationActionSchema,
  async ({ annotationId, ...input }, user) => {
    const access = await requireAnnotationAccess(user.id, annotationId);
    const annotation = await updateAnnotation(access, annotationId, input);
    revalidatePath(`/projects/${access.projectId}`, "layout");
    return { id: annotation.id, version: annotation.version };
  },
);

export const deleteAnnotationAction = authedAction(deleteAnnotationSchema, async ({ annotationId }, user) => {
  const access = await requireAnnotationAccess(user.id, annotationId);
  await deleteAnnotation(access, annotationId);
  revalidatePath(`/projects/${access.projectId}`, "layout");
  return { deleted: annotationId };
});
