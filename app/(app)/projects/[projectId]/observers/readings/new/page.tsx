import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ReadingForm } from "@/components/observers/reading-form";
import { getReadingFormOptions } from "@/lib/observers/data";
import { projectAccessForPage } from "@/lib/projects/page-access";

export const metadata: Metadata = { title: "New reading" };

export default async function NewReadingPage(props: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { projectId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "contributor");
  const { observerId, sourceId } = await props.searchParams;
  const options = await getReadingFormOptions(access, typeof sourceId === "string" ? [sourceId] : []);
  // Preselect only what the project has: the form offers nothing else.
  const known = (id: unknown, list: { id: string }[]) =>
    typeof id === "string" && list.some((item) => item.id === id) ? id : "";
  return (
    <>
      <Breadcrumbs
        items={[{ label: "Observers", href: `/projects/${projectId}/observers` }, { label: "New reading" }]}
      />
      <h1 className="mb-2 font-serif text-3xl">New reading</h1>
      <p className="mb-6 max-w-3xl text-sm text-stone-600">
        How an observer read a source: when, what they concluded, what they quoted, and the text of theirs
        that shows it.
      </p>
      <ReadingForm
        mode="create"
        projectId={projectId}
        {...options}
        initial={{
          observerId: known(observerId, options.observers),
          sourceId: known(sourceId, options.sources),
          readAt: "",
          summary: "",
          documentingSourceId: "",
          documentingLocator: "",
          phrases: [],
          claimStances: [],
        }}
      />
    </>
  );
}
