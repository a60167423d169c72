import Link from "next/link";
import type { EvidenceChain } from "@/lib/claims/types";

const RELATION_WORDS: Record<string, string> = {
  reprints: "reprints",
  translates: "translates",
  summarises: "summarises",
  quotes: "quotes",
  reports: "reports",
  comments_on: "comments on",
  cites: "cites",
};

/** Where a source's text comes from, followed down to the origin(s). */
export function ProvenanceTree({
  sourceId,
  chain,
  projectId,
}: {
  sourceId: string;
  chain: EvidenceChain;
  projectId: string;
}) {
  const upstream = chain.relations.filter((relation) => relation.fromSourceId === sourceId);
  const source = chain.sources[sourceId];
  if (upstream.length === 0) {
    return source?.isOrigin ? (
      <p className="text-xs text-stone-500">An origin: it derives from no other source recorded here.</p>
    ) : null;
  }
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-stone-600 hover:text-accent">Provenance</summary>
      <Branch sourceId={sourceId} chain={chain} projectId={projectId} seen={new Set([sourceId])} />
    </details>
  );
}

function Branch({
  sourceId,
  chain,
  projectId,
  seen,
}: {
  sourceId: string;
  chain: EvidenceChain;
  projectId: string;
  seen: Set<string>;
}) {
  const upstream = chain.relations.filter(
    (relation) => relation.fromSourceId === sourceId && !seen.has(relation.toSourceId),
  );
  if (upstream.length === 0) return null;
  return (
    <ul className="mt-1 space-y-1 border-l border-stone-200 pl-3">
      {upstream.map((relation) => {
        const target = chain.sources[relation.toSourceId];
        return (
          <li key={`${relation.fromSourceId}-${relation.toSourceId}-${relation.type}`}>
            <span className="text-stone-500">{RELATION_WORDS[relation.type] ?? relation.type} </span>
            <Link
              href={`/projects/${projectId}/sources/${relation.toSourceId}`}
              className="hover:text-accent"
            >
              {target?.shortCitation ?? "a source"}
            </Link>
            {target?.isOrigin && (
              <span className="ml-2 rounded bg-accent-soft px-1.5 text-xs text-accent">origin</span>
            )}
            {!relation.derivation && (
              <span className="ml-2 text-xs text-stone-400">(a new text, not a copy)</span>
            )}
            <Branch
              sourceId={relation.toSourceId}
              chain={chain}
              projectId={projectId}
              seen={new Set([...seen, relation.toSourceId])}
            />
          </li>
        );
      })}
    </ul>
  );
}
