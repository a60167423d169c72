import { z } from "zod";
import { pageQuerySchema } from "@/lib/api/pagination";

export const projectListQuerySchema = pageQuerySchema;
export const projectCursorSchema = z.object({ updatedAt: z.iso.datetime(), id: z.string() });
export const projectIdParamsSchema = z.object({ projectId: z.string().min(1).max(64) });
