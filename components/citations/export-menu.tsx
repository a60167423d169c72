"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  CITATION_FORMATS,
  CITATION_LOCALES,
  type CitationFormat,
  type CitationLocale,
  FORMAT_LABEL,
  FORMATTED_OUTPUTS,
  type FormattedOutput,
  LOCALE_LABEL,
  OUTPUT_LABEL,
} from "@/lib/citations/schema";
import { apiError, type CitationJobState, ProgressBar, saveResponse, useCitationJob } from "./citation-job";
import { type StyleOption, StylePicker } from "./style-picker";

/**
 * Export controls for a claim's evidence chain, a project or a selection of sources: format,
 * style, language; download the file, or copy the formatted text (with its italics) to paste into
 * a document. Long exports run as jobs, with a progress bar.
 */
export function ExportMenu({
  exportPath,
  projectId,
  styles,
  defaultStyle,
  sourceIds,
  label = "Export",
  open: initiallyOpen = false,
  disabled = false,
}: {
  /** /api/v1/claims/{id}/export or /api/v1/projects/{id}/export */
  exportPath: string;
  projectId: string;
  styles: StyleOption[];
  defaultStyle: string;
  sourceIds?: string[];
  label?: string;
  open?: boolean;
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const [format, setFormat] = useState<CitationFormat>("bibliography");
  const [output, setOutput] = useState<FormattedOutput>("html");
  const [style, setStyle] = useState(defaultStyle);
  const [locale, setLocale] = useState<CitationLocale>("en-US");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  const id = useId();
  const formatted = format === "bibliography" || format === "notes";

  const { job, follow, reset } = useCitationJob(async (finished: CitationJobState) => {
    setBusy(false);
    if (finished.status === "failed") {
      setMessage({ tone: "error", text: finished.error ?? "The export failed." });
      return;
    }
    const response = await fetch(finished.fileUrl ?? `/api/v1/citation-jobs/${finished.id}/file`);
    if (!response.ok) setMessage({ tone: "error", text: await apiError(response) });
    else {
      await saveResponse(response, "export");
      setMessage({ tone: "ok", text: "Downloaded." });
    }
  });

  function url(overrides: Partial<{ output: FormattedOutput }> = {}) {
    const params = new URLSearchParams({ format, style, locale, output: overrides.output ?? output });
    if (sourceIds) params.set("sourceIds", sourceIds.join(","));
    return `${exportPath}?${params}`;
  }

  async function download() {
    setBusy(true);
    setMessage(null);
    reset();
    try {
      const response = await fetch(url());
      if (response.status === 202) {
        const { data } = (await response.json()) as { data: { job: CitationJobState } };
        follow(data.job);
        return;
      }
      if (!response.ok) {
        setMessage({ tone: "error", text: await apiError(response) });
      } else {
        await saveResponse(response, "export");
        setMessage({ tone: "ok", text: "Downloaded." });
      }
      setBusy(false);
    } catch {
      setMessage({ tone: "error", text: "The export could not be reached: check your connection." });
      setBusy(false);
    }
  }

  async function copy() {
    setBusy(true);
    setMessage(null);
    try {
      const [html, text] = await Promise.all(
        (["html", "text"] as const).map(async (kind) => {
          const response = await fetch(url({ output: kind }));
          if (response.status === 202) throw new Error("Too long to copy: download it instead.");
          if (!response.ok) throw new Error(await apiError(response));
          return response.text();
        }),
      );
      // The body of the HTML document, so that Word and editors keep the italics.
      const body = /<body>([\s\S]*)<\/body>/.exec(html!)?.[1] ?? html!;
      if (typeof ClipboardItem !== "undefined" && navigator.clipboard?.write) {
        await navigator.clipboard.write([
          new ClipboardItem({
            "text/html": new Blob([body], { type: "text/html" }),
            "text/plain": new Blob([text!], { type: "text/plain" }),
          }),
        ]);
      } else {
        await navigator.clipboard.writeText(text!);
      }
      setMessage({ tone: "ok", text: "Copied, with its formatting: paste it into your document." });
    } catch (error) {
      setMessage({ tone: "error", text: error instanceof Error ? error.message : "Could not copy." });
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)} disabled={disabled} aria-expanded={false}>
        {label}…
      </Button>
    );
  }

  return (
    <section
      aria-label={label}
      className="w-full max-w-xl rounded border border-stone-300 bg-white p-4 shadow-sm"
    >
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-stone-500">{label}</h2>
        {!initiallyOpen && (
          <Button variant="ghost" onClick={() => setOpen(false)} aria-label="Close export">
            ✕
          </Button>
        )}
      </div>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-format`} className="block text-sm font-medium text-stone-700">
            Format
          </label>
          <select
            id={`${id}-format`}
            value={format}
            onChange={(event) => setFormat(event.target.value as CitationFormat)}
            className="mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-2 text-sm"
          >
            {CITATION_FORMATS.map((value) => (
              <option key={value} value={value}>
                {FORMAT_LABEL[value]}
              </option>
            ))}
          </select>
        </div>
        {formatted && (
          <div>
            <label htmlFor={`${id}-output`} className="block text-sm font-medium text-stone-700">
              File
            </label>
            <select
              id={`${id}-output`}
              value={output}
              onChange={(event) => setOutput(event.target.value as FormattedOutput)}
              className="mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-2 text-sm"
            >
              {FORMATTED_OUTPUTS.map((value) => (
                <option key={value} value={value}>
                  {OUTPUT_LABEL[value]}
                </option>
              ))}
            </select>
          </div>
        )}
        {formatted && (
          <div className="sm:col-span-2">
            <StylePicker
              projectId={projectId}
              value={style}
              onChange={(chosen) => setStyle(chosen.id)}
              initial={styles}
            />
          </div>
        )}
        {formatted && (
          <div>
            <label htmlFor={`${id}-locale`} className="block text-sm font-medium text-stone-700">
              Language of the citations
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
        )}
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button onClick={download} disabled={busy || disabled}>
          Download
        </Button>
        {formatted && (
          <Button variant="secondary" onClick={copy} disabled={busy || disabled}>
            Copy formatted
          </Button>
        )}
      </div>
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
