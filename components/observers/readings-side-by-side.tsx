import Link from "next/link";
import { SeeOnScan } from "@/components/images/scan-view";
import type { Comparison } from "@/lib/observers/types";
import { ReadingDetails } from "./reading-details";

/**
 * The texts side by side: the source's own passages first, then each observer's reading with
 * the phrases it quoted marked in the passage they come from.
 */
export function ReadingsSideBySide(props: {
  comparison: Comparison;
  projectId: string;
  /** Per reading: its distance from the source in words. */
  distances: Record<string, string>;
  editableReadingIds: string[];
}) {
  const { comparison, projectId } = props;
  const observerName = new Map(comparison.observers.map((observer) => [observer.id, observer.name]));
  const quotedBy = (passageId: string) => [
    ...new Set(
      comparison.readings
        .filter((reading) => reading.phrases.some((phrase) => phrase.passage?.id === passageId))
        .map((reading) => observerName.get(reading.observerId)),
    ),
  ];

  return (
    <div className="flex gap-4 overflow-x-auto pb-3">
      <article
        aria-labelledby="side-source"
        className="w-80 shrink-0 rounded-lg border border-accent/30 bg-accent-soft/40 p-4"
      >
        <h3 id="side-source" className="font-serif text-lg">
          The source
        </h3>
        <p className="text-xs text-stone-500">{comparison.source.date.text ?? "undated"}</p>
        {comparison.passages.length === 0 && (
          <p className="mt-3 text-sm text-stone-500">No passage of it is transcribed yet.</p>
        )}
        <ol className="mt-3 space-y-4">
          {comparison.passages.map((passage) => {
            const readers = quotedBy(passage.id);
            return (
              <li key={passage.id} className="space-y-2">
                <blockquote
                  lang={passage.language ?? undefined}
                  className="whitespace-pre-line font-serif text-sm leading-relaxed"
                >
                  {passage.text}
                </blockquote>
                {passage.translations.map((translation, index) => (
                  <blockquote
                    key={index}
                    lang={translation.language}
                    className="whitespace-pre-line border-l-2 border-stone-300 pl-3 font-serif text-sm leading-relaxed text-stone-600"
                  >
                    {translation.text}
                  </blockquote>
                ))}
                <p className="text-xs text-stone-500">
                  {passage.locator && `${passage.locator} · `}
                  {readers.length ? `Quoted by ${readers.join(", ")}` : "Quoted by no reading recorded here"}
                </p>
                <SeeOnScan places={passage.scans ?? []} context={passage.text.slice(0, 80)} />
              </li>
            );
          })}
        </ol>
      </article>
      {comparison.readings.map((reading) => (
        <article
          key={reading.id}
          id={`reading-${reading.id}`}
          aria-labelledby={`side-${reading.id}`}
          className="w-80 shrink-0 rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
        >
          <h3 id={`side-${reading.id}`} className="font-serif text-lg">
            <Link
              href={`/projects/${projectId}/observers/${reading.observerId}`}
              className="hover:text-accent"
            >
              {observerName.get(reading.observerId)}
            </Link>
          </h3>
          <p className="mb-3 text-xs text-stone-500">
            {reading.readAt.text ?? "undated"}
            {props.distances[reading.id] && ` · ${props.distances[reading.id]}`}
          </p>
          <ReadingDetails reading={reading} projectId={projectId} />
          {props.editableReadingIds.includes(reading.id) && (
            <Link
              href={`/projects/${projectId}/observers/readings/${reading.id}/edit`}
              className="mt-3 inline-block text-sm text-accent hover:underline"
            >
              Edit reading
            </Link>
          )}
        </article>
      ))}
    </div>
  );
}
