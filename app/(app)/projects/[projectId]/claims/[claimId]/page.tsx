import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimStatusBadge } from "@/components/claims/claim-status-badge";
import { EvidenceList } from "@/components/evidence/evidence-list";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { getClaimDetail } from "@/lib/claims/data";
import { getProject } from "@/lib/projects/data";
import { projectAccessForPage } from "@/lib/projects/page-access";

type Params = Promise<{ projectId: string; claimId: string }>;

export async function generateMetadata(props: { params: Params }): Promise<Metadata> {
  return { title: `Claim ${(await props.params).claimId.slice(0, 8)}` };
}

export default async function ClaimPage(props: { params: Params }) {
  const { projectId, claimId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  const [project, claim] = await Promise.all([getProject(access), getClaimDetail(access, claimId)]);
  if (!claim) notFound();

  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Projects", href: "/projects" },
          { label: project.name, href: `/projects/${projectId}` },
          { label: `C${claim.number}` },
        ]}
      />
      <header className="max-w-4xl">
        <div className="flex items-center gap-3 text-sm text-stone-500">
          <span className="font-mono">C{claim.number}</span>
          <ClaimStatusBadge status={claim.status} />
          {claim.period && <span>{claim.period}</span>}
        </div>
        <h1 className="mt-2 font-serif text-2xl leading-snug md:text-3xl">{claim.statement}</h1>
        <div className="mt-3 flex flex-wrap gap-x-4 text-sm text-stone-600">
          {claim.attribution && <span>Asserted by {claim.attribution}</span>}
          {claim.tags.map((tag) => (
            <span key={tag} className="text-stone-500">
              #{tag}
            </span>
          ))}
        </div>
        {claim.note && <p className="mt-4 text-stone-700">{claim.note}</p>}
      </header>
      <div className="mt-10 max-w-4xl">
        <EvidenceList evidence={claim.evidence} projectId={projectId} />
      </div>
    </>
  );
}
