import type { ArgumentPointKind, ArgumentQuoteMode, Stance } from "@/lib/db/generated/enums";

export interface ArgumentSummary {
  id: string;
  title: string;
  description: string | null;
  version: number;
  points: number;
  updatedAt: string;
}

/** A piece of the claim's evidence, as the point's evidence picker lists it. */
export interface EvidenceOption {
  id: string;
  stance: Stance;
  confidence: number;
  label: string;
}

export interface ArgumentPointDetail {
  id: string;
  kind: ArgumentPointKind;
  position: number;
  depth: number;
  text: string;
  claim: { id: string; number: number; statement: string } | null;
  evidenceIds: string[];
  citeContrary: boolean;
  quote: ArgumentQuoteMode;
  version: number;
  createdById: string | null;
  evidenceOptions: EvidenceOption[];
}

export interface ArgumentDetail {
  id: string;
  projectId: string;
  title: string;
  description: string | null;
  version: number;
  createdById: string | null;
  updatedAt: string;
  points: ArgumentPointDetail[];
}
