import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnnotationThreads } from "@/components/annotations/annotation-threads";
import { ExportMenu } from "@/components/citations/export-menu";
import { ClaimStatusBadge } from "@/components/claims/claim-status-badge";
import { DeleteClaimButton } from "@/components/claims/delete-claim-button";
import { AddEvidenceForm } from "@/components/evidence/add-evidence-form";
import { ChainGraph } from "@/components/evidence/chain-graph";
import { ChainSummary } from "@/components/evidence/chain-summary";
import { EvidenceList } from "@/components/evidence/evidence-list";
import { HistoryList } from "@/components/history/history-list";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { notesContextFor } from "@/lib/annotations/context";
import { listAnnotationThreads } from "@/lib/annotations/data";
import { exportMenuStyles } from "@/lib/citations/data";
import { getClaimWithChain, listClaimOptions } from "@/lib/claims/data";
import { listEntityHistory } from "@/lib/history/data";
import { listPassageOptions } from "@/lib/passages/data";
import { sourceOptionLabel } from "@/lib/passages/option-label";
import { projectAccessForPage } from "@/lib/projects/page-access";
import { canModify } from "@/lib/projects/permissions";
import { roleAtLeast } from "@/lib/projects/roles";
import { listSourceOptions } from "@/lib/sources/data";

type Params = Promise<{ projectId: string; claimId: string }>;

export const metadata: Metadata = { title: "Claim" };

function excerpt(text: string, length = 70) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

export default async function ClaimPage(props: { params: Params }) {
  const { projectId, claimId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  const found = await getClaimWithChain(access, claimId);
  if (!found) notFound();
  const { claim, chain } = found;
  const canAdd = roleAtLeast(access.role, "contributor");
  const [history, sources, passages, claims, notes, exportStyles] = await Promise.all([
    listEntityHistory(access, "claim", claimId),
    canAdd ? listSourceOptions(access) : [],
    canAdd ? listPassageOptions(access) : [],
    canAdd ? listClaimOptions(access) : [],
    listAnnotationThreads(access, "claim", [claimId]),
    exportMenuStyles(access),
  ]);
  const evidenceNotes = await listAnnotationThreads(
    access,
    "evidence",
    chain.evidence.map((item) => item.id),
  );
  const notesContext = notesContextFor(access);
  const editable = chain.evidence.filter((item) => canModify(access, item)).map((item) => item.id);

  return (
    <>
      <Breadcrumbs
        items={[{ label: "Claims", href: `/projects/${projectId}/claims` }, { label: `C${claim.number}` }]}
      />
      <div className="grid gap-10 xl:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="min-w-0">
          <header>
            <div className="flex flex-wrap items-center gap-3 text-sm text-stone-500">
              <span className="font-mono">C{claim.number}</span>
              <ClaimStatusBadge status={claim.status} />
              {claim.period && <span>{claim.period}</span>}
              {canModify(access, claim) && (
                <span className="ml-auto flex items-center gap-1">
                  <Link
                    href={`/projects/${projectId}/claims/${claimId}/edit`}
                    className="rounded px-3 py-1.5 text-sm text-stone-600 hover:bg-stone-100"
                  >
                    Edit
                  </Link>
                  <DeleteClaimButton
                    claimId={claimId}
                    number={claim.number}
                    evidenceCount={chain.evidence.length}
                    usedBy={claim.usedBy.length}
                  />
                </span>
              )}
            </div>
            <h1 className="mt-2 font-serif text-2xl leading-snug md:text-3xl">{claim.statement}</h1>
            <div className="mt-3 flex flex-wrap gap-x-4 text-sm text-stone-600">
              {claim.attribution && <span>Asserted by {claim.attribution}</span>}
              {claim.tags.map((tag) => (
                <Link
                  key={tag}
                  href={`/projects/${projectId}/claims?tag=${encodeURIComponent(tag)}`}
                  className="text-stone-500 hover:text-accent"
                >
                  #{tag}
                </Link>
              ))}
            </div>
            {claim.note && <p className="mt-4 whitespace-pre-line text-stone-700">{claim.note}</p>}
            {claim.usedBy.length > 0 && (
              <p className="mt-3 text-sm text-stone-600">
                Evidence for{" "}
                {claim.usedBy.map((use, index) => (
                  <span key={use.claimId}>
                    {index > 0 && ", "}
                    <Link
                      href={`/projects/${projectId}/claims/${use.claimId}`}
                      className="text-accent hover:underline"
                    >
                      C{use.number}
                    </Link>{" "}
                    ({use.stance})
                  </span>
                ))}
              </p>
            )}
          </header>

          <ChainSummary chain={chain} />
          <div className="mt-4 flex justify-end">
            <ExportMenu
              exportPath={`/api/v1/claims/${claimId}/export`}
              projectId={projectId}
              styles={exportStyles.styles}
              defaultStyle={exportStyles.defaultStyle}
              label="Export evidence"
            />
          </div>

          <div className="mt-8">
            <EvidenceList
              claimId={claimId}
              chain={chain}
              projectId={projectId}
              editable={editable}
              notes={{ threads: evidenceNotes, context: notesContext }}
            />
          </div>
          {canAdd && (
            <div className="mt-6">
              <AddEvidenceForm
                projectId={projectId}
                claimId={claimId}
                sources={sources.map((source) => ({ id: source.id, label: sourceOptionLabel(source) }))}
                passages={passages}
                claims={claims
                  .filter((other) => other.id !== claimId)
                  .map((other) => ({
                    id: other.id,
                    label: `C${other.number} ${excerpt(other.statement, 90)}`,
                  }))}
              />
            </div>
          )}
          <section className="mt-12" aria-labelledby="claim-notes-heading">
            <h2
              id="claim-notes-heading"
              className="text-sm font-semibold uppercase tracking-wide text-stone-500"
            >
              Notes
            </h2>
            <div className="mt-3">
              <AnnotationThreads
                context={notesContext}
                target={{ kind: "claim", id: claimId }}
                threads={notes.get(claimId) ?? []}
                heading="Notes on this claim"
              />
            </div>
          </section>
          <section className="mt-12" aria-labelledby="history-heading">
            <h2 id="history-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
              History
            </h2>
            <HistoryList entries={history} />
          </section>
        </div>
        <aside aria-label="Evidence chain graph" className="xl:sticky xl:top-6 xl:self-start">
          <ChainGraph claim={{ id: claim.id, number: claim.number }} chain={chain} projectId={projectId} />
        </aside>
      </div>
    </>
  );
}
