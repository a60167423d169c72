import Link from "next/link";

/** Links to the pages around a keyset-paginated list; nothing when it fits on one page. */
export function Pager(props: { previousHref: string | null; nextHref: string | null; label: string }) {
  if (!props.previousHref && !props.nextHref) return null;
  return (
    <nav aria-label={props.label} className="mt-4 flex items-center gap-4 text-sm">
      {props.previousHref && (
        <Link href={props.previousHref} className="text-accent underline">
          ← Previous page
        </Link>
      )}
      {props.nextHref && (
        <Link href={props.nextHref} className="text-accent underline">
          Next page →
        </Link>
      )}
    </nav>
  );
}
