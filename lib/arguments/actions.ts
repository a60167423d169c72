"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { requireAccessThrough, requireProjectAccess } from "@/lib/projects/access";
import { findArgumentProjectId, findPointProjectId } from "./data";
import {
  addPoint,
  createArgument,
  deleteArgument,
  deletePoint,
  setOutline,
  updateArgument,
  updatePoint,
} from "./mutations";
import {
  createArgumentSchema,
  createPointActionSchema,
  deleteArgumentSchema,
  deletePointSchema,
  outlineActionSchema,
  updateArgumentActionSchema,
  updatePointActionSchema,
} from "./schema";

const argumentAccess = (userId: string, argumentId: string) =>
  requireAccessThrough(userId, findArgumentProjectId, argumentId, "contributor", "Argument");
const pointAccess = (userId: string, pointId: string) =>
  requireAccessThrough(userId, findPointProjectId, pointId, "contributor", "Point");

function revalidateArgument(projectId: string, argumentId: string) {
  revalidatePath(`/projects/${projectId}/arguments`);
  revalidatePath(`/projects/${projectId}/arguments/${argumentId}`);
}

export const createArgumentAction = authedAction(
  createArgumentSchema,
  async ({ projectId, ...fields }, user) => {
    const access = await requireProjectAccess(user.id, projectId, "contributor");
    const argument = await createArgument(access, fields);
    revalidatePath(`/projects/${projectId}/arguments`);
    return { id: argument.id };
  },
);

export const updateArgumentAction = authedAction(
  updateArgumentActionSchema,
  async ({ argumentId, ...input }, user) => {
    const access = await argumentAccess(user.id, argumentId);
    const argument = await updateArgument(access, argumentId, input);
    revalidateArgument(access.projectId, argumentId);
    return { id: argument.id, version: argument.version };
  },
);

export const deleteArgumentAction = authedAction(deleteArgumentSchema, async ({ argumentId }, user) => {
  const access = await argumentAccess(user.id, argumentId);
  await deleteArgument(access, argumentId);
  revalidatePath(`/projects/${access.projectId}/arguments`);
  return { deleted: argumentId };
});

export const addPointAction = authedAction(
  createPointActionSchema,
  async ({ argumentId, ...fields }, user) => {
    const access = await argumentAccess(user.id, argumentId);
    const point = await addPoint(access, argumentId, fields);
    revalidateArgument(access.projectId, argumentId);
    return { id: point.id };
  },
);

export const updatePointAction = authedAction(
  updatePointActionSchema,
  async ({ pointId, ...input }, user) => {
    const access = await pointAccess(user.id, pointId);
    const point = await updatePoint(access, pointId, input);
    revalidateArgument(access.projectId, point.argumentId);
    return { id: point.id, version: point.version };
  },
);

export const deletePointAction = authedAction(deletePointSchema, async ({ pointId }, user) => {
  const access = await pointAccess(user.id, pointId);
  await deletePoint(access, pointId);
  revalidatePath(`/projects/${access.projectId}/arguments`, "layout");
  return { deleted: pointId };
});

export const setOutlineAction = authedAction(outlineActionSchema, async ({ argumentId, ...input }, user) => {
  const access = await argumentAccess(user.id, argumentId);
  const argument = await setOutline(access, argumentId, input);
  revalidateArgument(access.projectId, argumentId);
  return { version: argument.version };
});
