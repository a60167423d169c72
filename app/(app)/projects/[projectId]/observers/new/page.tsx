import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ObserverForm } from "@/components/observers/observer-form";
import { listObserverOptions } from "@/lib/observers/data";
import { projectAccessForPage } from "@/lib/projects/page-access";

export const metadata: Metadata = { title: "New observer" };

export default async function NewObserverPage(props: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "contributor");
  const affiliations = await listObserverOptions(access);
  return (
    <>
      <Breadcrumbs
        items={[{ label: "Observers", href: `/projects/${projectId}/observers` }, { label: "New observer" }]}
      />
      <h1 className="mb-6 font-serif text-3xl">New observer</h1>
      <ObserverForm mode="create" projectId={projectId} affiliations={affiliations} />
    </>
  );
}
