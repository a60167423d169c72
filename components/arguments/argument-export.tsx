"use client";

import { useId, useState } from "react";
import {
  apiError,
  type CitationJobState,
  ProgressBar,
  saveResponse,
  useCitationJob,
} from "@/components/citations/citation-job";
import { type StyleOption, StylePicker } from "@/components/citations/style-picker";
import { Button } from "@/components/ui/button";
import {
  ARGUMENT_EXPORT_FORMATS,
  ARGUMENT_FORMAT_LABEL,
  type ArgumentExportFormat,
} from "@/lib/arguments/schema";
import { CITATION_LOCALES, type CitationLocale, LOCALE_LABEL } from "@/lib/citations/schema";

/** Take the argument to a word processor: format, citation style and language, appendices. */
export function ArgumentExport({
  argumentId,
  projectId,
  styles,
  defaultStyle,
}: {
  argumentId: string;
  projectId: string;
  styles: StyleOption[];
  defaultStyle: string;
}) {
  const id = useId();
  const [format, setFormat] = useState<ArgumentExportFormat>("docx");
  const [style, setStyle] = useState(defaultStyle);
  const [locale, setLocale] = useState<CitationLocale>("en-US");
  const [bibliography, setBibliography] = useState(true);
  const [evidenceCheck, setEvidenceCheck] = useState(true);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);

  const { job, follow, reset } = useCitationJob(async (finished: CitationJobState) => {
    setBusy(false);
    if (finished.status === "failed") {
      setMessage({ tone: "error", text: finished.error ?? "The export failed." });
      return;
    }
    const response = await fetch(finished.fileUrl ?? `/api/v1/citation-jobs/${finished.id}/file`);
    if (!response.ok) setMessage({ tone: "error", text: await apiError(response) });
    else {
      await saveResponse(response, "argument");
      setMessage({ tone: "ok", text: "Downloaded." });
    }
  });

  async function download() {
    setBusy(true);
    setMessage(null);
    reset();
    const params = new URLSearchParams({
      format,
      style,
      locale,
      bibliography: String(bibliography),
      evidenceCheck: String(evidenceCheck),
    });
    try {
      const response = await fetch(`/api/v1/arguments/${argumentId}/export?${params}`);
      if (response.status === 202) {
        const { data } = (await response.json()) as { data: { job: CitationJobState } };
        follow(data.job);
        return;
      }
      if (!response.ok) setMessage({ tone: "error", text: await apiError(response) });
      else {
        await saveResponse(response, "argument");
        setMessage({ tone: "ok", text: "Downloaded." });
      }
      setBusy(false);
    } catch {
      setMessage({ tone: "error", text: "The export could not be reached: check your connection." });
      setBusy(false);
    }
  }

  return (
    <section aria-label="Export the argument" className="rounded border border-stone-300 bg-white p-4">
      <h2 className="text-sm font-semibold uppercase tracking-wide text-stone-500">Export the argument</h2>
      <div className="mt-3 space-y-3">
        <div>
          <label htmlFor={`${id}-format`} className="block text-sm font-medium text-stone-700">
            File
          </label>
          <select
            id={`${id}-format`}
            value={format}
            onChange={(event) => setFormat(event.target.value as ArgumentExportFormat)}
            className="mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-2 text-sm"
          >
            {ARGUMENT_EXPORT_FORMATS.map((value) => (
              <option key={value} value={value}>
                {ARGUMENT_FORMAT_LABEL[value]}
              </option>
            ))}
          </select>
        </div>
        <StylePicker
          projectId={projectId}
          value={style}
          onChange={(chosen) => setStyle(chosen.id)}
          initial={styles}
        />
        <div>
          <label htmlFor={`${id}-locale`} className="block text-sm font-medium text-stone-700">
            Language of the notes
          </label>
          <select
            id={`${id}-locale`}
            value={locale}
            onChange={(event) => setLocale(event.target.value as CitationLocale)}
            className="mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-2 text-sm"
          >
            {CITATION_LOCALES.map((value) => (
              <option key={value} value={value}>
                {LOCALE_LABEL[value]}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={bibliography}
            onChange={(event) => setBibliography(event.target.checked)}
          />
          Bibliography at the end
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={evidenceCheck}
            onChange={(event) => setEvidenceCheck(event.target.checked)}
          />
          Evidence check appendix (single-origin and no-primary-source warnings)
        </label>
      </div>
      <Button className="mt-4" onClick={download} disabled={busy}>
        Download
      </Button>
      {job && <ProgressBar job={job} label="Export" />}
      {message && (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={`mt-2 text-sm ${message.tone === "error" ? "text-rose-700" : "text-stone-600"}`}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
