"use client";

import { useState } from "react";
import { apiError, ProgressBar } from "@/components/citations/citation-job";
import { Button } from "@/components/ui/button";
import { formatBytes, useArchiveJob } from "./use-archive-job";

/** An owner's "Download archive": the whole project as one .zip, made as a job with progress. */
export function ProjectArchivePanel({ projectId }: { projectId: string }) {
  const { job, follow } = useArchiveJob();
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const working = starting || job?.status === "queued" || job?.status === "running";

  async function start() {
    setError(null);
    setStarting(true);
    try {
      const response = await fetch(`/api/v1/projects/${projectId}/archive`, { method: "POST" });
      if (!response.ok) {
        setError(await apiError(response));
        return;
      }
      const { data } = await response.json();
      follow(data.job);
    } catch {
      setError("The server could not be reached; nothing was made. Try again.");
    } finally {
      setStarting(false);
    }
  }

  return (
    <div>
      <Button onClick={start} disabled={working}>
        {working ? "Making the archive…" : "Download archive"}
      </Button>
      {error && (
        <p role="alert" className="mt-2 text-sm text-rose-800">
          {error}
        </p>
      )}
      {job && job.status !== "done" && job.status !== "failed" && <ProgressBar job={job} label="Archive" />}
      {job?.status === "failed" && (
        <p role="alert" className="mt-2 text-sm text-rose-800">
          {job.error}
        </p>
      )}
      {job?.status === "done" && job.fileUrl && (
        <p className="mt-3 text-sm" aria-live="polite">
          The archive is ready ({formatBytes(job.byteSize)}):{" "}
          <a href={job.fileUrl} download={job.fileName} className="font-medium text-accent underline">
            {job.fileName}
          </a>
        </p>
      )}
    </div>
  );
}
