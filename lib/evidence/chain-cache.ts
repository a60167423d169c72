import "server-only";
import type { EvidenceChain } from "@/lib/claims/types";
import { SnapshotCache } from "@/lib/db/snapshot-cache";
import type { ProjectAccess } from "@/lib/projects/types";
import { getEvidenceChain } from "./data";

// A claim's chain is the app's heaviest read (three statements, then the analysis: 5–25 ms of
// CPU), and is read far more often than the project it comes from is written: the claim page
// and GET /claims/{id}/chain (lib/api/claim-chain-response.ts) serve it as kept while nothing it
// rests on has changed.

/**
 * Counted in evidence items, sources and relations (about 1 KB each in memory): some 50 MB per
 * process. The bench's largest chain, 570 sources, weighs 1,300; a typical one 60.
 */
const chains = new SnapshotCache<EvidenceChain>(
  ["chain"],
  50_000,
  (chain) => chain.evidence.length + Object.keys(chain.sources).length + chain.relations.length,
);

/** getEvidenceChain, served as kept when nothing it rests on has changed. */
export function getCachedEvidenceChain(access: ProjectAccess, claimId: string): Promise<EvidenceChain> {
  return chains.get(access.projectId, claimId, () => getEvidenceChain(access, claimId));
}
