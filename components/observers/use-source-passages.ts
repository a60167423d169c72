"use client";

import { useEffect, useRef, useState } from "react";
import { passageOptionLabel } from "@/lib/passages/option-label";

export interface PassageOption {
  id: string;
  sourceId: string;
  /** Labelled with its source. */
  label: string;
}

interface ApiPassage {
  id: string;
  position: number;
  text: string;
  page: string | null;
  folio: string | null;
}

const PAGE_SIZE = 100;
/** At most 1,000 passages of one source, as many as the lists a page is sent with. */
const MAX_PAGES = 10;

async function fetchPassages(sourceId: string): Promise<ApiPassage[]> {
  const passages: ApiPassage[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const params = new URLSearchParams({ limit: String(PAGE_SIZE), ...(cursor ? { cursor } : {}) });
    const response = await fetch(`/api/v1/sources/${encodeURIComponent(sourceId)}/passages?${params}`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const body = (await response.json()) as { data: ApiPassage[]; nextCursor: string | null };
    passages.push(...body.data);
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  return passages.sort((a, b) => a.position - b.position);
}

/**
 * The passages of the sources a form has chosen, loaded through the API the first time each is
 * chosen (the page came with those of `loadedWithPage`), so that a phrase can be linked to any
 * passage of any source, whatever the project's size.
 */
export function useSourcePassages(
  sourceIds: string[],
  loadedWithPage: string[],
  sourceLabel: (sourceId: string) => string,
) {
  const [passages, setPassages] = useState<PassageOption[]>([]);
  const [loading, setLoading] = useState<string[]>([]);
  const [failed, setFailed] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const requested = useRef(new Set(loadedWithPage));
  const labelOf = useRef(sourceLabel);
  labelOf.current = sourceLabel;
  const wanted = sourceIds.filter(Boolean).join(" ");

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt re-runs the loads that failed.
  useEffect(() => {
    for (const sourceId of wanted.split(" ").filter(Boolean)) {
      if (requested.current.has(sourceId)) continue;
      requested.current.add(sourceId);
      setLoading((current) => [...current, sourceId]);
      setFailed((current) => current.filter((id) => id !== sourceId));
      fetchPassages(sourceId)
        .then((found) => {
          const label = labelOf.current(sourceId);
          setPassages((current) => [
            ...current.filter((passage) => passage.sourceId !== sourceId),
            ...found.map((passage) => ({
              id: passage.id,
              sourceId,
              label: passageOptionLabel(label, passage),
            })),
          ]);
        })
        .catch(() => {
          requested.current.delete(sourceId);
          setFailed((current) => [...current, sourceId]);
        })
        .finally(() => setLoading((current) => current.filter((id) => id !== sourceId)));
    }
  }, [wanted, attempt]);

  return { passages, loading: loading.length > 0, failed, retry: () => setAttempt((n) => n + 1) };
}
