import { listMyAnnotations } from "@/lib/annotations/data";
import { annotationsToMarkdown } from "@/lib/annotations/markdown-export";
import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute(endpoints.listMyAnnotations, async ({ user, query }) => {
  const { format, ...filters } = query;
  const annotations = await listMyAnnotations(user.id, filters);
  if (format === "json") return annotations;
  return new Response(annotationsToMarkdown(annotations, new Date()), {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": 'attachment; filename="my-notes.md"',
    },
  });
});
