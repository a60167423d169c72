import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ReadingMatrixTable } from "@/components/observers/reading-matrix-table";
import { getReadingMatrix } from "@/lib/observers/data";
import { projectAccessForPage } from "@/lib/projects/page-access";

export const metadata: Metadata = { title: "Who read what" };

export default async function ReadingMatrixPage(props: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  const matrix = await getReadingMatrix(access);
  return (
    <>
      <Breadcrumbs
        items={[{ label: "Observers", href: `/projects/${projectId}/observers` }, { label: "Who read what" }]}
      />
      <h1 className="font-serif text-3xl">Who read what, and when</h1>
      <p className="mt-2 max-w-3xl text-sm text-stone-600">
        Each observer against each source that has been read. A date opens the comparison of that source's
        readings.
      </p>
      <div className="mt-6">
        <ReadingMatrixTable matrix={matrix} projectId={projectId} />
      </div>
    </>
  );
}
