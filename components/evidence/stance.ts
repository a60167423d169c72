import type { Stance } from "@/lib/claims/types";

export const STANCE_HEADING: Record<Stance, string> = {
  supports: "Supporting",
  contradicts: "Contradicting",
  qualifies: "Qualifying",
  context: "Context",
};

export const STANCE_STYLE: Record<Stance, { border: string; text: string; dot: string }> = {
  supports: { border: "border-emerald-600", text: "text-emerald-800", dot: "bg-emerald-600" },
  contradicts: { border: "border-rose-600", text: "text-rose-800", dot: "bg-rose-600" },
  qualifies: { border: "border-amber-500", text: "text-amber-800", dot: "bg-amber-500" },
  context: { border: "border-stone-400", text: "text-stone-700", dot: "bg-stone-400" },
};
