import type { Metadata } from "next";
import Link from "next/link";
import { ClaimStatusBadge } from "@/components/claims/claim-status-badge";
import { HistoryList } from "@/components/history/history-list";
import { listRecentActivity } from "@/lib/history/data";
import { getProject, getProjectDashboard } from "@/lib/projects/data";
import { projectAccessForPage } from "@/lib/projects/page-access";
import { roleAtLeast } from "@/lib/projects/roles";

export const metadata: Metadata = { title: "Overview" };

export default async function ProjectOverviewPage(props: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  const [project, dashboard, activity] = await Promise.all([
    getProject(access),
    getProjectDashboard(access),
    listRecentActivity(access, 12),
  ]);
  const base = `/projects/${projectId}`;
  const { counts } = dashboard;
  const figures = [
    { label: "claims", value: counts.claims, href: `${base}/claims` },
    { label: "sources", value: counts.sources, href: `${base}/sources` },
    { label: "archival sources", value: counts.archivalSources, href: `${base}/sources` },
    { label: "passages", value: counts.passages, href: `${base}/sources` },
    { label: "evidence links", value: counts.evidence, href: `${base}/claims` },
    { label: "provenance relations", value: counts.relations, href: `${base}/sources` },
  ];

  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl">{project.name}</h1>
          {project.description && <p className="mt-2 max-w-3xl text-stone-600">{project.description}</p>}
        </div>
        {roleAtLeast(access.role, "editor") && (
          <Link
            href={`${base}/settings`}
            className="rounded px-3 py-1.5 text-sm text-stone-600 hover:bg-stone-100"
          >
            Project settings
          </Link>
        )}
      </div>

      <dl className="mt-8 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {figures.map((figure) => (
          <Link
            key={figure.label}
            href={figure.href}
            className="rounded-lg border border-stone-200 bg-white p-4 hover:border-accent/50"
          >
            <dd className="font-serif text-3xl">{figure.value}</dd>
            <dt className="text-xs uppercase tracking-wide text-stone-500">{figure.label}</dt>
          </Link>
        ))}
      </dl>

      <div className="mt-10 grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="needing-evidence">
          <h2 id="needing-evidence" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
            Claims needing evidence
          </h2>
          {dashboard.needingEvidence.length === 0 ? (
            <p className="mt-3 text-sm text-stone-600">Every open claim has supporting evidence.</p>
          ) : (
            <ul className="mt-3 space-y-2">
              {dashboard.needingEvidence.map((claim) => (
                <li key={claim.id}>
                  <Link
                    href={`${base}/claims/${claim.id}`}
                    className="flex gap-3 rounded border border-stone-200 bg-white p-3 hover:border-accent/50"
                  >
                    <span className="font-mono text-sm text-stone-500">C{claim.number}</span>
                    <span className="flex-1 font-serif">{claim.statement}</span>
                    <ClaimStatusBadge status={claim.status} />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="recent-activity">
          <h2 id="recent-activity" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
            Recent activity
          </h2>
          <HistoryList entries={activity} showEntity />
          <Link href={`${base}/history`} className="mt-2 inline-block text-sm text-accent hover:underline">
            All history →
          </Link>
        </section>
      </div>
    </>
  );
}
