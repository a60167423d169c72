"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { ProgressBar } from "@/components/citations/citation-job";
import { Button } from "@/components/ui/button";
import { type ArchiveJobState, formatBytes, useArchiveJob } from "./use-archive-job";

// "Restore from archive": upload the .zip (checked whole on the server, nothing written), read
// the dry-run report, then restore it into a new project.

interface Plan {
  project: { name: string; description: string | null };
  exportedAt: string;
  exportedBy: { email: string; name: string | null } | null;
  appVersion: string;
  counts: Record<string, number>;
  photoBytes: number;
  privateNotes: "member" | "backup";
  people: { name: string | null; email: string; role: string | null; becomes: string }[];
}

const LABELS: Record<string, string> = {
  sources: "Sources",
  sourceContributors: "Authors and other contributors",
  relations: "Provenance links",
  passages: "Passages",
  translations: "Translations",
  photos: "Photos",
  claims: "Claims",
  evidence: "Evidence links",
  observers: "Observers",
  readings: "Readings",
  readingPhrases: "Quoted phrases",
  readingClaimStances: "Readings' stances on claims",
  questions: "Comparison questions",
  answers: "Answers",
  annotations: "Notes and replies",
  citationStyles: "Uploaded citation styles",
  arguments: "Arguments",
  argumentPoints: "Argument points",
  history: "History entries",
};

function upload(
  file: File,
  onProgress: (fraction: number) => void,
): Promise<{ status: number; body: unknown }> {
  // XMLHttpRequest, not fetch: it reports the upload's progress, which a large archive needs.
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/v1/project-archives?fileName=${encodeURIComponent(file.name)}`);
    request.setRequestHeader("content-type", "application/zip");
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      resolve({ status: request.status, body });
    };
    request.onerror = () => reject(new Error("The server could not be reached."));
    request.send(file);
  });
}

export function RestoreArchive() {
  const inputId = useId();
  const nameId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState("");
  const { job, follow, reset } = useArchiveJob();
  const plan = (job?.report ?? null) as Plan | null;

  async function check() {
    if (!file) return;
    setError(null);
    reset();
    setUploading(0);
    try {
      const { status, body } = await upload(file, setUploading);
      const answer = body as { data?: ArchiveJobState; error?: { message: string } } | null;
      if (status !== 201 || !answer?.data) {
        setError(answer?.error?.message ?? `The server answered ${status}.`);
        return;
      }
      follow(answer.data);
      setName((answer.data.report as Plan).project.name);
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setUploading(null);
    }
  }

  async function restore() {
    if (!job?.restoreUrl) return;
    setError(null);
    const response = await fetch(job.restoreUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(name.trim() ? { name: name.trim() } : {}),
    });
    const answer = await response.json().catch(() => null);
    if (response.status !== 202) {
      setError(answer?.error?.message ?? `The server answered ${response.status}.`);
      return;
    }
    follow({ ...answer.data.job, report: job.report });
  }

  return (
    <div className="max-w-3xl space-y-5">
      <div className="rounded-lg border border-stone-200 bg-white p-5">
        <label htmlFor={inputId} className="block font-medium">
          Project archive (.zip)
        </label>
        <p className="mt-1 text-sm text-stone-600">
          An archive made by "Download archive" in a project's settings, or a daily backup from .data/backups.
          It is checked whole before anything is written.
        </p>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <input
            id={inputId}
            type="file"
            accept=".zip,application/zip"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setError(null);
              reset();
            }}
            className="text-sm"
          />
          <Button onClick={check} disabled={!file || uploading !== null || job?.status === "running"}>
            {uploading !== null ? `Checking… ${Math.round(uploading * 100)}%` : "Check archive"}
          </Button>
        </div>
        {error && (
          <p role="alert" className="mt-3 text-sm text-rose-800">
            {error}
          </p>
        )}
      </div>

      {plan && job && (
        <section aria-labelledby="restore-report" className="rounded-lg border border-stone-200 bg-white p-5">
          <h2 id="restore-report" className="font-semibold">
            {job.status === "done" ? "Restored" : "What the restore will create"}
          </h2>
          <p className="mt-1 text-sm text-stone-600">
            “{plan.project.name}”, archived on {new Date(plan.exportedAt).toLocaleString("en-GB")}
            {plan.exportedBy ? ` by ${plan.exportedBy.name ?? plan.exportedBy.email}` : ""} (Apparatus{" "}
            {plan.appVersion}). Every file's checksum matches.
          </p>
          <table className="mt-3 w-full text-sm">
            <caption className="sr-only">Rows to create</caption>
            <tbody>
              {Object.entries(plan.counts)
                .filter(([kind, count]) => LABELS[kind] && count > 0)
                .map(([kind, count]) => (
                  <tr key={kind} className="border-t border-stone-100">
                    <th scope="row" className="py-1 text-left font-normal text-stone-700">
                      {LABELS[kind]}
                    </th>
                    <td className="py-1 text-right tabular-nums">
                      {count.toLocaleString("en")}
                      {kind === "photos" && plan.photoBytes > 0 ? ` (${formatBytes(plan.photoBytes)})` : ""}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
          <h3 className="mt-4 text-sm font-medium">People</h3>
          <ul className="mt-1 space-y-0.5 text-sm">
            {plan.people.map((person) => (
              <li key={person.email}>
                {person.name ?? person.email} <span className="text-stone-500">({person.email})</span>:{" "}
                {person.becomes}
              </li>
            ))}
          </ul>
          <p className="mt-3 text-xs text-stone-500">
            {plan.privateNotes === "backup"
              ? "A server backup: it holds every member's private notes, each kept private to its author."
              : "It holds the shared notes and the private notes of the member who made it."}
          </p>

          {job.status === "uploaded" && (
            <div className="mt-4 flex flex-wrap items-end gap-3">
              <div>
                <label htmlFor={nameId} className="block text-sm font-medium">
                  Name of the new project
                </label>
                <input
                  id={nameId}
                  value={name}
                  onChange={(event) => setName(event.target.value)}
                  maxLength={200}
                  className="mt-1 w-80 rounded border border-stone-300 px-2 py-1 text-sm"
                />
              </div>
              <Button onClick={restore}>Restore as a new project</Button>
            </div>
          )}
          {(job.status === "queued" || job.status === "running") && <ProgressBar job={job} label="Restore" />}
          {job.status === "failed" && (
            <p role="alert" className="mt-3 text-sm text-rose-800">
              {job.error}
            </p>
          )}
          {job.status === "done" && job.projectId && (
            <p className="mt-4 text-sm" aria-live="polite">
              The project is restored.{" "}
              <Link href={`/projects/${job.projectId}`} className="font-medium text-accent underline">
                Open {name || plan.project.name}
              </Link>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
