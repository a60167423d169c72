import type { ReactNode } from "react";
import type { Timeline } from "@/lib/observers/timeline";

interface TimelineRow {
  id: string;
  label: string;
  date: string | null;
}

const RELATION_COLOUR = {
  before: "bg-sky-700",
  during: "bg-accent",
  after: "bg-stone-600",
  undated: "bg-stone-300",
} as const;

/**
 * Each reading against the date of the source: one row per reading on a shared axis, the source's
 * date as a shaded band through all rows. The rows say in words what the bars show.
 */
export function ReadingTimeline(props: {
  timeline: Timeline;
  source: { date: string | null };
  rows: TimelineRow[];
}) {
  const { timeline } = props;
  const placed = new Map(timeline.readings.map((reading) => [reading.id, reading]));
  const band = timeline.source;
  const track = (children: ReactNode) => (
    <div className="relative h-7" aria-hidden="true">
      <div className="absolute inset-x-0 top-1/2 border-t border-stone-200" />
      {band && (
        <div
          className="absolute inset-y-0 bg-accent-soft"
          style={{ left: `${band.offset}%`, width: `max(${band.width}%, 3px)` }}
        />
      )}
      {children}
    </div>
  );

  return (
    <figure>
      <ol className="space-y-1">
        <li className="grid grid-cols-[minmax(8rem,14rem)_minmax(0,1fr)] items-center gap-3">
          <span className="text-sm font-medium text-stone-800">
            The source
            <span className="block text-xs font-normal text-stone-500">{props.source.date ?? "undated"}</span>
          </span>
          {track(
            band && (
              <div
                className="absolute top-1 bottom-1 rounded-sm bg-accent/60"
                style={{ left: `${band.offset}%`, width: `max(${band.width}%, 6px)` }}
              />
            ),
          )}
        </li>
        {props.rows.map((row) => {
          const reading = placed.get(row.id);
          return (
            <li key={row.id} className="grid grid-cols-[minmax(8rem,14rem)_minmax(0,1fr)] items-center gap-3">
              <span className="text-sm text-stone-800">
                {row.label}
                <span className="block text-xs text-stone-500">
                  {row.date ?? "undated"}
                  {reading && ` · ${reading.distance}`}
                </span>
              </span>
              {track(
                reading && reading.offset !== null && (
                  <div
                    className={`absolute top-1.5 bottom-1.5 rounded-full ${RELATION_COLOUR[reading.relation]}`}
                    style={{ left: `${reading.offset}%`, width: `max(${reading.width}%, 8px)` }}
                  />
                ),
              )}
            </li>
          );
        })}
        <li className="grid grid-cols-[minmax(8rem,14rem)_minmax(0,1fr)] gap-3" aria-hidden="true">
          <span />
          <div className="relative h-5 border-t border-stone-300 text-xs text-stone-500">
            {timeline.ticks.map((tick) => (
              <span
                key={tick.label}
                className="absolute top-1 -translate-x-1/2 whitespace-nowrap"
                style={{ left: `${tick.offset}%` }}
              >
                {tick.label}
              </span>
            ))}
          </div>
        </li>
      </ol>
      <figcaption className="mt-2 text-xs text-stone-500">
        {`The shaded band is the source's date${props.source.date ? ` (${props.source.date})` : ", unknown"}; each bar spans what a reading's date can mean (a month, a year).`}
      </figcaption>
    </figure>
  );
}
