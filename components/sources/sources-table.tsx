"use client";

import { Badge } from "@/components/ui/badge";
import { useRowNavigation } from "@/components/ui/use-row-navigation";
import { SOURCE_KIND_INFO } from "@/lib/sources/kinds";
import type { SourceReference } from "@/lib/sources/types";

export interface SourceListItem extends SourceReference {
  counts: { passages: number; evidence: number };
}

/**
 * The sources of a project. Keyboard: ↑/↓ (or k/j) move between rows, Enter opens the source.
 */
export function SourcesTable({
  sources,
  sourceHref,
  selected,
  onToggle,
}: {
  sources: SourceListItem[];
  sourceHref: string;
  /** Selection mode (to export some sources): the ticked ids, and what a tick does. */
  selected?: ReadonlySet<string>;
  onToggle?: (id: string) => void;
}) {
  const rowProps = useRowNavigation(sources.map((source) => `${sourceHref}/${source.id}`));
  const selecting = selected !== undefined && onToggle !== undefined;

  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">
        Sources. Use the arrow keys to move between rows and Enter to open one.
      </caption>
      <thead>
        <tr className="border-b border-stone-300 text-xs uppercase tracking-wide text-stone-500">
          {selecting && (
            <th scope="col" className="w-8 py-2 pr-2 font-medium">
              <span className="sr-only">Select</span>
            </th>
          )}
          <th scope="col" className="py-2 pr-3 font-medium">
            Source
          </th>
          <th scope="col" className="w-44 py-2 pr-3 font-medium">
            Kind
          </th>
          <th scope="col" className="w-36 py-2 pr-3 font-medium">
            Date
          </th>
          <th scope="col" className="w-20 py-2 pr-3 text-right font-medium">
            Passages
          </th>
          <th scope="col" className="w-20 py-2 pr-3 text-right font-medium">
            Evidence
          </th>
          <th scope="col" className="w-24 py-2 font-medium">
            <span className="sr-only">Archival</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sources.map((source, index) => (
          <tr
            key={source.id}
            {...rowProps(index)}
            className="cursor-pointer border-b border-stone-200 align-top hover:bg-white focus:bg-accent-soft/60"
          >
            {selecting && (
              <td className="py-3 pr-2">
                <input
                  type="checkbox"
                  aria-label={`Select ${source.title}`}
                  checked={selected.has(source.id)}
                  onClick={(event) => event.stopPropagation()}
                  onKeyDown={(event) => event.stopPropagation()}
                  onChange={() => onToggle(source.id)}
                />
              </td>
            )}
            <td className="py-3 pr-3">
              <a
                href={`${sourceHref}/${source.id}`}
                tabIndex={-1}
                className="font-serif text-[1.05rem] leading-snug hover:text-accent"
              >
                {source.shortCitation}
              </a>
            </td>
            <td className="py-3 pr-3 text-sm text-stone-600">{SOURCE_KIND_INFO[source.kind].label}</td>
            <td className="py-3 pr-3 text-sm text-stone-600">
              {source.issued ?? <span className="text-stone-400">undated</span>}
            </td>
            <td className="py-3 pr-3 text-right text-sm tabular-nums">
              <Count value={source.counts.passages} noun="passages" />
            </td>
            <td className="py-3 pr-3 text-right text-sm tabular-nums">
              <Count value={source.counts.evidence} noun="evidence links" />
            </td>
            <td className="py-3 text-sm">
              {source.archival && (
                <span title={source.archiveLocation ?? undefined}>
                  <Badge tone="amber">archival</Badge>
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Count({ value, noun }: { value: number; noun: string }) {
  return (
    <span className={value === 0 ? "text-stone-400" : "text-stone-700"}>
      {value}
      <span className="sr-only"> {noun}</span>
    </span>
  );
}
