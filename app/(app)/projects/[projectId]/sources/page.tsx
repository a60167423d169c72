import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { SelectableSources } from "@/components/citations/selectable-sources";
import { pageCursor } from "@/lib/api/pagination";
import { exportMenuStyles } from "@/lib/citations/data";
import { projectAccessForPage } from "@/lib/projects/page-access";
import { roleAtLeast } from "@/lib/projects/roles";
import { listSources } from "@/lib/sources/data";
import { SOURCE_KIND_INFO, SOURCE_KINDS } from "@/lib/sources/kinds";
import { sourceListQuerySchema } from "@/lib/sources/schema";

export const metadata: Metadata = { title: "Sources" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const sourceCursorSchema = z.object({ key: z.string(), id: z.string() });

export default async function ProjectSourcesPage(props: {
  params: Promise<{ projectId: string }>;
  searchParams: SearchParams;
}) {
  const { projectId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  // An empty search box or "All kinds" submits "": treat it as absent rather than as invalid.
  const given = Object.fromEntries(
    Object.entries(await props.searchParams).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "",
    ),
  );
  const parsed = sourceListQuerySchema.safeParse({ ...given, limit: 100 });
  const query = parsed.success ? parsed.data : sourceListQuerySchema.parse({ limit: 100 });
  const after = pageCursor(query.cursor, sourceCursorSchema);
  const [page, exportStyles] = await Promise.all([
    listSources(access, {
      limit: query.limit,
      kind: query.kind,
      q: query.q || undefined,
      after,
    }),
    exportMenuStyles(access),
  ]);
  const base = `/projects/${projectId}/sources`;
  const filtered = Boolean(query.kind || query.q);
  const filters = { ...(query.q ? { q: query.q } : {}), ...(query.kind ? { kind: query.kind } : {}) };

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl">Sources</h1>
        {roleAtLeast(access.role, "contributor") && (
          <Link
            href={`${base}/new`}
            className="inline-flex items-center rounded bg-accent px-3 py-1.5 text-sm font-medium text-white hover:bg-accent/90"
          >
            New source
          </Link>
        )}
      </div>

      <search aria-label="Search sources" className="mt-6 block">
        <form method="get" action={base} className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <label htmlFor="source-search" className="block text-sm font-medium text-stone-700">
              Search
            </label>
            <input
              id="source-search"
              type="search"
              name="q"
              defaultValue={query.q ?? ""}
              placeholder="Title, author or newspaper"
              className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-accent focus:outline-none"
            />
          </div>
          <div>
            <label htmlFor="source-kind" className="block text-sm font-medium text-stone-700">
              Kind
            </label>
            <select
              id="source-kind"
              name="kind"
              defaultValue={query.kind ?? ""}
              className="mt-1 block rounded border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-accent focus:outline-none"
            >
              <option value="">All kinds</option>
              {SOURCE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {SOURCE_KIND_INFO[kind].label}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="rounded border border-stone-300 bg-white px-3 py-2 text-sm font-medium hover:bg-stone-50"
          >
            Search
          </button>
          {filtered && (
            <Link href={base} className="py-2 text-sm text-accent underline">
              Clear
            </Link>
          )}
        </form>
      </search>

      <div className="mt-6">
        {page.data.length === 0 ? (
          <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">
            {filtered ? "No sources match this search." : "No sources yet."}
          </p>
        ) : (
          <SelectableSources
            sources={page.data}
            sourceHref={base}
            projectId={projectId}
            styles={exportStyles.styles}
            defaultStyle={exportStyles.defaultStyle}
          />
        )}
      </div>
      {page.nextCursor && (
        <Link
          href={`${base}?${new URLSearchParams({ ...filters, cursor: page.nextCursor })}`}
          className="mt-4 inline-block text-accent underline"
        >
          Next →
        </Link>
      )}
    </>
  );
}
