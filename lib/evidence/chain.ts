import type { Stance } from "@/lib/claims/types";
import type { SourceKind, SourceRelationType } from "@/lib/db/generated/enums";

// How many independent origins a claim rests on. A source that reprints, translates,
// summarises, quotes or reports another carries that other's content, so both go back to the
// same origin and count once. A comment or a citation is a new text of its own: it does not make
// the commented source its origin.
export const DERIVATION_TYPES: ReadonlySet<SourceRelationType> = new Set([
  "reprints",
  "translates",
  "summarises",
  "quotes",
  "reports",
]);

const SECONDARY_KINDS: ReadonlySet<SourceKind> = new Set(["book", "chapter", "journal_article", "web_page"]);

export interface ChainSourceFacts {
  id: string;
  kind: SourceKind;
  /** Held in an archive (archive or archival locator set). */
  archival: boolean;
}

export interface ProvenanceEdge {
  fromSourceId: string;
  toSourceId: string;
  type: SourceRelationType;
}

export interface ChainEvidenceFacts {
  id: string;
  claimId: string;
  stance: Stance;
  /** The source itself, or the source of the passage. */
  sourceId: string | null;
  subClaimId: string | null;
}

export type ChainWarningCode = "NO_SUPPORT" | "SINGLE_ORIGIN" | "NO_PRIMARY_SOURCE" | "ONLY_SECOND_HAND";

export interface ChainAnalysis {
  /** Distinct origins per stance, sub-claims' support included. */
  origins: Record<Stance, string[]>;
  /** The origins of each evidence item of the root claim. */
  originsByEvidence: Record<string, string[]>;
  warnings: ChainWarningCode[];
}

export function isPrimary(source: ChainSourceFacts): boolean {
  return source.archival || !SECONDARY_KINDS.has(source.kind);
}

export interface ChainInput {
  evidence: ChainEvidenceFacts[];
  edges: ProvenanceEdge[];
  sources: Map<string, ChainSourceFacts>;
}

/**
 * Indexes the evidence and provenance of a project (or of one claim's chain) once, so that any
 * number of claims can be analysed against it with shared, memoised origin look-ups.
 */
export function createChainAnalyser(input: ChainInput): (claimId: string) => ChainAnalysis {
  const upstream = new Map<string, string[]>();
  for (const edge of input.edges) {
    if (!DERIVATION_TYPES.has(edge.type)) continue;
    const parents = upstream.get(edge.fromSourceId);
    if (parents) parents.push(edge.toSourceId);
    else upstream.set(edge.fromSourceId, [edge.toSourceId]);
  }
  const byClaim = new Map<string, ChainEvidenceFacts[]>();
  for (const item of input.evidence) {
    const items = byClaim.get(item.claimId);
    if (items) items.push(item);
    else byClaim.set(item.claimId, [item]);
  }

  // Each source's origins are worked out once, at any depth. Only a walk that met a circle (which
  // saving refuses, but an import of old data may hold) depends on where it started, and is not
  // kept: `circled` says whether the last walk met one.
  const sourceOrigins = new Map<string, string[]>();
  const walking = new Set<string>();
  let circled = false;
  function originsOfSource(sourceId: string): string[] {
    const known = sourceOrigins.get(sourceId);
    if (known) {
      circled = false;
      return known;
    }
    walking.add(sourceId);
    const found: string[] = [];
    let followed = 0;
    let circledHere = false;
    for (const parent of upstream.get(sourceId) ?? []) {
      if (walking.has(parent)) {
        circledHere = true;
        continue;
      }
      followed++;
      found.push(...originsOfSource(parent));
      circledHere ||= circled;
    }
    walking.delete(sourceId);
    // A source that derives from nothing recorded (or only from itself round a circle) is an origin.
    const origins = followed ? unique(found) : [sourceId];
    if (!circledHere) sourceOrigins.set(sourceId, origins);
    circled = circledHere;
    return origins;
  }

  // A sub-claim lends the origins of its own support to the claim that cites it.
  function originsOfClaim(claimId: string, path: Set<string>): string[] {
    if (path.has(claimId)) return [];
    const supporting = (byClaim.get(claimId) ?? []).filter((item) => item.stance === "supports");
    return unique(supporting.flatMap((item) => originsOfItem(item, new Set([...path, claimId]))));
  }

  function originsOfItem(item: ChainEvidenceFacts, path: Set<string>): string[] {
    if (item.sourceId) return originsOfSource(item.sourceId);
    if (item.subClaimId) return originsOfClaim(item.subClaimId, path);
    return [];
  }

  return (claimId: string): ChainAnalysis => {
    const rootItems = byClaim.get(claimId) ?? [];
    const originsByEvidence: Record<string, string[]> = {};
    // Sets keep each stance's origins in the order first met, each once.
    const found: Record<Stance, Set<string>> = {
      supports: new Set(),
      contradicts: new Set(),
      qualifies: new Set(),
      context: new Set(),
    };
    for (const item of rootItems) {
      const itemOrigins = originsOfItem(item, new Set([claimId]));
      originsByEvidence[item.id] = itemOrigins;
      for (const origin of itemOrigins) found[item.stance].add(origin);
    }
    const origins: Record<Stance, string[]> = {
      supports: [...found.supports],
      contradicts: [...found.contradicts],
      qualifies: [...found.qualifies],
      context: [...found.context],
    };

    const warnings: ChainWarningCode[] = [];
    const supportOrigins = origins.supports;
    if (supportOrigins.length === 0) warnings.push("NO_SUPPORT");
    if (supportOrigins.length === 1) warnings.push("SINGLE_ORIGIN");
    if (supportOrigins.length > 0) {
      const supportingSources = supportingSourceIds(claimId, byClaim);
      const consulted = unique([...supportingSources, ...supportOrigins]);
      const facts = consulted.map((id) => input.sources.get(id)).filter((source) => source !== undefined);
      if (!facts.some(isPrimary)) warnings.push("NO_PRIMARY_SOURCE");
      if (
        supportingSources.length > 0 &&
        supportingSources.every((id) => (upstream.get(id) ?? []).length > 0)
      ) {
        warnings.push("ONLY_SECOND_HAND");
      }
    }
    return { origins, originsByEvidence, warnings };
  };
}

export function analyseChain(input: ChainInput & { claimId: string }): ChainAnalysis {
  return createChainAnalyser(input)(input.claimId);
}

/** The sources cited in support, directly or by supporting sub-claims. */
function supportingSourceIds(claimId: string, byClaim: Map<string, ChainEvidenceFacts[]>): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const item of byClaim.get(id) ?? []) {
      if (item.stance !== "supports") continue;
      if (item.sourceId) result.push(item.sourceId);
      if (item.subClaimId) visit(item.subClaimId);
    }
  };
  visit(claimId);
  return unique(result);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export const WARNING_TEXT: Record<ChainWarningCode, string> = {
  NO_SUPPORT: "No supporting evidence yet.",
  SINGLE_ORIGIN: "Rests on a single origin: every supporting source goes back to the same text.",
  NO_PRIMARY_SOURCE: "No primary or archival source: the support is secondary literature only.",
  ONLY_SECOND_HAND: "Rests only on second-hand reports: no supporting source is an origin itself.",
};
