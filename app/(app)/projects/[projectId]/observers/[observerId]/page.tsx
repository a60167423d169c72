import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnnotationThreads } from "@/components/annotations/annotation-threads";
import { HistoryList } from "@/components/history/history-list";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { DeleteObserverButton } from "@/components/observers/delete-observer-button";
import { DeleteReadingButton } from "@/components/observers/delete-reading-button";
import { ReadingDetails } from "@/components/observers/reading-details";
import { Pager } from "@/components/ui/pager";
import { notesContextFor } from "@/lib/annotations/context";
import { listAnnotationThreads } from "@/lib/annotations/data";
import { pageCursor } from "@/lib/api/pagination";
import { listEntityHistory } from "@/lib/history/data";
import { getObserverDetail, OBSERVER_READINGS_PAGE } from "@/lib/observers/data";
import { OBSERVER_KIND_LABEL, observerReadingCursorSchema } from "@/lib/observers/schema";
import { projectAccessForPage } from "@/lib/projects/page-access";
import { canModify } from "@/lib/projects/permissions";
import { roleAtLeast } from "@/lib/projects/roles";

export const metadata: Metadata = { title: "Observer" };

export default async function ObserverPage(props: {
  params: Promise<{ projectId: string; observerId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { projectId, observerId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  const { readings: readingCursor } = await props.searchParams;
  const readingsAfter = pageCursor(readingCursor, observerReadingCursorSchema);
  const [observer, history] = await Promise.all([
    getObserverDetail(access, observerId, { limit: OBSERVER_READINGS_PAGE, after: readingsAfter }),
    listEntityHistory(access, "observer", observerId),
  ]);
  if (!observer) notFound();
  // The notes of the readings on this page only.
  const readingNotes = await listAnnotationThreads(
    access,
    "reading",
    observer.readings.map((reading) => reading.id),
  );
  const notesContext = notesContextFor(access);
  const base = `/projects/${projectId}/observers`;
  const active =
    observer.activeFrom || observer.activeTo
      ? `${observer.activeFrom ?? "?"}–${observer.activeTo ?? ""}`
      : null;

  return (
    <>
      <Breadcrumbs items={[{ label: "Observers", href: base }, { label: observer.name }]} />
      <header className="max-w-4xl">
        <div className="flex flex-wrap items-center gap-3 text-sm text-stone-500">
          <span>{OBSERVER_KIND_LABEL[observer.kind]}</span>
          {active && <span>active {active}</span>}
          {canModify(access, observer) && (
            <span className="ml-auto flex items-center gap-1">
              <Link
                href={`${base}/${observerId}/edit`}
                className="rounded px-3 py-1.5 text-sm text-stone-600 hover:bg-stone-100"
              >
                Edit
              </Link>
              <DeleteObserverButton
                projectId={projectId}
                observerId={observerId}
                name={observer.name}
                readings={observer.readingCount}
                answers={observer.answerCount}
              />
            </span>
          )}
        </div>
        <h1 className="mt-2 font-serif text-3xl">{observer.name}</h1>
        {observer.affiliation && (
          <p className="mt-2 text-stone-700">
            Part of{" "}
            <Link href={`${base}/${observer.affiliation.id}`} className="text-accent hover:underline">
              {observer.affiliation.name}
            </Link>
          </p>
        )}
        {observer.members.length > 0 && (
          <p className="mt-1 text-sm text-stone-600">
            Includes{" "}
            {observer.members.map((member, index) => (
              <span key={member.id}>
                {index > 0 && ", "}
                <Link href={`${base}/${member.id}`} className="hover:text-accent">
                  {member.name}
                </Link>
              </span>
            ))}
            {observer.memberCount > observer.members.length &&
              ` and ${observer.memberCount - observer.members.length} more`}
          </p>
        )}
        {observer.note && <p className="mt-4 whitespace-pre-line text-stone-700">{observer.note}</p>}
      </header>

      <section className="mt-10 max-w-4xl" aria-labelledby="readings-heading">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="readings-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
            Readings <span className="text-stone-400">({observer.readingCount})</span>
          </h2>
          {roleAtLeast(access.role, "contributor") && (
            <Link
              href={`${base}/readings/new?observerId=${observerId}`}
              className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-50"
            >
              + Add a reading
            </Link>
          )}
        </div>
        {observer.readingCount === 0 && (
          <p className="mt-3 text-sm text-stone-500">No readings recorded for this observer yet.</p>
        )}
        {readingsAfter && (
          <p className="mt-2 text-sm text-stone-500">
            Later readings.{" "}
            <Link href={`${base}/${observerId}#readings-heading`} className="text-accent underline">
              Back to the first ones
            </Link>
          </p>
        )}
        <ol className="mt-3 space-y-4">
          {observer.readings.map((reading) => (
            <li key={reading.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
              <h3 className="mb-3 flex flex-wrap items-baseline gap-x-3">
                <span className="text-sm font-medium text-stone-500">{reading.readAt.text ?? "Undated"}</span>
                <span>
                  <span className="text-sm text-stone-500">read </span>
                  <Link
                    href={`/projects/${projectId}/sources/${reading.source.id}`}
                    className="font-serif text-lg hover:text-accent"
                  >
                    {reading.source.shortCitation}
                  </Link>
                </span>
              </h3>
              <ReadingDetails reading={reading} projectId={projectId} />
              <details className="mt-3 text-sm" open={(readingNotes.get(reading.id) ?? []).length > 0}>
                <summary className="cursor-pointer text-stone-600 hover:text-accent">
                  Notes ({(readingNotes.get(reading.id) ?? []).length})
                </summary>
                <div className="mt-2">
                  <AnnotationThreads
                    context={notesContext}
                    target={{ kind: "reading", id: reading.id }}
                    threads={readingNotes.get(reading.id) ?? []}
                    heading="Notes on this reading"
                  />
                </div>
              </details>
              <div className="mt-3 flex flex-wrap items-center gap-1">
                <Link
                  href={`/projects/${projectId}/sources/${reading.source.id}/comparison#reading-${reading.id}`}
                  className="rounded px-3 py-1.5 text-sm text-accent hover:bg-stone-100"
                >
                  Compare with other readings →
                </Link>
                {canModify(access, reading) && (
                  <>
                    <Link
                      href={`${base}/readings/${reading.id}/edit`}
                      className="rounded px-3 py-1.5 text-sm text-stone-600 hover:bg-stone-100"
                    >
                      Edit
                    </Link>
                    <DeleteReadingButton
                      readingId={reading.id}
                      description={`this reading of ${reading.source.shortCitation}`}
                    />
                  </>
                )}
              </div>
            </li>
          ))}
        </ol>
        <Pager
          label="Pages of readings"
          previousHref={null}
          nextHref={
            observer.readingsNextCursor &&
            `${base}/${observerId}?${new URLSearchParams({ readings: observer.readingsNextCursor })}#readings-heading`
          }
        />
      </section>

      <section className="mt-12 max-w-4xl" aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
          History
        </h2>
        <HistoryList entries={history} />
      </section>
    </>
  );
}
