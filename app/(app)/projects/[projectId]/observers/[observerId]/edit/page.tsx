import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ObserverForm } from "@/components/observers/observer-form";
import { getObserverDetail, listObserverOptions } from "@/lib/observers/data";
import { projectAccessForPage } from "@/lib/projects/page-access";
import { canModify } from "@/lib/projects/permissions";

export const metadata: Metadata = { title: "Edit observer" };

export default async function EditObserverPage(props: {
  params: Promise<{ projectId: string; observerId: string }>;
}) {
  const { projectId, observerId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "contributor");
  const [observer, options] = await Promise.all([
    getObserverDetail(access, observerId),
    listObserverOptions(access),
  ]);
  if (!observer) notFound();
  if (!canModify(access, observer)) forbidden();
  const base = `/projects/${projectId}/observers`;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Observers", href: base },
          { label: observer.name, href: `${base}/${observerId}` },
          { label: "Edit" },
        ]}
      />
      <h1 className="mb-6 font-serif text-3xl">Edit {observer.name}</h1>
      <ObserverForm
        mode="edit"
        projectId={projectId}
        observerId={observerId}
        version={observer.version}
        affiliations={options.filter((option) => option.id !== observerId)}
        initial={{
          name: observer.name,
          kind: observer.kind,
          activeFrom: observer.activeFrom?.toString() ?? "",
          activeTo: observer.activeTo?.toString() ?? "",
          affiliationId: observer.affiliationId ?? "",
          note: observer.note ?? "",
        }}
      />
    </>
  );
}
