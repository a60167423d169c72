import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ANSWER_LABEL } from "@/lib/observers/schema";
import type { AnswerValue } from "@/lib/observers/types";

const TONE: Record<AnswerValue, BadgeTone> = {
  yes: "green",
  no: "red",
  ambiguous: "amber",
  silent: "neutral",
};

export function AnswerBadge({ value }: { value: AnswerValue }) {
  return <Badge tone={TONE[value]}>{ANSWER_LABEL[value]}</Badge>;
}
