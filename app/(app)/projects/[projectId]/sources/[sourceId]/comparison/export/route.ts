import { z } from "zod";
import { authenticateRequest } from "@/lib/auth/session";
import { AppError, toAppError } from "@/lib/errors/app-error";
import { comparisonCsv, comparisonHtml, exportFileName } from "@/lib/observers/comparison-export";
import { getComparison } from "@/lib/observers/data";
import { requireProjectAccess } from "@/lib/projects/access";

const formatSchema = z.enum(["csv", "html"]);

/**
 * A comparison as a file: ?format=csv for a spreadsheet, ?format=html for a formatted table with
 * a Chicago note for each reading's documenting source. Members only, like the page.
 */
export async function GET(
  request: Request,
  context: { params: Promise<{ projectId: string; sourceId: string }> },
): Promise<Response> {
  const { projectId, sourceId } = await context.params;
  const url = new URL(request.url);
  const auth = await authenticateRequest(request);
  if (!auth) {
    const back = `${url.pathname}${url.search}`;
    return Response.redirect(new URL(`/sign-in?callbackUrl=${encodeURIComponent(back)}`, url), 303);
  }
  try {
    const format = formatSchema.safeParse(url.searchParams.get("format") ?? "csv");
    if (!format.success) throw new AppError("INVALID_INPUT", "Ask for format=csv or format=html.");
    const access = await requireProjectAccess(auth.user.id, projectId, "viewer");
    const comparison = await getComparison(access, sourceId);
    if (!comparison) throw new AppError("NOT_FOUND", "Source not found.");
    const fileName = exportFileName(comparison.source, format.data);
    const disposition = `filename="${fileName.ascii}"; filename*=UTF-8''${encodeURIComponent(fileName.utf8)}`;
    return format.data === "csv"
      ? new Response(comparisonCsv(comparison), {
          headers: {
            "content-type": "text/csv; charset=utf-8",
            "content-disposition": `attachment; ${disposition}`,
            "cache-control": "private, no-store",
          },
        })
      : new Response(comparisonHtml(comparison), {
          headers: {
            "content-type": "text/html; charset=utf-8",
            "content-disposition": `inline; ${disposition}`,
            // A document of its own: its styles inline, nothing to run, nothing to fetch.
            "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
            "cache-control": "private, no-store",
          },
        });
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") console.error(error);
    return new Response(appError.message, {
      status: appError.status,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}
