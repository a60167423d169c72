import type { ClaimStatus, Stance } from "@/lib/db/generated/enums";

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

export interface SourceReference {
  id: string;
  title: string;
  kind: string;
  shortCitation: string;
  issued: string | null;
  archiveLocation: string | null;
}

export interface PassageReference {
  id: string;
  text: string;
  language: string | null;
  locator: string | null;
  translations: { language: string; text: string; translator: string | null }[];
  source: SourceReference;
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
  target: EvidenceTarget;
}

export interface ClaimDetail extends Omit<ClaimSummary, "evidenceCounts"> {
  note: string | null;
  version: number;
  createdAt: string;
  evidence: EvidenceItem[];
}
