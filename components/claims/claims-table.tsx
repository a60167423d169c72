"use client";

import { ClaimStatusBadge } from "@/components/claims/claim-status-badge";
import { useRowNavigation } from "@/components/ui/use-row-navigation";
import type { ClaimSummary } from "@/lib/claims/types";

/**
 * The claims of a project. Keyboard: ↑/↓ (or k/j) move between rows, Enter opens the claim.
 */
export function ClaimsTable({ claims, claimHref }: { claims: ClaimSummary[]; claimHref: string }) {
  const rowProps = useRowNavigation(claims.map((claim) => `${claimHref}/${claim.id}`));

  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">
        Claims. Use the arrow keys to move between rows and Enter to open one.
      </caption>
      <thead>
        <tr className="border-b border-stone-300 text-xs uppercase tracking-wide text-stone-500">
          <th scope="col" className="w-14 py-2 pr-3 font-medium">
            No.
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            Claim
          </th>
          <th scope="col" className="w-28 py-2 pr-3 font-medium">
            Status
          </th>
          <th scope="col" className="w-40 py-2 font-medium">
            Evidence
          </th>
        </tr>
      </thead>
      <tbody>
        {claims.map((claim, index) => (
          <tr
            key={claim.id}
            {...rowProps(index)}
            className="cursor-pointer border-b border-stone-200 align-top hover:bg-white focus:bg-accent-soft/60"
          >
            <td className="py-3 pr-3 font-mono text-sm text-stone-500">C{claim.number}</td>
            <td className="py-3 pr-3">
              <a
                href={`${claimHref}/${claim.id}`}
                tabIndex={-1}
                className="font-serif text-[1.05rem] leading-snug hover:text-accent"
              >
                {claim.statement}
              </a>
              <div className="mt-1 flex flex-wrap gap-x-3 text-xs text-stone-500">
                {claim.attribution && <span>{claim.attribution}</span>}
                {claim.period && <span>{claim.period}</span>}
                {claim.tags.map((tag) => (
                  <span key={tag}>#{tag}</span>
                ))}
              </div>
            </td>
            <td className="py-3 pr-3">
              <ClaimStatusBadge status={claim.status} />
            </td>
            <td className="py-3 text-sm">
              <EvidenceCounts counts={claim.evidenceCounts} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EvidenceCounts({ counts }: { counts: ClaimSummary["evidenceCounts"] }) {
  const shown = [
    { count: counts.supports, sign: "+", label: "supporting", className: "text-emerald-700" },
    { count: counts.contradicts, sign: "−", label: "contradicting", className: "text-rose-700" },
    { count: counts.qualifies, sign: "~", label: "qualifying", className: "text-amber-700" },
    { count: counts.context, sign: "·", label: "context", className: "text-stone-500" },
  ].filter((entry) => entry.count > 0);
  if (shown.length === 0) return <span className="text-amber-700">needs evidence</span>;
  return (
    <span className="flex gap-3">
      {shown.map((entry) => (
        <span key={entry.label} className={entry.className} title={`${entry.count} ${entry.label}`}>
          {entry.sign}
          {entry.count}
          <span className="sr-only"> {entry.label}</span>
        </span>
      ))}
    </span>
  );
}
