"use client";

import { useId, useState } from "react";
import { apiError } from "@/components/citations/citation-job";
import { Button } from "@/components/ui/button";

interface ImportReport {
  imported: number;
  replies: number;
  unmatched: { index: number; id: string | null; quote: string | null; reason: string }[];
}

/** Notes out as W3C Web Annotations (JSON-LD), and in from such a file or a Hypothesis export. */
export function W3CNotesPanel({
  projectId,
  canImport,
  canShare,
}: {
  projectId: string;
  canImport: boolean;
  canShare: boolean;
}) {
  const fileId = useId();
  const visibilityId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [visibility, setVisibility] = useState<"private" | "shared">("private");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const base = `/api/v1/projects/${projectId}/annotations/w3c`;

  async function importFile() {
    if (!file) return;
    setPending(true);
    setError(null);
    setReport(null);
    try {
      const response = await fetch(`${base}?visibility=${visibility}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: file,
      });
      if (!response.ok) setError(await apiError(response));
      else setReport(((await response.json()) as { data: ImportReport }).data);
    } catch {
      setError("The server could not be reached; nothing was imported.");
    } finally {
      setPending(false);
    }
  }

  return (
    <section
      id="w3c-notes"
      aria-labelledby="w3c-notes-heading"
      className="rounded-lg border border-stone-200 bg-white p-5"
    >
      <h2 id="w3c-notes-heading" className="font-semibold">
        Notes as W3C Web Annotations
      </h2>
      <p className="mt-1 text-sm text-stone-600">
        The notes you can see, as a JSON-LD AnnotationCollection that Hypothesis, Recogito and other
        annotation tools read: each note on its passage's text by quote and position.
      </p>
      <div className="mt-3 flex flex-wrap gap-3 text-sm">
        <a href={`${base}?download=true`} className="font-medium text-accent underline">
          Export notes (W3C)
        </a>
        <a href={`${base}?mine=true&download=true`} className="text-accent underline">
          Only my notes
        </a>
      </div>
      {canImport && (
        <div className="mt-5 border-t border-stone-100 pt-4">
          <label htmlFor={fileId} className="block text-sm font-medium">
            Import notes (W3C JSON-LD, or a Hypothesis export)
          </label>
          <div className="mt-2 flex flex-wrap items-center gap-3">
            <input
              id={fileId}
              type="file"
              accept=".json,.jsonld,application/json,application/ld+json"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              className="text-sm"
            />
            <label htmlFor={visibilityId} className="sr-only">
              Visibility of the imported notes
            </label>
            <select
              id={visibilityId}
              value={visibility}
              onChange={(event) => setVisibility(event.target.value as "private" | "shared")}
              className="rounded border border-stone-300 px-2 py-1 text-sm"
            >
              <option value="private">As my private notes</option>
              {canShare && <option value="shared">Shared with the project</option>}
            </select>
            <Button onClick={importFile} disabled={!file || pending}>
              {pending ? "Importing…" : "Import notes"}
            </Button>
          </div>
          {error && (
            <p role="alert" className="mt-2 text-sm text-rose-800">
              {error}
            </p>
          )}
          {report && (
            <div className="mt-3 text-sm" aria-live="polite">
              <p>
                Imported {report.imported} {report.imported === 1 ? "note" : "notes"} and {report.replies}{" "}
                {report.replies === 1 ? "reply" : "replies"}.
                {report.unmatched.length > 0 && ` ${report.unmatched.length} matched nothing here:`}
              </p>
              {report.unmatched.length > 0 && (
                <ul className="mt-1 list-disc space-y-0.5 pl-5 text-stone-700">
                  {report.unmatched.map((item) => (
                    <li key={item.index}>
                      Annotation {item.index + 1}
                      {item.quote ? ` (“${item.quote.slice(0, 80)}”)` : ""}: {item.reason}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
