"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { apiError } from "@/components/citations/citation-job";

// Following an archive job (GET /api/v1/archive-jobs/{id}) until it is done or failed.

export interface ArchiveJobState {
  id: string;
  kind: "export" | "restore";
  status: "uploaded" | "queued" | "running" | "done" | "failed";
  progress: number;
  total: number;
  fileName: string;
  byteSize: number;
  projectId: string | null;
  report: unknown;
  error: string | null;
  fileUrl: string | null;
  restoreUrl: string | null;
}

export function useArchiveJob() {
  const [job, setJob] = useState<ArchiveJobState | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const follow = useCallback((initial: ArchiveJobState) => {
    setJob(initial);
    if (initial.status === "uploaded" || initial.status === "done" || initial.status === "failed") return;
    const poll = async () => {
      const response = await fetch(`/api/v1/archive-jobs/${initial.id}`, { cache: "no-store" });
      if (!response.ok) {
        const message = await apiError(response);
        setJob(
          (current) =>
            current && { ...current, status: "failed", error: `Lost track of the job: ${message}` },
        );
        return;
      }
      const { data } = (await response.json()) as { data: ArchiveJobState };
      setJob(data);
      if (data.status !== "done" && data.status !== "failed") timer.current = setTimeout(poll, 500);
    };
    timer.current = setTimeout(poll, 300);
  }, []);
  return { job, follow, reset: () => setJob(null) };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
