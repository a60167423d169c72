import type { Metadata } from "next";
import Link from "next/link";
import { ClaimsTable } from "@/components/claims/claims-table";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { decodeCursor } from "@/lib/api/pagination";
import { listClaims } from "@/lib/claims/data";
import { CLAIM_STATUSES, claimCursorSchema, claimListQuerySchema } from "@/lib/claims/schema";
import { getProject } from "@/lib/projects/data";
import { projectAccessForPage } from "@/lib/projects/page-access";

export const metadata: Metadata = { title: "Claims" };

type SearchParams = Promise<Record<string, string | undefined>>;

export default async function ProjectClaimsPage(props: {
  params: Promise<{ projectId: string }>;
  searchParams: SearchParams;
}) {
  const { projectId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  const parsed = claimListQuerySchema.safeParse({ ...(await props.searchParams), limit: 100 });
  const query = parsed.success ? parsed.data : claimListQuerySchema.parse({ limit: 100 });
  const after = parsed.success ? safeCursor(query.cursor) : undefined;
  const [project, page] = await Promise.all([
    getProject(access),
    listClaims(access, { limit: query.limit, after, status: query.status, tag: query.tag }),
  ]);
  const base = `/projects/${projectId}`;
  const filterHref = (status?: string) => (status ? `${base}?status=${status}` : base);

  return (
    <>
      <Breadcrumbs items={[{ label: "Projects", href: "/projects" }, { label: project.name }]} />
      <h1 className="font-serif text-3xl">{project.name}</h1>
      {project.description && <p className="mt-2 max-w-3xl text-stone-600">{project.description}</p>}

      <div className="mt-8 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold">Claims</h2>
        <nav aria-label="Filter by status" className="flex flex-wrap gap-1 text-sm">
          {[undefined, ...CLAIM_STATUSES].map((status) => {
            const active = query.status === status;
            return (
              <Link
                key={status ?? "all"}
                href={filterHref(status)}
                aria-current={active ? "page" : undefined}
                className={`rounded-full px-3 py-1 ${active ? "bg-accent text-white" : "text-stone-600 hover:bg-stone-100"}`}
              >
                {status ?? "all"}
              </Link>
            );
          })}
        </nav>
      </div>
      {query.tag && (
        <p className="mt-2 text-sm text-stone-600">
          Tagged <strong>#{query.tag}</strong> ·{" "}
          <Link href={base} className="text-accent underline">
            clear
          </Link>
        </p>
      )}
      <div className="mt-4">
        {page.data.length === 0 ? (
          <p className="rounded border border-dashed border-stone-300 p-8 text-center text-stone-500">
            No claims {query.status ? `with status “${query.status}”` : "yet"}.
          </p>
        ) : (
          <ClaimsTable claims={page.data} claimHref={`${base}/claims`} />
        )}
      </div>
      {page.nextCursor && (
        <Link
          href={`${base}?${new URLSearchParams({ ...(query.status ? { status: query.status } : {}), cursor: page.nextCursor })}`}
          className="mt-4 inline-block text-accent underline"
        >
          Next claims →
        </Link>
      )}
    </>
  );
}

function safeCursor(cursor: string | undefined) {
  try {
    return decodeCursor(cursor, claimCursorSchema);
  } catch {
    return undefined;
  }
}
