import type { HighlightedText as Highlighted } from "@/lib/search/highlight";

/** Text with its matched runs in <mark>, built from offsets: no markup from the database is ever rendered. */
export function HighlightedText({ value }: { value: Highlighted }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of value.highlights) {
    if (start > at) parts.push(value.text.slice(at, start));
    parts.push(
      <mark key={start} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
        {value.text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < value.text.length) parts.push(value.text.slice(at));
  return <>{parts}</>;
}
