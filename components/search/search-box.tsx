"use client";

import { useEffect } from "react";
import { SEARCH_INPUT_ATTRIBUTE } from "./search-input";

/** Typing in these must not be taken for the shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * "/" or Ctrl+K (⌘K) puts the cursor in the search box from anywhere in the project; Escape
 * leaves it. Rendered once, in the project's header.
 */
export function SearchShortcut() {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const commandK = event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey);
      const slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey;
      if (!commandK && !(slash && !isTyping(event.target))) return;
      const input = document.querySelector<HTMLInputElement>(`[${SEARCH_INPUT_ATTRIBUTE}]`);
      if (!input) return;
      event.preventDefault();
      input.focus();
      input.select();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  return null;
}

/** The project's search box, shown in the header of every page of the project but search's own. */
export function SearchBox({ projectId }: { projectId: string }) {
  return (
    <search aria-label="Search this project">
      <form method="get" action={`/projects/${projectId}/search`} className="relative">
        <label htmlFor="project-search" className="sr-only">
          Search this project
        </label>
        <input
          {...{ [SEARCH_INPUT_ATTRIBUTE]: "" }}
          id="project-search"
          type="search"
          name="q"
          required
          maxLength={200}
          placeholder="Search this project…"
          aria-keyshortcuts="/ Control+K Meta+K"
          onKeyDown={(event) => {
            if (event.key === "Escape") event.currentTarget.blur();
          }}
          className="w-64 rounded border border-stone-300 bg-white py-1.5 pl-3 pr-8 text-sm shadow-sm focus:w-80 focus:border-accent focus:outline-none"
        />
        <span
          aria-hidden="true"
          className="pointer-events-none absolute right-2 top-1/2 -translate-y-1/2 rounded border border-stone-300 px-1 font-mono text-xs text-stone-500"
        >
          /
        </span>
      </form>
    </search>
  );
}
