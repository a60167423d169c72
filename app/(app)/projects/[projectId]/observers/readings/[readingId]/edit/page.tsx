import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ReadingForm } from "@/components/observers/reading-form";
import { formatEdtf } from "@/lib/dates/edtf";
import { getReading, getReadingFormOptions } from "@/lib/observers/data";
import { projectAccessForPage } from "@/lib/projects/page-access";
import { canModify } from "@/lib/projects/permissions";

export const metadata: Metadata = { title: "Edit reading" };

export default async function EditReadingPage(props: {
  params: Promise<{ projectId: string; readingId: string }>;
}) {
  const { projectId, readingId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "contributor");
  const reading = await getReading(access, readingId);
  if (!reading) notFound();
  if (!canModify(access, reading)) forbidden();
  const options = await getReadingFormOptions(
    access,
    [reading.sourceId, reading.documentingSourceId].filter((id) => id !== null),
  );
  const observer = options.observers.find((item) => item.id === reading.observerId);
  const base = `/projects/${projectId}/observers`;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Observers", href: base },
          { label: observer?.name ?? "Observer", href: `${base}/${reading.observerId}` },
          { label: "Edit reading" },
        ]}
      />
      <h1 className="mb-6 font-serif text-3xl">Edit reading</h1>
      <ReadingForm
        mode="edit"
        projectId={projectId}
        readingId={readingId}
        version={reading.version}
        {...options}
        initial={{
          observerId: reading.observerId,
          sourceId: reading.sourceId,
          readAt: reading.readAtEdtf ? formatEdtf(reading.readAtEdtf) : "",
          summary: reading.summary,
          documentingSourceId: reading.documentingSourceId ?? "",
          documentingLocator: reading.documentingLocator ?? "",
          phrases: reading.phrases.map(({ text, passageId }) => ({ text, passageId })),
          claimStances: reading.claimStances.map(({ claimId, stance, note }) => ({ claimId, stance, note })),
        }}
      />
    </>
  );
}
