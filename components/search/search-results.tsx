"use client";

import Link from "next/link";
import { type KeyboardEvent, useRef } from "react";
import { SeeOnScan } from "@/components/images/scan-view";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { imageFileUrl } from "@/lib/images/urls";
import type { SearchHit, SearchHitKind } from "@/lib/search/types";
import { HighlightedText } from "./highlighted-text";

const KIND: Record<SearchHitKind, { label: string; tone: BadgeTone }> = {
  claim: { label: "Claim", tone: "accent" },
  source: { label: "Source", tone: "blue" },
  passage: { label: "Passage", tone: "neutral" },
  translation: { label: "Translation", tone: "neutral" },
  annotation: { label: "Note", tone: "amber" },
  reading: { label: "Reading", tone: "green" },
  image: { label: "Photo", tone: "neutral" },
};

/** The hits, each a link; ↑/↓ (or k/j) move between them, Enter opens one. */
export function SearchResults({ hits }: { hits: SearchHit[] }) {
  const links = useRef<(HTMLAnchorElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>, index: number) {
    const move = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 }[event.key];
    if (!move) return;
    event.preventDefault();
    links.current[Math.min(Math.max(index + move, 0), hits.length - 1)]?.focus();
  }

  return (
    <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white shadow-sm">
      {hits.map((hit, index) => (
        <li key={`${hit.kind}:${hit.id}`}>
          <Link
            href={hit.url}
            ref={(element) => {
              links.current[index] = element;
            }}
            onKeyDown={(event) => onKeyDown(event, index)}
            className="flex gap-3 px-4 py-3 hover:bg-stone-50 focus:bg-accent-soft focus:outline-none"
          >
            {hit.kind === "image" && (
              // biome-ignore lint/performance/noImgElement: the API serves the thumbnail; next/image would copy it.
              <img
                src={imageFileUrl(hit.id, "thumbnail")}
                alt=""
                loading="lazy"
                decoding="async"
                className="h-16 w-12 shrink-0 rounded-sm bg-stone-100 object-cover"
              />
            )}
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-baseline gap-2">
                <Badge tone={KIND[hit.kind].tone}>{KIND[hit.kind].label}</Badge>
                <span className="font-medium text-ink">
                  <HighlightedText value={hit.title} />
                </span>
                {hit.context && (
                  <span className="text-sm text-stone-500">
                    <HighlightedText value={hit.context} />
                  </span>
                )}
              </div>
              {hit.snippet.text && (
                <p
                  className="mt-1 line-clamp-3 whitespace-pre-line text-sm text-stone-700"
                  lang={hit.language ?? undefined}
                >
                  <HighlightedText value={hit.snippet} />
                </p>
              )}
            </div>
          </Link>
          {hit.scans.length > 0 && (
            // Outside the link: a passage read from photos opens on its region.
            <div className="px-4 pb-3 pl-4">
              <SeeOnScan places={hit.scans} context={hit.title.text} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
