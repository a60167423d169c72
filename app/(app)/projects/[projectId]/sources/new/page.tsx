import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { SourceForm } from "@/components/sources/source-form";
import { projectAccessForPage } from "@/lib/projects/page-access";

export const metadata: Metadata = { title: "New source" };

export default async function NewSourcePage(props: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await props.params;
  await projectAccessForPage(projectId, "contributor");

  return (
    <>
      <Breadcrumbs
        items={[{ label: "Sources", href: `/projects/${projectId}/sources` }, { label: "New source" }]}
      />
      <h1 className="font-serif text-3xl">New source</h1>
      <div className="mt-6">
        <SourceForm projectId={projectId} />
      </div>
    </>
  );
}
