import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { SourceForm } from "@/components/sources/source-form";
import { projectAccessForPage } from "@/lib/projects/page-access";
import { roleAtLeast } from "@/lib/projects/roles";

export const metadata: Metadata = { title: "New source" };

export default async function NewSourcePage(props: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");

  return (
    <>
      <Breadcrumbs
        items={[{ label: "Sources", href: `/projects/${projectId}/sources` }, { label: "New source" }]}
      />
      <h1 className="font-serif text-3xl">New source</h1>
      <div className="mt-6">
        {roleAtLeast(access.role, "contributor") ? (
          <SourceForm projectId={projectId} />
        ) : (
          <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">
            Viewers cannot add sources; ask an owner of the project for the contributor role.
          </p>
        )}
      </div>
    </>
  );
}
