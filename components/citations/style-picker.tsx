"use client";

import { useEffect, useId, useState } from "react";

export interface StyleOption {
  id: string;
  title: string;
  /** The independent style a dependent one formats with. */
  dependsOn?: string | null;
  uploaded?: boolean;
  /** For Apparatus's own variant of a published style: what it changes. */
  changes?: string | null;
}

interface StyleList {
  installed: boolean;
  /** Which set of styles is offered: the bundled one or the server's full one. */
  set: string;
  total: number;
  uploaded: { id: string; styleId: string; title: string }[];
  styles: { id: string; title: string; dependsOn: string | null; changes: string | null }[];
}

/**
 * A searchable list of the offered CSL styles (the bundled set, or about 10,000 with Debian's
 * package), the project's own uploads first. Searching asks the server, which holds the index.
 */
export function StylePicker({
  projectId,
  value,
  onChange,
  initial,
}: {
  projectId: string;
  value: string;
  onChange: (style: StyleOption) => void;
  initial: StyleOption[];
}) {
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<StyleOption[]>(initial);
  const [styleSet, setStyleSet] = useState<string | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const listId = useId();

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(
          `/api/v1/projects/${projectId}/citation-styles?${new URLSearchParams({ q: query, limit: "40" })}`,
          { signal: controller.signal },
        );
        if (!response.ok) return;
        const { data } = (await response.json()) as { data: StyleList };
        setStyleSet(data.set);
        setTotal(data.total);
        const lowered = query.trim().toLowerCase();
        const uploads = data.uploaded
          .filter(
            (style) =>
              !lowered || style.title.toLowerCase().includes(lowered) || style.styleId.includes(lowered),
          )
          .map((style) => ({ id: style.styleId, title: style.title, uploaded: true }));
        setOptions([...uploads, ...data.styles.map((style) => ({ ...style }))]);
      } catch {
        // Aborted by the next keystroke.
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [projectId, query]);

  const current =
    options.find((option) => option.id === value) ?? initial.find((option) => option.id === value);

  return (
    <div>
      <label htmlFor={`${listId}-search`} className="block text-sm font-medium text-stone-700">
        Citation style
      </label>
      <input
        id={`${listId}-search`}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={
          total
            ? `Search ${total.toLocaleString("en")} styles (e.g. MLA, Harvard, a journal)`
            : "Search styles"
        }
        className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-accent focus:outline-none"
      />
      <select
        aria-label="Citation style"
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.id === event.target.value);
          if (chosen) onChange(chosen);
        }}
        size={Math.min(6, Math.max(2, options.length))}
        className="mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm"
      >
        {current && !options.some((option) => option.id === current.id) && (
          <option value={current.id}>{current.title}</option>
        )}
        {options.map((option) => (
          <option key={`${option.uploaded ? "u" : "s"}-${option.id}`} value={option.id}>
            {option.title}
            {option.uploaded
              ? " (uploaded to this project)"
              : option.dependsOn
                ? ` (as ${option.dependsOn})`
                : ""}
          </option>
        ))}
      </select>
      {current?.changes && (
        <p className="mt-1 text-xs text-stone-600">
          <span className="font-medium">Apparatus’s variant of the official style.</span> {current.changes}
        </p>
      )}
      {styleSet && (
        <p role="status" className="mt-1 text-xs text-stone-600">
          {styleSet}
        </p>
      )}
    </div>
  );
}
