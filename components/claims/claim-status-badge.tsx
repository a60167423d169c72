import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ClaimStatus } from "@/lib/claims/types";

const TONE: Record<ClaimStatus, BadgeTone> = {
  working: "blue",
  supported: "green",
  contested: "amber",
  refuted: "red",
  abandoned: "neutral",
};

export function ClaimStatusBadge({ status }: { status: ClaimStatus }) {
  return <Badge tone={TONE[status]}>{status}</Badge>;
}
