"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { requireAccessThrough } from "@/lib/projects/access";
import { findSourceProjectId } from "@/lib/sources/data";
import { findPassageProjectId } from "./data";
import { createPassage, deletePassage, updatePassage } from "./mutations";
import { createPassageSchema, deletePassageSchema, updatePassageActionSchema } from "./schema";

export const createPassageAction = authedAction(
  createPassageSchema,
  async ({ sourceId, ...fields }, user) => {
    const access = await requireAccessThrough(
      user.id,
      findSourceProjectId,
      sourceId,
      "contributor",
      "Source",
    );
    const passage = await createPassage(access, sourceId, fields);
    revalidatePath(`/projects/${access.projectId}`, "layout");
    return { id: passage.id };
  },
);

export const updatePassageAction = authedAction(
  updatePassageActionSchema,
  async ({ passageId, ...input }, user) => {
    const access = await requireAccessThrough(
      user.id,
      findPassageProjectId,
      passageId,
      "contributor",
      "Passage",
    );
    const passage = await updatePassage(access, passageId, input);
    revalidatePath(`/projects/${access.projectId}`, "layout");
    return { id: passage.id, version: passage.version };
  },
);

export const deletePassageAction = authedAction(deletePassageSchema, async ({ passageId }, user) => {
  const access = await requireAccessThrough(
    user.id,
    findPassageProjectId,
    passageId,
    "contributor",
    "Passage",
  );
  await deletePassage(access, passageId);
  revalidatePath(`/projects/${access.projectId}`, "layout");
  return { deleted: passageId };
});
