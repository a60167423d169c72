import Link from "next/link";
import type { ReadingMatrix } from "@/lib/observers/data";
import { OBSERVER_KIND_LABEL } from "@/lib/observers/schema";

/** Who read what, and when: observers down the side, the sources they read across the top. */
export function ReadingMatrixTable({ matrix, projectId }: { matrix: ReadingMatrix; projectId: string }) {
  const base = `/projects/${projectId}`;
  const cells = new Map<string, ReadingMatrix["readings"]>();
  for (const reading of matrix.readings) {
    const key = `${reading.observerId}|${reading.sourceId}`;
    cells.set(key, [...(cells.get(key) ?? []), reading]);
  }
  const cell = (observerId: string, sourceId: string) => cells.get(`${observerId}|${sourceId}`) ?? [];

  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white shadow-sm">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">
          Observers by sources: each cell lists when the observer read the source, linking to the comparison.
        </caption>
        <thead>
          <tr className="border-b border-stone-300 align-bottom">
            <th scope="col" className="px-3 py-2 text-xs font-medium uppercase tracking-wide text-stone-500">
              Observer
            </th>
            {matrix.sources.map((source) => (
              <th key={source.id} scope="col" className="min-w-40 px-3 py-2 font-normal">
                <Link
                  href={`${base}/sources/${source.id}/comparison`}
                  className="font-serif text-stone-800 hover:text-accent"
                >
                  {source.shortCitation}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.observers.map((observer) => (
            <tr key={observer.id} className="border-b border-stone-200 align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                <Link
                  href={`${base}/observers/${observer.id}`}
                  className="font-medium text-ink hover:text-accent"
                >
                  {observer.name}
                </Link>
                <span className="block text-xs text-stone-500">{OBSERVER_KIND_LABEL[observer.kind]}</span>
              </th>
              {matrix.sources.map((source) => {
                const readings = cell(observer.id, source.id);
                return (
                  <td key={source.id} className="px-3 py-2">
                    {readings.length === 0 ? (
                      <span className="text-stone-300">
                        —<span className="sr-only">not read</span>
                      </span>
                    ) : (
                      <ul className="space-y-1">
                        {readings.map((reading) => (
                          <li key={reading.id}>
                            <Link
                              href={`${base}/sources/${source.id}/comparison#reading-${reading.id}`}
                              className="text-accent hover:underline"
                              title={reading.summary}
                            >
                              {reading.readAt ?? "read, undated"}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {matrix.sources.length === 0 && <p className="p-4 text-sm text-stone-500">No readings recorded yet.</p>}
    </div>
  );
}
