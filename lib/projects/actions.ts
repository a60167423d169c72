"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { requireProjectAccess } from "./access";
import { createProject, updateProject } from "./mutations";
import { projectFieldsSchema, updateProjectActionSchema } from "./schema";

export const createProjectAction = authedAction(projectFieldsSchema, async (input, user) => {
  const project = await createProject(user.id, input);
  revalidatePath("/projects");
  return { id: project.id };
});

export const updateProjectAction = authedAction(
  updateProjectActionSchema,
  async ({ projectId, ...input }, user) => {
    const access = await requireProjectAccess(user.id, projectId, "editor");
    const project = await updateProject(access, input);
    revalidatePath("/projects", "layout");
    return { id: project.id, version: project.version };
  },
);
