import type { ReactNode } from "react";

/** A section of the source page (Passages, Provenance, Notes, History), named by its heading. */
export function SourcePageSection({
  id,
  heading,
  className,
  children,
}: {
  /** The heading's id, which links to the section (#passages-heading). */
  id: string;
  heading: ReactNode;
  /** Its width: max-w-4xl or max-w-5xl. */
  className: string;
  children: ReactNode;
}) {
  return (
    <section className={`mt-12 ${className}`} aria-labelledby={id}>
      <h2 id={id} className="text-sm font-semibold uppercase tracking-wide text-stone-500">
        {heading}
      </h2>
      {children}
    </section>
  );
}
