import { z } from "zod";
import { STANCES } from "@/lib/claims/schema";
import { edtfBounds } from "@/lib/dates/edtf";
import { entityId, historicalDate } from "@/lib/validation/fields";
import { pageQuerySchema } from "@/lib/validation/page-query";

/** What a search can be narrowed to. "passage" includes the passages' translations. */
export const SEARCH_KINDS = ["claim", "source", "passage", "annotation", "reading", "image"] as const;
export type SearchKindFilter = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABEL: Record<SearchKindFilter, string> = {
  claim: "Claims",
  source: "Sources",
  passage: "Passages and translations",
  annotation: "Notes",
  reading: "Readings",
  image: "Photos and scans",
};

/** A date filter: typed as a historian types dates; its bounds are what is compared. */
const dateBound = (end: "start" | "end") =>
  historicalDate.transform((edtf) => {
    if (!edtf) return undefined;
    const bounds = edtfBounds(edtf);
    return bounds ? bounds[end] : undefined;
  });

const searchFields = {
  q: z
    .string({ message: "Type something to search for" })
    .trim()
    .min(1, "Type something to search for")
    .max(200, "At most 200 characters"),
  kind: z.enum(SEARCH_KINDS, { message: `kind must be one of ${SEARCH_KINDS.join(", ")}` }).optional(),
  stance: z.enum(STANCES, { message: `stance must be one of ${STANCES.join(", ")}` }).optional(),
  observerId: entityId.optional(),
  /** Items dated (issued, read, or covering a period) on or after this date. */
  from: dateBound("start").optional(),
  /** Items dated on or before this date. */
  to: dateBound("end").optional(),
  archive: z.string().trim().max(200, "At most 200 characters").optional(),
};

function rangeInOrder(filters: { from?: Date; to?: Date }): boolean {
  return !filters.from || !filters.to || filters.from <= filters.to;
}
const rangeMessage = { message: "The end of the date range is before its start", path: ["to"] };

/** The words and the filters: the search page's form, the API and the benchmark parse with it. */
export const searchFiltersSchema = z.object(searchFields).refine(rangeInOrder, rangeMessage);
export type SearchFilters = z.infer<typeof searchFiltersSchema>;

/** GET /api/v1/search: the project, the words and filters, and a page. */
export const searchQuerySchema = pageQuerySchema
  .extend({ projectId: entityId, ...searchFields })
  .refine(rangeInOrder, rangeMessage);
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** The keyset of a result in rank order. */
export const searchCursorSchema = z.object({ rank: z.string(), kind: z.string(), id: z.string() });
export type SearchCursor = z.infer<typeof searchCursorSchema>;
