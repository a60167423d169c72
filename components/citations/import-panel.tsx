"use client";

import { useRouter } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { apiError, type CitationJobState, ProgressBar, useCitationJob } from "./citation-job";

// Import: paste or upload BibTeX, RIS or CSL-JSON; the preview lists every entry read, with the
// line and reason of each broken one and what each duplicate matches; the member picks what to
// import and what to do with duplicates; the import commits all of it or nothing.

interface PreviewEntry {
  index: number;
  line: number;
  label: string | null;
  title: string | null;
  creator: string | null;
  year: number | null;
  status: "new" | "duplicate" | "error";
  error?: string;
  duplicateOf?: { reason: "doi" | "isbn" | "title"; sourceId?: string; entryIndex?: number; title: string };
}

interface Preview {
  format: "bibtex" | "ris" | "csl-json";
  counts: { entries: number; new: number; duplicates: number; errors: number };
  entries: PreviewEntry[];
}

interface Outcome {
  imported: { index: number; line: number; title: string; sourceId: string }[];
  merged: { index: number; line: number; title: string; sourceId: string }[];
  skipped: { index: number; line: number; title: string | null; reason: string }[];
  failed: { index: number; line: number; label: string | null; reason: string }[];
}

type Choice = "skip" | "merge" | "import";
type Filter = "all" | "new" | "duplicate" | "error";

const PAGE = 100;
const FORMAT_NAME = { bibtex: "BibTeX", ris: "RIS", "csl-json": "CSL-JSON" };
const REASON = { doi: "same DOI", isbn: "same ISBN", title: "same title, year and first author" };

export function ImportPanel({ projectId, sourcesHref }: { projectId: string; sourcesHref: string }) {
  const router = useRouter();
  const id = useId();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [choices, setChoices] = useState<Record<number, Choice>>({});
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const [filter, setFilter] = useState<Filter>("all");
  const [page, setPage] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const { job, follow, reset } = useCitationJob((finished: CitationJobState) => {
    setBusy(false);
    if (finished.status === "failed") setError(finished.error ?? "The import failed: nothing was imported.");
    else {
      setOutcome(finished.result as Outcome);
      router.refresh();
    }
  });

  const shown = useMemo(
    () => (preview?.entries ?? []).filter((entry) => filter === "all" || entry.status === filter),
    [preview, filter],
  );

  async function readFile(file: File) {
    setFileName(file.name);
    setText(await file.text());
    setPreview(null);
    setOutcome(null);
  }

  async function check() {
    setBusy(true);
    setError(null);
    setOutcome(null);
    reset();
    try {
      const response = await fetch(`/api/v1/projects/${projectId}/import?dryRun=true`, {
        method: "POST",
        headers: { "content-type": "text/plain; charset=utf-8" },
        body: text,
      });
      if (!response.ok) {
        setError(await apiError(response));
        return;
      }
      const { data } = (await response.json()) as { data: Preview };
      setPreview(data);
      setChoices({});
      setExcluded(new Set());
      setFilter(data.counts.errors ? "all" : "all");
      setPage(0);
    } finally {
      setBusy(false);
    }
  }

  const chosenCount = preview
    ? preview.entries.filter(
        (entry) =>
          entry.status !== "error" &&
          !excluded.has(entry.index) &&
          (entry.status === "new" || (choices[entry.index] ?? "skip") !== "skip"),
      ).length
    : 0;

  async function commit() {
    if (!preview) return;
    setBusy(true);
    setError(null);
    const form = new FormData();
    form.set("file", new Blob([text], { type: "text/plain" }), fileName ?? "import.txt");
    const decisions = Object.fromEntries(Object.entries(choices).map(([index, choice]) => [index, choice]));
    form.set("choices", JSON.stringify({ duplicates: "skip", decisions, exclude: [...excluded] }));
    try {
      const response = await fetch(`/api/v1/projects/${projectId}/import?format=${preview.format}`, {
        method: "POST",
        body: form,
      });
      if (response.status === 202) {
        const { data } = (await response.json()) as { data: { job: CitationJobState } };
        follow(data.job);
        return;
      }
      if (!response.ok) setError(await apiError(response));
      else {
        const { data } = (await response.json()) as { data: Outcome };
        setOutcome(data);
        router.refresh();
      }
      setBusy(false);
    } catch {
      setError("The import could not be sent: check your connection. Nothing was imported.");
      setBusy(false);
    }
  }

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="rounded border border-stone-300 bg-white p-4 shadow-sm"
    >
      <h2 id={`${id}-heading`} className="text-sm font-semibold uppercase tracking-wide text-stone-500">
        Import sources
      </h2>
      <p className="mt-1 text-sm text-stone-600">
        BibTeX, RIS or CSL-JSON (as Zotero exports them). Nothing is written until you import.
      </p>
      <div className="mt-3 grid gap-3">
        <div>
          <label htmlFor={`${id}-file`} className="block text-sm font-medium text-stone-700">
            Upload a file
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".bib,.bibtex,.ris,.json,.txt"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void readFile(file);
            }}
            className="mt-1 block text-sm"
          />
        </div>
        <div>
          <label htmlFor={`${id}-text`} className="block text-sm font-medium text-stone-700">
            Or paste it here
          </label>
          <textarea
            id={`${id}-text`}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setFileName(null);
              setPreview(null);
            }}
            rows={6}
            spellCheck={false}
            className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 font-mono text-xs shadow-sm focus:border-accent focus:outline-none"
          />
        </div>
        <div>
          <Button onClick={check} disabled={busy || !text.trim()}>
            Check the file
          </Button>
        </div>
      </div>

      {error && (
        <p
          role="alert"
          className="mt-3 rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900"
        >
          {error}
        </p>
      )}

      {preview && !outcome && (
        <div className="mt-4">
          <p className="text-sm text-stone-700" role="status">
            {FORMAT_NAME[preview.format]}: {preview.counts.entries.toLocaleString("en")} entries —{" "}
            {preview.counts.new.toLocaleString("en")} new, {preview.counts.duplicates.toLocaleString("en")}{" "}
            duplicates, {preview.counts.errors.toLocaleString("en")} with errors.
          </p>
          <fieldset className="mt-2 flex flex-wrap gap-1 text-sm" aria-label="Show entries">
            {(["all", "error", "duplicate", "new"] as const).map((value) => (
              <button
                key={value}
                type="button"
                aria-pressed={filter === value}
                onClick={() => {
                  setFilter(value);
                  setPage(0);
                }}
                className={`rounded px-2 py-1 ${filter === value ? "bg-accent text-white" : "bg-stone-100 text-stone-700"}`}
              >
                {{ all: "All", error: "Errors", duplicate: "Duplicates", new: "New" }[value]}
              </button>
            ))}
          </fieldset>
          <table className="mt-2 w-full border-collapse text-left text-sm">
            <caption className="sr-only">Entries of the file</caption>
            <thead>
              <tr className="border-b border-stone-300 text-xs uppercase tracking-wide text-stone-500">
                <th scope="col" className="w-10 py-1 pr-2">
                  <span className="sr-only">Import</span>
                </th>
                <th scope="col" className="w-16 py-1 pr-2">
                  Line
                </th>
                <th scope="col" className="py-1 pr-2">
                  Entry
                </th>
                <th scope="col" className="w-64 py-1">
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(page * PAGE, (page + 1) * PAGE).map((entry) => (
                <tr
                  key={entry.index}
                  className="border-b border-stone-200 align-top"
                  data-status={entry.status}
                >
                  <td className="py-1 pr-2">
                    {entry.status !== "error" && (
                      <input
                        type="checkbox"
                        aria-label={`Import ${entry.title ?? `entry ${entry.index + 1}`}`}
                        checked={!excluded.has(entry.index)}
                        onChange={(event) => {
                          const next = new Set(excluded);
                          if (event.target.checked) next.delete(entry.index);
                          else next.add(entry.index);
                          setExcluded(next);
                        }}
                      />
                    )}
                  </td>
                  <td className="py-1 pr-2 tabular-nums text-stone-500">{entry.line}</td>
                  <td className="py-1 pr-2">
                    {entry.title ? (
                      <>
                        <span className="font-serif">{entry.title}</span>
                        <span className="text-stone-500">
                          {[entry.creator, entry.year].filter(Boolean).length
                            ? ` — ${[entry.creator, entry.year].filter(Boolean).join(", ")}`
                            : ""}
                        </span>
                      </>
                    ) : (
                      <span className="text-stone-500">{entry.label ?? `Entry ${entry.index + 1}`}</span>
                    )}
                  </td>
                  <td className="py-1">
                    {entry.status === "error" && <span className="text-rose-700">{entry.error}</span>}
                    {entry.status === "new" && <span className="text-emerald-700">New</span>}
                    {entry.status === "duplicate" && entry.duplicateOf && (
                      <span className="block">
                        <span className="text-amber-800">
                          Duplicate ({REASON[entry.duplicateOf.reason]}) of{" "}
                          {entry.duplicateOf.sourceId ? (
                            <a className="underline" href={`${sourcesHref}/${entry.duplicateOf.sourceId}`}>
                              “{entry.duplicateOf.title}”
                            </a>
                          ) : (
                            `entry ${entry.duplicateOf.entryIndex! + 1} of the file`
                          )}
                        </span>
                        <select
                          aria-label={`What to do with the duplicate ${entry.title ?? ""}`}
                          value={choices[entry.index] ?? "skip"}
                          onChange={(event) =>
                            setChoices({ ...choices, [entry.index]: event.target.value as Choice })
                          }
                          className="ml-1 rounded border border-stone-300 px-1 py-0.5 text-xs"
                        >
                          <option value="skip">Skip</option>
                          {entry.duplicateOf.sourceId && <option value="merge">Merge into it</option>}
                          <option value="import">Import anyway</option>
                        </select>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length > PAGE && (
            <div className="mt-2 flex items-center gap-2 text-sm">
              <Button variant="ghost" disabled={page === 0} onClick={() => setPage(page - 1)}>
                ← Previous
              </Button>
              <span>
                {page * PAGE + 1}–{Math.min(shown.length, (page + 1) * PAGE)} of{" "}
                {shown.length.toLocaleString("en")}
              </span>
              <Button
                variant="ghost"
                disabled={(page + 1) * PAGE >= shown.length}
                onClick={() => setPage(page + 1)}
              >
                Next →
              </Button>
            </div>
          )}
          <div className="mt-3 flex items-center gap-3">
            <Button onClick={commit} disabled={busy || chosenCount === 0}>
              Import {chosenCount.toLocaleString("en")} {chosenCount === 1 ? "entry" : "entries"}
            </Button>
            <span className="text-xs text-stone-500">
              All of them or none: the import is one transaction.
            </span>
          </div>
        </div>
      )}

      {job && <ProgressBar job={job} label="Import" />}

      {outcome && (
        <div
          role="status"
          className="mt-4 rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-950"
        >
          <p>
            Imported {outcome.imported.length.toLocaleString("en")}, merged{" "}
            {outcome.merged.length.toLocaleString("en")}, skipped{" "}
            {outcome.skipped.length.toLocaleString("en")}, failed {outcome.failed.length.toLocaleString("en")}
            .
          </p>
          {outcome.failed.length > 0 && (
            <ul className="mt-1 list-disc pl-5 text-rose-800">
              {outcome.failed.slice(0, 20).map((entry) => (
                <li key={entry.index}>{entry.reason}</li>
              ))}
            </ul>
          )}
          <a href={sourcesHref} className="mt-1 inline-block underline">
            See the sources
          </a>
        </div>
      )}
    </section>
  );
}
