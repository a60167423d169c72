import { listMyAnnotations, listMyAnnotationsPage } from "@/lib/annotations/data";
import { annotationsToMarkdown } from "@/lib/annotations/markdown-export";
import { noteCursorSchema } from "@/lib/annotations/schema";
import { endpoints } from "@/lib/api/endpoints";
import { decodeCursor } from "@/lib/api/pagination";
import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute(endpoints.listMyAnnotations, async ({ user, query }) => {
  const { format, cursor, limit, ...filters } = query;
  if (format === "json") {
    const page = await listMyAnnotationsPage(user.id, filters, {
      limit,
      after: decodeCursor(cursor, noteCursorSchema),
    });
    return { data: page.data, nextCursor: page.nextCursor };
  }
  // The Markdown export is one file of the 1,000 newest notes, not a page.
  const annotations = await listMyAnnotations(user.id, filters);
  return new Response(annotationsToMarkdown(annotations, new Date()), {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": 'attachment; filename="my-notes.md"',
    },
  });
});
