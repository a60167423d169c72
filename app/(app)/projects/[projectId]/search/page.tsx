import type { Metadata } from "next";
import Link from "next/link";
import { STANCE_HEADING } from "@/components/evidence/stance";
import { SEARCH_INPUT_ATTRIBUTE } from "@/components/search/search-input";
import { SearchResults } from "@/components/search/search-results";
import { pageCursor } from "@/lib/api/pagination";
import { STANCES } from "@/lib/claims/schema";
import { listObserverOptions } from "@/lib/observers/data";
import { projectAccessForPage } from "@/lib/projects/page-access";
import { listProjectArchives, searchProject } from "@/lib/search/data";
import {
  SEARCH_KIND_LABEL,
  SEARCH_KINDS,
  searchCursorSchema,
  searchFiltersSchema,
} from "@/lib/search/schema";

export const metadata: Metadata = { title: "Search" };

const PAGE_SIZE = 25;
const FIELD =
  "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-accent focus:outline-none aria-[invalid=true]:border-rose-600";
const LABEL = "block text-sm font-medium text-stone-700";

export default async function SearchPage(props: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { projectId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  // What was typed, kept as typed, so that a filter in error is shown with its message, not lost.
  const typed = Object.fromEntries(
    Object.entries(await props.searchParams).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1].trim() !== "",
    ),
  );
  const { cursor, ...given } = typed;
  const parsed = given.q ? searchFiltersSchema.safeParse(given) : null;
  const errors: Record<string, string> = {};
  for (const issue of parsed?.error?.issues ?? []) errors[String(issue.path[0])] ??= issue.message;
  const after = pageCursor(cursor, searchCursorSchema);

  const [page, observers, archives] = await Promise.all([
    parsed?.success ? searchProject(access, { ...parsed.data, limit: PAGE_SIZE, after }) : null,
    listObserverOptions(access),
    listProjectArchives(access),
  ]);
  const base = `/projects/${projectId}/search`;
  const field = (name: string) => ({
    id: `search-${name}`,
    name,
    defaultValue: typed[name] ?? "",
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `search-${name}-error` : undefined,
  });
  const error = (name: string) =>
    errors[name] && (
      <p id={`search-${name}-error`} className="mt-1 text-sm text-rose-700">
        {errors[name]}
      </p>
    );

  return (
    <>
      <h1 className="font-serif text-3xl">Search</h1>
      <search aria-label="Search with filters" className="mt-6 block">
        <form method="get" action={base} className="space-y-4">
          <div>
            <label htmlFor="search-q" className={LABEL}>
              Words, names or references
            </label>
            <input
              {...field("q")}
              {...{ [SEARCH_INPUT_ATTRIBUTE]: "" }}
              type="search"
              aria-keyshortcuts="/ Control+K Meta+K"
              maxLength={200}
              placeholder="Journal de Moscou, Правда, FO 371/22286, Litvinov …"
              className={`${FIELD} max-w-2xl text-base`}
            />
            {error("q")}
          </div>
          <fieldset className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
            <legend className="sr-only">Filters</legend>
            <div>
              <label htmlFor="search-kind" className={LABEL}>
                Kind
              </label>
              <select {...field("kind")} className={FIELD}>
                <option value="">Everything</option>
                {SEARCH_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {SEARCH_KIND_LABEL[kind]}
                  </option>
                ))}
              </select>
              {error("kind")}
            </div>
            <div>
              <label htmlFor="search-stance" className={LABEL}>
                Cited or read as
              </label>
              <select {...field("stance")} className={FIELD}>
                <option value="">Any stance</option>
                {STANCES.map((stance) => (
                  <option key={stance} value={stance}>
                    {STANCE_HEADING[stance]}
                  </option>
                ))}
              </select>
              {error("stance")}
            </div>
            <div>
              <label htmlFor="search-observerId" className={LABEL}>
                Observer
              </label>
              <select {...field("observerId")} className={FIELD}>
                <option value="">Any observer</option>
                {observers.map((observer) => (
                  <option key={observer.id} value={observer.id}>
                    {observer.name}
                  </option>
                ))}
              </select>
              {error("observerId")}
            </div>
            <div>
              <label htmlFor="search-from" className={LABEL}>
                From
              </label>
              <input {...field("from")} placeholder="e.g. Feb 1938" className={FIELD} />
              {error("from")}
            </div>
            <div>
              <label htmlFor="search-to" className={LABEL}>
                To
              </label>
              <input {...field("to")} placeholder="e.g. 1939" className={FIELD} />
              {error("to")}
            </div>
            <div>
              <label htmlFor="search-archive" className={LABEL}>
                Archive
              </label>
              <select {...field("archive")} className={FIELD}>
                <option value="">Any archive</option>
                {archives.map((archive) => (
                  <option key={archive} value={archive}>
                    {archive}
                  </option>
                ))}
              </select>
              {error("archive")}
            </div>
          </fieldset>
          <div className="flex items-center gap-3">
            <button
              type="submit"
              className="rounded bg-accent px-4 py-2 text-sm font-medium text-white hover:bg-accent/90"
            >
              Search
            </button>
            {Object.keys(given).length > 1 && (
              <Link
                href={`${base}?${new URLSearchParams({ q: given.q ?? "" })}`}
                className="text-sm text-accent underline"
              >
                Clear filters
              </Link>
            )}
          </div>
        </form>
      </search>

      <section aria-label="Results" className="mt-8 max-w-4xl">
        {!given.q && (
          <p className="text-stone-600">
            Search claims, sources (titles in any script, authors, archival references such as “FO
            371/22286”), passages and their translations, notes, readings, and photos by their caption. Press{" "}
            <kbd className="rounded border px-1">/</kbd> or <kbd className="rounded border px-1">Ctrl K</kbd>{" "}
            on any page of the project to search.
          </p>
        )}
        {page && (
          <>
            <p className="mb-3 text-sm text-stone-600" aria-live="polite">
              {page.total.count === 0
                ? `Nothing matches “${given.q}”.`
                : `${page.total.more ? `More than ${page.total.count.toLocaleString("en")}` : page.total.count.toLocaleString("en")} ${page.total.count === 1 && !page.total.more ? "result" : "results"} for “${given.q}”${after ? " (continued)" : ""}`}
            </p>
            {page.data.length > 0 && <SearchResults hits={page.data} />}
            <nav aria-label="Result pages" className="mt-4 flex gap-4 text-sm">
              {after && (
                <Link href={`${base}?${new URLSearchParams(given)}`} className="text-accent underline">
                  ← First results
                </Link>
              )}
              {page.nextCursor && (
                <Link
                  href={`${base}?${new URLSearchParams({ ...given, cursor: page.nextCursor })}`}
                  className="text-accent underline"
                >
                  More results →
                </Link>
              )}
            </nav>
          </>
        )}
      </section>
    </>
  );
}
