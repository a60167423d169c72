import type { ReactNode } from "react";

const TONES = {
  neutral: "bg-stone-100 text-stone-700 ring-stone-300",
  green: "bg-emerald-50 text-emerald-800 ring-emerald-300",
  red: "bg-rose-50 text-rose-800 ring-rose-300",
  amber: "bg-amber-50 text-amber-800 ring-amber-300",
  blue: "bg-sky-50 text-sky-800 ring-sky-300",
  accent: "bg-accent-soft text-accent ring-accent/30",
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}
