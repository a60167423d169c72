import type { EvidenceChain } from "@/lib/claims/types";

/** The headline of a chain: how many independent origins each stance rests on, and the warnings. */
export function ChainSummary({ chain }: { chain: EvidenceChain }) {
  const { supports, contradicts, qualifies } = chain.independentOrigins;
  const originNames = chain.origins.supports.map((id) => chain.sources[id]?.shortCitation).filter(Boolean);
  return (
    <section
      aria-label="What this claim rests on"
      className="mt-6 rounded-lg border border-stone-200 bg-white p-4"
    >
      <p className="text-sm text-stone-700">
        <strong className="text-lg text-ink">
          {supports} independent origin{supports === 1 ? "" : "s"}
        </strong>{" "}
        in support
        {contradicts > 0 && `, ${contradicts} against`}
        {qualifies > 0 && `, ${qualifies} qualifying`}.
        {originNames.length > 0 && originNames.length <= 3 && (
          <span className="text-stone-500"> Support goes back to: {originNames.join("; ")}.</span>
        )}
      </p>
      {chain.warnings.length > 0 && (
        <ul className="mt-3 space-y-1">
          {chain.warnings.map((warning) => (
            <li
              key={warning.code}
              role="status"
              className="flex gap-2 rounded bg-amber-50 px-3 py-1.5 text-sm text-amber-900"
            >
              <span aria-hidden="true">⚠</span>
              {warning.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
