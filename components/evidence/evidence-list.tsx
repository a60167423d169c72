import Link from "next/link";
import { AnnotationThreads, type ThreadsContext } from "@/components/annotations/annotation-threads";
import { ClaimStatusBadge } from "@/components/claims/claim-status-badge";
import { SeeOnScan } from "@/components/images/scan-view";
import type { AnnotationView } from "@/lib/annotations/types";
import type {
  EvidenceChain,
  EvidenceItem,
  PassageReference,
  SourceReference,
  Stance,
} from "@/lib/claims/types";
import { EvidenceItemControls } from "./evidence-item-controls";
import { ProvenanceTree } from "./provenance-tree";
import { STANCE_HEADING, STANCE_STYLE } from "./stance";

const ORDER: Stance[] = ["supports", "contradicts", "qualifies", "context"];

/** A claim's evidence, grouped by stance, each item with its quotation, locator, citation and provenance. */
export function EvidenceList(props: {
  claimId: string;
  chain: EvidenceChain;
  projectId: string;
  /** Evidence ids the viewer may edit, remove and reorder. */
  editable: string[];
  /** Notes on each evidence item, and who is reading them. */
  notes: { threads: Map<string, AnnotationView[]>; context: ThreadsContext };
}) {
  const { chain, projectId } = props;
  if (chain.evidence.length === 0) {
    return (
      <p className="rounded border border-dashed border-amber-400 bg-amber-50 p-6 text-amber-900">
        This claim has no evidence yet.
      </p>
    );
  }
  const order = chain.evidence.map((item) => item.id);
  return (
    <div className="space-y-10">
      {ORDER.map((stance) => {
        const items = chain.evidence.filter((item) => item.stance === stance);
        if (items.length === 0) return null;
        const origins = chain.independentOrigins[stance];
        return (
          <section key={stance} aria-labelledby={`stance-${stance}`}>
            <h2
              id={`stance-${stance}`}
              className={`text-sm font-semibold uppercase tracking-wide ${STANCE_STYLE[stance].text}`}
            >
              {STANCE_HEADING[stance]} <span className="text-stone-400">({items.length})</span>
              <span className="ml-2 font-normal normal-case tracking-normal text-stone-500">
                · {origins} independent origin{origins === 1 ? "" : "s"}
              </span>
            </h2>
            <ol className="mt-3 space-y-4">
              {items.map((item) => (
                <li
                  key={item.id}
                  className={`rounded-r-lg border-l-4 bg-white p-4 shadow-sm ${STANCE_STYLE[stance].border}`}
                >
                  <EvidenceBody item={item} chain={chain} projectId={projectId} />
                  <EvidenceNotes id={item.id} notes={props.notes} />
                  {props.editable.includes(item.id) && (
                    <EvidenceItemControls
                      claimId={props.claimId}
                      evidenceId={item.id}
                      version={item.version}
                      stance={item.stance}
                      confidence={item.confidence}
                      rationale={item.rationale}
                      order={order}
                    />
                  )}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

function EvidenceNotes({
  id,
  notes,
}: {
  id: string;
  notes: { threads: Map<string, AnnotationView[]>; context: ThreadsContext };
}) {
  const threads = notes.threads.get(id) ?? [];
  return (
    <details className="mt-2 text-sm" open={threads.length > 0}>
      <summary className="cursor-pointer text-stone-600 hover:text-accent">Notes ({threads.length})</summary>
      <div className="mt-2">
        <AnnotationThreads
          context={notes.context}
          target={{ kind: "evidence", id }}
          threads={threads}
          heading="Notes on this evidence"
        />
      </div>
    </details>
  );
}

function EvidenceBody({
  item,
  chain,
  projectId,
}: {
  item: EvidenceItem;
  chain: EvidenceChain;
  projectId: string;
}) {
  const { target } = item;
  const sourceId =
    target.kind === "passage" ? target.passage.source.id : target.kind === "source" ? target.source.id : null;
  return (
    <article>
      {target.kind === "passage" && <Quotation passage={target.passage} projectId={projectId} />}
      {target.kind === "source" && (
        <Citation source={target.source} note="the source as a whole" projectId={projectId} />
      )}
      {target.kind === "claim" && (
        <p className="font-serif">
          <Link href={`/projects/${projectId}/claims/${target.claim.id}`} className="hover:text-accent">
            <span className="mr-2 font-mono text-sm text-stone-500">C{target.claim.number}</span>
            {target.claim.statement}
          </Link>{" "}
          <ClaimStatusBadge status={target.claim.status} />
        </p>
      )}
      {sourceId && <ProvenanceTree sourceId={sourceId} chain={chain} projectId={projectId} />}
      <footer className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-stone-600">
        <Confidence value={item.confidence} />
        {item.rationale && <span className="italic">{item.rationale}</span>}
      </footer>
    </article>
  );
}

function Quotation({ passage, projectId }: { passage: PassageReference; projectId: string }) {
  const translation = passage.translations[0];
  return (
    <>
      <div className={translation ? "grid gap-4 md:grid-cols-2" : undefined}>
        <blockquote lang={passage.language ?? undefined} className="font-serif leading-relaxed">
          “{passage.text}”
        </blockquote>
        {translation && (
          <blockquote
            lang={translation.language}
            className="border-l border-stone-200 pl-4 font-serif leading-relaxed text-stone-700"
          >
            “{translation.text}”
            <span className="mt-1 block font-sans text-xs text-stone-500">
              Translation ({translation.language}){translation.translator && `, ${translation.translator}`}
            </span>
          </blockquote>
        )}
      </div>
      <Citation source={passage.source} note={passage.locator} projectId={projectId} />
      <SeeOnScan places={passage.scans} context={passage.text.slice(0, 80)} className="mt-1" />
    </>
  );
}

function Citation({
  source,
  note,
  projectId,
}: {
  source: SourceReference;
  note: string | null;
  projectId: string;
}) {
  return (
    <p className="mt-2 text-sm text-stone-600">
      —{" "}
      <Link
        href={`/projects/${projectId}/sources/${source.id}`}
        className="hover:text-accent hover:underline"
      >
        {source.shortCitation}
      </Link>
      {note && <span className="text-stone-500">, {note}</span>}
      {source.archival && (
        <span className="ml-2 rounded bg-stone-100 px-1.5 text-xs text-stone-600">archival</span>
      )}
    </p>
  );
}

function Confidence({ value }: { value: number }) {
  return (
    <span className="flex items-center gap-1" title={`Confidence ${value} of 5`}>
      <span className="sr-only">Confidence {value} of 5</span>
      {[1, 2, 3, 4, 5].map((step) => (
        <span
          key={step}
          aria-hidden="true"
          className={`h-2 w-2 rounded-full ${step <= value ? "bg-accent" : "bg-stone-200"}`}
        />
      ))}
    </span>
  );
}
