import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ReadingMatrixTable } from "@/components/observers/reading-matrix-table";
import { Pager } from "@/components/ui/pager";
import { pageCursor } from "@/lib/api/pagination";
import { getReadingMatrix, MATRIX_READINGS_LIMIT, MATRIX_SOURCES_PAGE } from "@/lib/observers/data";
import { matrixSourceCursorSchema } from "@/lib/observers/schema";
import { projectAccessForPage } from "@/lib/projects/page-access";

export const metadata: Metadata = { title: "Who read what" };

export default async function ReadingMatrixPage(props: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { projectId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  const { sources: sourceCursor } = await props.searchParams;
  const after = pageCursor(sourceCursor, matrixSourceCursorSchema);
  const matrix = await getReadingMatrix(access, { limit: MATRIX_SOURCES_PAGE, after });
  const base = `/projects/${projectId}/observers/matrix`;
  return (
    <>
      <Breadcrumbs
        items={[{ label: "Observers", href: `/projects/${projectId}/observers` }, { label: "Who read what" }]}
      />
      <h1 className="font-serif text-3xl">Who read what, and when</h1>
      <p className="mt-2 max-w-3xl text-sm text-stone-600">
        The sources that have been read, {MATRIX_SOURCES_PAGE} at a time in date order, against each observer
        who read one of them. A date opens the comparison of that source's readings.
      </p>
      {after && (
        <p className="mt-2 text-sm text-stone-500">
          Later sources.{" "}
          <Link href={base} className="text-accent underline">
            Back to the first ones
          </Link>
        </p>
      )}
      {matrix.readingsLeftOut && (
        <p role="note" className="mt-2 max-w-3xl rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          These sources have more than {MATRIX_READINGS_LIMIT.toLocaleString("en")} readings: only the first{" "}
          {MATRIX_READINGS_LIMIT.toLocaleString("en")} in date order are shown. Each source's comparison lists
          its readings.
        </p>
      )}
      <div className="mt-6">
        <ReadingMatrixTable matrix={matrix} projectId={projectId} />
      </div>
      <Pager
        label="Pages of sources"
        previousHref={null}
        nextHref={matrix.nextCursor && `${base}?${new URLSearchParams({ sources: matrix.nextCursor })}`}
      />
    </>
  );
}
