"use client";

import { useCallback, useEffect, useRef, useState } from "react";

// Following a long export or import: the API answers 202 with a job; this polls its progress
// (GET /api/v1/citation-jobs/{id}) until it is done or failed.

export interface CitationJobState {
  id: string;
  kind: "export" | "import" | "argument_export";
  status: "queued" | "running" | "done" | "failed";
  progress: number;
  total: number;
  result?: unknown;
  error?: string | null;
  fileUrl?: string | null;
}

export async function apiError(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    return body.error?.message ?? `The server answered ${response.status}.`;
  } catch {
    return `The server answered ${response.status}.`;
  }
}

export function useCitationJob(onDone: (job: CitationJobState) => void) {
  const [job, setJob] = useState<CitationJobState | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const done = useRef(onDone);
  done.current = onDone;

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const follow = useCallback((initial: CitationJobState) => {
    setJob(initial);
    const poll = async () => {
      const response = await fetch(`/api/v1/citation-jobs/${initial.id}`, { cache: "no-store" });
      if (!response.ok) {
        setJob(
          (current) =>
            current && { ...current, status: "failed", error: `Lost track of the job (${response.status}).` },
        );
        return;
      }
      const { data } = (await response.json()) as { data: CitationJobState };
      setJob(data);
      if (data.status === "done" || data.status === "failed") done.current(data);
      else timer.current = setTimeout(poll, 500);
    };
    timer.current = setTimeout(poll, 300);
  }, []);

  return { job, follow, reset: () => setJob(null) };
}

/** Saves a response's file under the name its Content-Disposition gives. */
export async function saveResponse(response: Response, fallbackName: string): Promise<void> {
  const blob = await response.blob();
  const disposition = response.headers.get("content-disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="([^"]+)"/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : (plain ?? fallbackName);
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ProgressBar({
  job,
  label,
}: {
  job: Pick<CitationJobState, "progress" | "total"> & { status: string };
  label: string;
}) {
  const percent =
    job.total > 0
      ? Math.min(100, Math.round((job.progress / job.total) * 100))
      : job.status === "done"
        ? 100
        : 0;
  return (
    <div className="mt-3" aria-live="polite">
      <div className="flex justify-between text-xs text-stone-600">
        <span>
          {label}:{" "}
          {job.status === "queued" ? "waiting to start" : job.status === "running" ? "working" : job.status}
        </span>
        <span>
          {job.progress.toLocaleString("en")} / {job.total.toLocaleString("en")}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="mt-1 h-2 w-full overflow-hidden rounded bg-stone-200"
      >
        <div className="h-full bg-accent transition-all" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
