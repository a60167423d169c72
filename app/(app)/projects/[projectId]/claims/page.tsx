import type { Metadata } from "next";
import Link from "next/link";
import { ClaimFilters } from "@/components/claims/claim-filters";
import { ClaimsTable } from "@/components/claims/claims-table";
import { pageCursor } from "@/lib/api/pagination";
import { listClaims, listProjectTags } from "@/lib/claims/data";
import { claimCursorSchema, claimListQuerySchema } from "@/lib/claims/schema";
import { projectAccessForPage } from "@/lib/projects/page-access";
import { roleAtLeast } from "@/lib/projects/roles";

export const metadata: Metadata = { title: "Claims" };

type SearchParams = Promise<Record<string, string | undefined>>;

export default async function ProjectClaimsPage(props: {
  params: Promise<{ projectId: string }>;
  searchParams: SearchParams;
}) {
  const { projectId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  const searchParams = Object.fromEntries(
    Object.entries(await props.searchParams).filter(([, value]) => value !== undefined && value !== ""),
  ) as Record<string, string>;
  // A malformed filter in the address falls back to the unfiltered list rather than an error page.
  const parsed = claimListQuerySchema.safeParse({ ...searchParams, limit: 100 });
  const query = parsed.success ? parsed.data : claimListQuerySchema.parse({ limit: 100 });
  const after = pageCursor(query.cursor, claimCursorSchema);
  const [page, tags] = await Promise.all([listClaims(access, { ...query, after }), listProjectTags(access)]);
  const base = `/projects/${projectId}/claims`;
  const { cursor: _cursor, ...filters } = searchParams;

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl">Claims</h1>
        {roleAtLeast(access.role, "contributor") && (
          <Link
            href={`${base}/new`}
            className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-white hover:bg-accent/90"
          >
            New claim
          </Link>
        )}
      </div>
      <ClaimFilters base={base} current={filters} tags={tags} />
      <div className="mt-4">
        {page.data.length === 0 ? (
          <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">
            {Object.keys(filters).length ? "No claim matches these filters." : "No claims yet."}
          </p>
        ) : (
          <ClaimsTable claims={page.data} claimHref={base} />
        )}
      </div>
      {page.nextCursor && (
        <Link
          href={`${base}?${new URLSearchParams({ ...filters, cursor: page.nextCursor })}`}
          className="mt-4 inline-block text-accent underline"
        >
          Next claims →
        </Link>
      )}
    </>
  );
}
