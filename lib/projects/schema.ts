import { z } from "zod";
import { entityId, optionalText, requiredText, version } from "@/lib/validation/fields";
import { pageQuerySchema } from "@/lib/validation/page-query";

export const projectListQuerySchema = pageQuerySchema.extend({
  archived: z
    .enum(["true", "false", "all"], { message: "archived must be true, false or all" })
    .default("false"),
});
export const projectCursorSchema = z.object({ updatedAt: z.iso.datetime(), id: z.string() });
export const projectIdParamsSchema = z.object({ projectId: entityId });

/** How citations give titles in a non-Latin script (Chicago 14.98: romanized). */
export const CITATION_SCRIPTS = ["romanized", "original", "both"] as const;

export const projectFieldsSchema = z.object({
  name: requiredText(200, "Name the project"),
  description: optionalText(5000),
});
export type ProjectFields = z.infer<typeof projectFieldsSchema>;

export const updateProjectSchema = z
  .object({
    name: projectFieldsSchema.shape.name,
    description: projectFieldsSchema.shape.description,
    archived: z.boolean({ message: "archived is true or false" }),
    citationScript: z.enum(CITATION_SCRIPTS, { message: "citationScript is romanized, original or both" }),
  })
  .partial()
  .extend({ version });
export type UpdateProjectInput = z.infer<typeof updateProjectSchema>;

export const updateProjectActionSchema = updateProjectSchema.extend({ projectId: entityId });
export const deleteProjectSchema = z.object({ projectId: entityId, confirmName: z.string() });
