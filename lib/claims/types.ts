import type { ClaimStatus, Stance } from "@/lib/db/generated/enums";
import type { ScanPlace } from "@/lib/regions/types";
import type { SourceReference } from "@/lib/sources/types";

export type { ClaimStatus, Stance };

export interface ClaimSummary {
  id: string;
  projectId: string;
  number: number;
  statement: string;
  attribution: string | null;
  status: ClaimStatus;
  tags: string[];
  period: string | null;
  evidenceCounts: Record<Stance, number>;
  updatedAt: string;
}

export type { SourceReference };

export interface PassageReference {
  id: string;
  text: string;
  language: string | null;
  locator: string | null;
  translations: { language: string; text: string; translator: string | null }[];
  source: SourceReference;
  /** Where the passage stands on the source's photos: "see on the scan", "photo 12, region 3". */
  scans: ScanPlace[];
}

export type EvidenceTarget =
  | { kind: "passage"; passage: PassageReference }
  | { kind: "source"; source: SourceReference }
  | { kind: "claim"; claim: { id: string; number: number; statement: string; status: ClaimStatus } };

export interface EvidenceItem {
  id: string;
  stance: Stance;
  confidence: number;
  rationale: string | null;
  position: number;
  version: number;
  createdById: string | null;
  target: EvidenceTarget;
  /** The independent origins this item goes back to (source ids). */
  origins: string[];
}

export interface ChainRelation {
  fromSourceId: string;
  toSourceId: string;
  type: string;
  /** Carries the other's content (reprint, translation, report ...), as opposed to a comment or citation. */
  derivation: boolean;
}

export interface ChainWarning {
  code: string;
  message: string;
}

/** What a claim rests on: its evidence, the provenance of every source down to the origins. */
export interface EvidenceChain {
  evidence: EvidenceItem[];
  sources: Record<string, SourceReference & { isOrigin: boolean }>;
  relations: ChainRelation[];
  subClaims: Record<string, { id: string; number: number; statement: string; status: ClaimStatus }>;
  origins: Record<Stance, string[]>;
  independentOrigins: Record<Stance, number>;
  warnings: ChainWarning[];
}

/** A claim with its own fields; its evidence chain is an EvidenceChain, read apart. */
export interface ClaimDetail extends ClaimSummary {
  note: string | null;
  version: number;
  createdById: string | null;
  createdAt: string;
  periodEdtf: string | null;
  /** The claims this one is evidence for. */
  usedBy: { claimId: string; number: number; stance: Stance }[];
}
