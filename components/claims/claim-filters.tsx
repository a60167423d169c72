"use client";

import { useRouter } from "next/navigation";
import { CLAIM_SORTS, CLAIM_STATUSES } from "@/lib/claims/schema";

const SORT_LABEL: Record<(typeof CLAIM_SORTS)[number], string> = {
  number: "Number ↑",
  "-number": "Number ↓",
  updated: "Least recently changed",
  "-updated": "Recently changed",
  status: "Status",
};

const FLAGS = [
  { name: "hasContradicting", label: "Has contradicting evidence" },
  { name: "hasArchival", label: "Has archival backing" },
  { name: "singleOrigin", label: "Rests on a single origin" },
] as const;

/** Filters and sorting of the claims list, kept in the address so a filtered view can be shared. */
export function ClaimFilters({
  base,
  current,
  tags,
}: {
  base: string;
  current: Record<string, string>;
  tags: string[];
}) {
  const router = useRouter();
  const go = (changes: Record<string, string | undefined>) => {
    const next = { ...current, ...changes };
    const params = new URLSearchParams(
      Object.entries(next).filter((entry): entry is [string, string] => !!entry[1]),
    );
    router.push(params.size ? `${base}?${params}` : base);
  };
  const selectClass = "rounded border border-stone-300 bg-white px-2 py-1 text-sm";

  return (
    <form
      aria-label="Filter claims"
      className="mt-4 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 text-sm"
      onSubmit={(event) => {
        event.preventDefault();
        go({ q: (new FormData(event.currentTarget).get("q") as string) || undefined });
      }}
    >
      <label className="flex flex-col gap-1">
        <span className="text-xs text-stone-500">Search</span>
        <input
          aria-label="Search"
          name="q"
          type="search"
          defaultValue={current.q ?? ""}
          placeholder="Words in the claim"
          className={selectClass}
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-stone-500">Status</span>
        <select
          aria-label="Status"
          className={selectClass}
          value={current.status ?? ""}
          onChange={(event) => go({ status: event.target.value || undefined })}
        >
          <option value="">any</option>
          {CLAIM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-stone-500">Tag</span>
        <select
          aria-label="Tag"
          className={selectClass}
          value={current.tag ?? ""}
          onChange={(event) => go({ tag: event.target.value || undefined })}
        >
          <option value="">any</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              #{tag}
            </option>
          ))}
        </select>
      </label>
      {FLAGS.map((flag) => (
        <label key={flag.name} className="flex items-center gap-1.5 self-center">
          <input
            aria-label={flag.label}
            type="checkbox"
            checked={current[flag.name] === "true"}
            onChange={(event) => go({ [flag.name]: event.target.checked ? "true" : undefined })}
          />
          {flag.label}
        </label>
      ))}
      <label className="ml-auto flex flex-col gap-1">
        <span className="text-xs text-stone-500">Sort</span>
        <select
          aria-label="Sort"
          className={selectClass}
          value={current.sort ?? "number"}
          onChange={(event) => go({ sort: event.target.value === "number" ? undefined : event.target.value })}
        >
          {CLAIM_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABEL[sort]}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
