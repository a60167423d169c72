import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ComparisonMatrix } from "@/components/observers/comparison-matrix";
import { ReadingTimeline } from "@/components/observers/reading-timeline";
import { ReadingsSideBySide } from "@/components/observers/readings-side-by-side";
import { leftOutOf } from "@/lib/observers/comparison-export";
import { getComparison, listCitationOptions } from "@/lib/observers/data";
import { placeReadings } from "@/lib/observers/timeline";
import { projectAccessForPage } from "@/lib/projects/page-access";
import { canModify } from "@/lib/projects/permissions";
import { roleAtLeast } from "@/lib/projects/roles";

export const metadata: Metadata = { title: "Compare readings" };

export default async function ComparisonPage(props: {
  params: Promise<{ projectId: string; sourceId: string }>;
}) {
  const { projectId, sourceId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  const comparison = await getComparison(access, sourceId);
  if (!comparison) notFound();
  const canAdd = roleAtLeast(access.role, "contributor");
  const citationSources = canAdd ? await listCitationOptions(access) : [];
  const { source, readings, observers } = comparison;
  const timeline = placeReadings(
    source.date,
    readings.map((reading) => ({ id: reading.id, start: reading.readAt.start, end: reading.readAt.end })),
  );
  const distances = Object.fromEntries(timeline.readings.map((reading) => [reading.id, reading.distance]));
  const observerName = new Map(observers.map((observer) => [observer.id, observer.name]));
  const sourcePath = `/projects/${projectId}/sources/${sourceId}`;
  const exportPath = `${sourcePath}/comparison/export`;
  const leftOut = leftOutOf(comparison);
  if (comparison.totals.passages > comparison.passages.length) {
    leftOut.push(
      `The source has ${comparison.totals.passages} passages: the first ${comparison.passages.length} are shown beside the readings, and all on the source's page.`,
    );
  }

  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Sources", href: `/projects/${projectId}/sources` },
          { label: source.title, href: sourcePath },
          { label: "Compare readings" },
        ]}
      />
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className="font-serif text-3xl">How observers read it</h1>
          <p className="mt-2 font-serif text-lg text-stone-700">
            <Link href={sourcePath} className="hover:text-accent">
              {source.shortCitation}
            </Link>
          </p>
          <p className="mt-1 text-sm text-stone-600">
            {readings.length} reading{readings.length === 1 ? "" : "s"} by {observers.length} observer
            {observers.length === 1 ? "" : "s"}
          </p>
          {leftOut.map((text) => (
            <p key={text} role="note" className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {text}
            </p>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {canAdd && (
            <Link
              href={`/projects/${projectId}/observers/readings/new?sourceId=${sourceId}`}
              className="rounded border border-stone-300 bg-white px-3 py-1.5 font-medium hover:bg-stone-50"
            >
              + Add a reading
            </Link>
          )}
          <a
            href={`${exportPath}?format=csv`}
            className="rounded px-3 py-1.5 text-accent hover:bg-stone-100"
            download
          >
            Export CSV
          </a>
          <a
            href={`${exportPath}?format=html`}
            className="rounded px-3 py-1.5 text-accent hover:bg-stone-100"
            target="_blank"
            rel="noopener"
          >
            Table with Chicago notes
          </a>
        </div>
      </header>

      <section className="mt-8" aria-labelledby="matrix-heading">
        <h2 id="matrix-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
          The observers side by side
        </h2>
        {observers.length === 0 ? (
          <p className="mt-3 rounded border border-dashed border-stone-300 p-6 text-sm text-stone-500">
            No one's reading of this source is recorded yet. Add a reading: who read it, when, and what they
            made of it.
          </p>
        ) : (
          <div className="mt-2">
            <ComparisonMatrix
              projectId={projectId}
              sourceId={sourceId}
              observers={observers}
              questions={comparison.questions}
              answers={comparison.answers}
              readings={readings.map((reading) => ({
                id: reading.id,
                observerId: reading.observerId,
                readAt: reading.readAt.text,
                documentingSourceId: reading.documentation?.source.id ?? null,
                documentingLocator: reading.documentation?.locator ?? null,
              }))}
              citationSources={citationSources}
              canAdd={canAdd}
              editableQuestionIds={comparison.questions
                .filter((question) => canModify(access, question))
                .map((question) => question.id)}
              editableAnswerIds={comparison.answers
                .filter((answer) => canModify(access, answer))
                .map((answer) => answer.id)}
            />
          </div>
        )}
      </section>

      {readings.length > 0 && (
        <>
          <section className="mt-12" aria-labelledby="timeline-heading">
            <h2
              id="timeline-heading"
              className="text-sm font-semibold uppercase tracking-wide text-stone-500"
            >
              When they read it
            </h2>
            <div className="mt-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
              <ReadingTimeline
                timeline={timeline}
                source={{ date: source.date.text }}
                rows={readings.map((reading) => ({
                  id: reading.id,
                  label: observerName.get(reading.observerId) ?? "",
                  date: reading.readAt.text,
                }))}
              />
            </div>
          </section>

          <section className="mt-12" aria-labelledby="texts-heading">
            <h2 id="texts-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
              The readings side by side
            </h2>
            <div className="mt-3">
              <ReadingsSideBySide
                comparison={comparison}
                projectId={projectId}
                distances={distances}
                editableReadingIds={readings.filter((reading) => canModify(access, reading)).map((r) => r.id)}
              />
            </div>
          </section>
        </>
      )}
    </>
  );
}
