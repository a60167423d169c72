"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import type { OcrLine } from "@/lib/transcriptions/schema";
import { requestJson } from "./request-json";
import type { Region } from "./use-image-regions";

/** The languages Apparatus ships OCR data for. */
const OCR_LANGUAGES = [
  { value: "en", label: "English" },
  { value: "fr", label: "French" },
  { value: "de", label: "German" },
  { value: "ru", label: "Russian" },
];

export type LanguageOption = { value: string; label: string };

/**
 * The languages to offer and the one chosen first: the source's. A source in another language
 * (Polish) is offered too, so that the server says plainly that it has no data for it.
 */
export function transcriptionLanguages(sourceLanguage: string | null): {
  options: LanguageOption[];
  initial: string;
} {
  if (!sourceLanguage) return { options: OCR_LANGUAGES, initial: "en" };
  let primary = (sourceLanguage.split("-")[0] ?? "").toLowerCase();
  try {
    primary = new Intl.Locale(sourceLanguage).language;
  } catch {}
  if (OCR_LANGUAGES.some((option) => option.value === primary))
    return { options: OCR_LANGUAGES, initial: primary };
  let label = sourceLanguage;
  try {
    label = new Intl.DisplayNames(["en"], { type: "language" }).of(sourceLanguage) ?? sourceLanguage;
  } catch {}
  return { options: [...OCR_LANGUAGES, { value: sourceLanguage, label }], initial: sourceLanguage };
}

interface OcrJob {
  id: string;
  regionId: string | null;
  language: string;
  status: "queued" | "running" | "done" | "failed";
  progress: number;
  text: string | null;
  lines: OcrLine[] | null;
  error: string | null;
}

/** What the editor opens with: OCR's reading (lines and all) or nothing, for typing. */
export interface TranscriptionDraft {
  regionId: string | null;
  language: string;
  text: string;
  lines: OcrLine[] | null;
}

const POLL_MS = 500;

/**
 * "Transcribe" a region or the whole photo by OCR, in a language, with its progress; or "Type
 * the text" (handwriting) into the same editor. When OCR has no data for the language, or fails,
 * its message is shown, and typing stays open.
 */
export function TranscribePanel(props: {
  imageId: string;
  regions: Region[];
  selectedId: string | null;
  onSelect: (regionId: string | null) => void;
  languages: LanguageOption[];
  initialLanguage: string;
  onOpen: (draft: TranscriptionDraft) => void;
}) {
  const [language, setLanguage] = useState(props.initialLanguage);
  const [job, setJob] = useState<OcrJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const selected = props.regions.find((region) => region.id === props.selectedId) ?? null;
  const { onOpen } = props;

  // One request at a time, about twice a second, until the job is done or has failed.
  useEffect(() => {
    if (!job || job.status === "done" || job.status === "failed") return;
    let stopped = false;
    const timer = setTimeout(async () => {
      const result = await requestJson<OcrJob>(
        `/api/v1/ocr-jobs/${job.id}`,
        {},
        "The transcription's progress could not be read.",
      );
      if (stopped) return;
      if (!result.ok) {
        setJob(null);
        setError(result.message);
      } else if (result.data.status === "failed") {
        setJob(null);
        setError(result.data.error ?? "The transcription failed: type the text instead.");
      } else if (result.data.status === "done") {
        setJob(null);
        onOpen({
          regionId: result.data.regionId,
          language: job.language,
          text: result.data.text ?? "",
          lines: result.data.lines,
        });
      } else {
        setJob({ ...result.data, language: job.language });
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [job, onOpen]);

  async function transcribe() {
    setError(null);
    setStarting(true);
    const result = await requestJson<OcrJob>(
      `/api/v1/images/${props.imageId}/transcriptions`,
      { method: "POST", body: { regionId: selected?.id, language } },
      "The transcription could not be started.",
    );
    setStarting(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    // The language asked for, as the passage will carry it (the job may name it as Tesseract does).
    setJob({ ...result.data, language });
  }

  const target = selected ? `region ${selected.number}` : "the whole photo";
  return (
    <section aria-label="Transcribe" className="space-y-3 rounded border border-stone-200 p-3">
      <h3 className="font-medium text-stone-700">Transcribe</h3>
      <div className="grid grid-cols-2 gap-2">
        <label className="block">
          <span className="text-stone-600">Part of the photo</span>
          <select
            value={selected?.id ?? ""}
            onChange={(event) => props.onSelect(event.target.value || null)}
            className="mt-1 w-full rounded border border-stone-300 px-2 py-1"
          >
            <option value="">The whole photo</option>
            {props.regions.map((region) => (
              <option key={region.id} value={region.id}>
                Region {region.number}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          <span className="text-stone-600">Language</span>
          <select
            value={language}
            onChange={(event) => setLanguage(event.target.value)}
            className="mt-1 w-full rounded border border-stone-300 px-2 py-1"
          >
            {props.languages.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => void transcribe()} disabled={starting || job !== null}>
          Transcribe
        </Button>
        <Button
          variant="secondary"
          onClick={() => props.onOpen({ regionId: selected?.id ?? null, language, text: "", lines: null })}
        >
          Type the text
        </Button>
        {selected?.ocrText && (
          <Button
            variant="ghost"
            onClick={() =>
              props.onOpen({ regionId: selected.id, language, text: selected.ocrText ?? "", lines: null })
            }
          >
            Correct the text read before
          </Button>
        )}
      </div>
      {job && (
        <div className="space-y-1">
          <div
            role="progressbar"
            aria-label={`Transcribing ${target}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={job.progress}
            className="h-2 w-full overflow-hidden rounded bg-stone-200"
          >
            <div className="h-full bg-accent transition-[width]" style={{ width: `${job.progress}%` }} />
          </div>
          <p className="text-xs text-stone-500">
            {job.status === "queued" ? "Waiting for its turn…" : `Reading ${target}: ${job.progress}%`}
          </p>
        </div>
      )}
      {error && (
        <p role="alert" className="text-rose-700">
          {error}
        </p>
      )}
    </section>
  );
}
