"use client";

import { type KeyboardEvent, useEffect, useId, useState } from "react";
import type { SearchHit } from "@/lib/search/types";
import { HighlightedText } from "./highlighted-text";

export interface PickedItem {
  id: string;
  label: string;
}

const PICKER_RESULTS = 8;
/** Typing pauses this long before a search is sent. */
const DEBOUNCE_MS = 250;

/** The id of what a hit stands for: a translation's hit picks its passage. */
function pickedId(hit: SearchHit): string {
  return hit.kind === "translation" ? (hit.passageId ?? hit.id) : hit.id;
}

function labelOf(hit: SearchHit): string {
  const title = hit.kind === "claim" ? `${hit.title.text}: ${hit.snippet.text}` : hit.title.text;
  const where = hit.context?.text;
  const excerpt =
    hit.kind === "passage" || hit.kind === "translation" ? ` “${hit.snippet.text.slice(0, 60)}…”` : "";
  return `${title}${where ? ` (${where})` : ""}${excerpt}`;
}

/**
 * Finds a passage, source or claim of the project as you type, through the search API, for the
 * forms whose lists cannot hold a whole project: ↑/↓ move, Enter picks, Escape closes.
 */
export function SearchPicker(props: {
  projectId: string;
  kind: "passage" | "source" | "claim";
  label: string;
  onPick: (item: PickedItem) => void;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<"idle" | "searching" | "done" | "failed">("idle");

  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setHits([]);
      setStatus("idle");
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setStatus("searching");
      const params = new URLSearchParams({
        projectId: props.projectId,
        q,
        kind: props.kind,
        limit: String(PICKER_RESULTS),
      });
      try {
        const response = await fetch(`/api/v1/search?${params}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const page = (await response.json()) as { data: SearchHit[] };
        // One entry per item: a passage and its translation are one thing to pick.
        const seen = new Set<string>();
        setHits(page.data.filter((hit) => !seen.has(pickedId(hit)) && seen.add(pickedId(hit))));
        setActive(0);
        setStatus("done");
      } catch (error) {
        if (!controller.signal.aborted) setStatus("failed");
        void error;
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, props.projectId, props.kind]);

  function pick(hit: SearchHit) {
    props.onPick({ id: pickedId(hit), label: labelOf(hit) });
    setQuery("");
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => Math.min(Math.max(index + step, 0), Math.max(hits.length - 1, 0)));
    } else if (event.key === "Enter" && hits[active]) {
      event.preventDefault();
      pick(hits[active]);
    } else if (event.key === "Escape") {
      setQuery("");
    }
  }

  const listId = `${id}-results`;
  const open = query.trim() !== "" && status !== "idle";
  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="block text-sm font-medium text-stone-700">
        {props.label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${id}-hit-${active}` : undefined}
        value={query}
        maxLength={200}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder="Words, a title, an author, a reference…"
        className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-accent focus:outline-none"
      />
      {open && (
        <div
          id={listId}
          role="listbox"
          aria-label={`${props.label}: results`}
          className="absolute z-10 mt-1 max-h-80 w-full overflow-auto rounded border border-stone-200 bg-white text-sm shadow-lg"
        >
          {status === "searching" && hits.length === 0 && (
            <div className="px-3 py-2 text-stone-500">Searching…</div>
          )}
          {status === "failed" && (
            <div className="px-3 py-2 text-rose-700">The search failed; try again.</div>
          )}
          {status === "done" && hits.length === 0 && (
            <div className="px-3 py-2 text-stone-500">Nothing matches “{query.trim()}”.</div>
          )}
          {hits.map((hit, index) => (
            <div
              key={`${hit.kind}:${hit.id}`}
              id={`${id}-hit-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(hit);
              }}
              onMouseEnter={() => setActive(index)}
              className={`cursor-pointer px-3 py-2 ${index === active ? "bg-accent-soft" : ""}`}
            >
              <span className="font-medium">
                <HighlightedText value={hit.title} />
              </span>
              {hit.context && <span className="ml-2 text-stone-500">{hit.context.text}</span>}
              {hit.kind !== "source" && hit.snippet.text && (
                <span className="mt-0.5 block line-clamp-2 text-stone-600">
                  <HighlightedText value={hit.snippet} />
                </span>
              )}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
