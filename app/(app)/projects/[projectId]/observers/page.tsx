import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { pageCursor } from "@/lib/api/pagination";
import { listObservers } from "@/lib/observers/data";
import { OBSERVER_KIND_LABEL } from "@/lib/observers/schema";
import { projectAccessForPage } from "@/lib/projects/page-access";
import { roleAtLeast } from "@/lib/projects/roles";

export const metadata: Metadata = { title: "Observers" };

const cursorSchema = z.object({ key: z.string(), id: z.string() });

function years(from: number | null, to: number | null) {
  if (!from && !to) return null;
  return `${from ?? "?"}–${to ?? ""}`;
}

export default async function ObserversPage(props: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { projectId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  const { cursor } = await props.searchParams;
  const after = pageCursor(cursor, cursorSchema);
  const page = await listObservers(access, { limit: 100, after });
  const base = `/projects/${projectId}/observers`;
  const canAdd = roleAtLeast(access.role, "contributor");

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl">Observers</h1>
        <div className="flex items-center gap-2">
          <Link
            href={`${base}/matrix`}
            className="rounded px-3 py-1.5 text-sm text-accent hover:bg-stone-100"
          >
            Who read what →
          </Link>
          {canAdd && (
            <>
              <Link
                href={`${base}/readings/new`}
                className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-50"
              >
                New reading
              </Link>
              <Link
                href={`${base}/new`}
                className="inline-flex items-center rounded bg-accent px-3 py-1.5 text-sm font-medium text-white hover:bg-accent/90"
              >
                New observer
              </Link>
            </>
          )}
        </div>
      </div>
      <p className="mt-2 max-w-3xl text-sm text-stone-600">
        The people and institutions who read your sources, then or later: newspapers, embassies, ministry
        departments, intelligence services, party bodies, historians.
      </p>

      {page.data.length === 0 ? (
        <p className="mt-6 rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">
          No observers yet.
        </p>
      ) : (
        <table className="mt-6 w-full border-collapse text-left">
          <caption className="sr-only">Observers of the project</caption>
          <thead>
            <tr className="border-b border-stone-300 text-xs uppercase tracking-wide text-stone-500">
              <th scope="col" className="py-2 pr-3 font-medium">
                Observer
              </th>
              <th scope="col" className="w-48 py-2 pr-3 font-medium">
                Kind
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Affiliation
              </th>
              <th scope="col" className="w-28 py-2 pr-3 font-medium">
                Active
              </th>
              <th scope="col" className="w-24 py-2 text-right font-medium">
                Readings
              </th>
            </tr>
          </thead>
          <tbody>
            {page.data.map((observer) => (
              <tr key={observer.id} className="border-b border-stone-200 align-top">
                <td className="py-3 pr-3">
                  <Link
                    href={`${base}/${observer.id}`}
                    className="font-serif text-[1.05rem] hover:text-accent"
                  >
                    {observer.name}
                  </Link>
                </td>
                <td className="py-3 pr-3 text-sm text-stone-600">{OBSERVER_KIND_LABEL[observer.kind]}</td>
                <td className="py-3 pr-3 text-sm">
                  {observer.affiliation ? (
                    <Link
                      href={`${base}/${observer.affiliation.id}`}
                      className="text-stone-700 hover:text-accent"
                    >
                      {observer.affiliation.name}
                    </Link>
                  ) : (
                    <span className="text-stone-400">—</span>
                  )}
                </td>
                <td className="py-3 pr-3 text-sm text-stone-600">
                  {years(observer.activeFrom, observer.activeTo) ?? <span className="text-stone-400">—</span>}
                </td>
                <td className="py-3 text-right text-sm tabular-nums">{observer.readingCount || ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.nextCursor && (
        <Link
          href={`${base}?${new URLSearchParams({ cursor: page.nextCursor })}`}
          className="mt-4 inline-block text-accent underline"
        >
          Next →
        </Link>
      )}
    </>
  );
}
