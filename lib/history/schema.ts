import { z } from "zod";

/** The keyset position of a history entry: newest first, by time then id. */
export const historyCursorSchema = z.object({ createdAt: z.iso.datetime(), id: z.string().max(64) });
export type HistoryCursor = z.infer<typeof historyCursorSchema>;
