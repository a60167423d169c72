"use client";

import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { AttachToPassage } from "./attach-to-passage";
import { PhotoCrop } from "./photo-crop";
import { clampRect, type Rotation, type Size } from "./region-geometry";
import { requestJson } from "./request-json";
import type { LanguageOption, TranscriptionDraft } from "./transcribe-panel";
import type { Region } from "./use-image-regions";

/**
 * The region's crop beside its text, for the historian to correct OCR's reading or to type it:
 * line by line (each line's crop above its text) when OCR gave lines. "Save as passage" makes a
 * passage of the source resting on the region; what was typed stays when saving fails.
 */
export function TranscriptionEditor(props: {
  image: Size & { id: string; src: string; rotation: Rotation; label: string };
  region: Region | null;
  sourceId: string;
  draft: TranscriptionDraft;
  languages: LanguageOption[];
  passages: { id: string; label: string }[];
  canAttach: boolean;
  onAttach: (passageId: string | null) => Promise<string | null>;
  /** Whether there is something the historian would lose by leaving. */
  onDirty: (dirty: boolean) => void;
  onClose: () => void;
  onSaved: (passage: { id: string }) => Promise<void>;
}) {
  const { image, region, draft } = props;
  const [boxes] = useState(() =>
    (draft.lines ?? [])
      .map((line) => ({ ...line, text: line.text.replace(/\s+$/, "") }))
      .filter((line) => line.text.trim()),
  );
  const [lines, setLines] = useState<string[] | null>(() =>
    boxes.length ? boxes.map((line) => line.text) : null,
  );
  const [text, setText] = useState(draft.text.replace(/\s+$/, ""));
  const [language, setLanguage] = useState(draft.language);
  const [page, setPage] = useState("");
  const [folio, setFolio] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const lineInputs = useRef<(HTMLInputElement | null)[]>([]);
  const fullText = (lines ? lines.join("\n") : text).trim();
  const dirty = fullText !== "" || page.trim() !== "" || folio.trim() !== "";
  const languages = props.languages.some((option) => option.value === language)
    ? props.languages
    : [...props.languages, { value: language, label: language }];
  const { onDirty } = props;

  useEffect(() => {
    onDirty(dirty);
  }, [dirty, onDirty]);
  useEffect(() => () => onDirty(false), [onDirty]);

  // The keyboard starts on the text: the first line read, or the empty page to type on.
  useEffect(() => {
    if (lineInputs.current[0]) lineInputs.current[0].focus();
    else document.getElementById("transcription-text")?.focus();
  }, []);

  const whole = { x: 0, y: 0, width: image.width, height: image.height };
  const name = region ? `region ${region.number}` : "the whole photo";

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!fullText) {
      setError("Type the text of the passage before saving it.");
      return;
    }
    setBusy(true);
    setError(null);
    setFieldErrors({});
    const result = await requestJson<{ id: string }>(
      `/api/v1/sources/${props.sourceId}/passages`,
      {
        method: "POST",
        body: {
          text: fullText,
          language,
          ...(page.trim() ? { page: page.trim() } : {}),
          ...(folio.trim() ? { folio: folio.trim() } : {}),
          ...(region ? { regionIds: [region.id] } : {}),
        },
      },
      "The passage could not be saved.",
    );
    if (!result.ok) {
      setBusy(false);
      setError(result.message);
      setFieldErrors(result.fieldErrors ?? {});
      return;
    }
    await props.onSaved(result.data);
  }

  function nextLine(event: KeyboardEvent<HTMLInputElement>, index: number) {
    // Enter goes to the next line, as in a text, instead of sending the form.
    if (event.key !== "Enter") return;
    event.preventDefault();
    lineInputs.current[index + 1]?.focus();
  }

  return (
    <form
      aria-labelledby="transcription-heading"
      onSubmit={(event) => void save(event)}
      className="flex h-full w-full flex-col bg-white text-sm"
    >
      <header className="flex items-center gap-3 border-b border-stone-200 px-4 py-3">
        <h2 id="transcription-heading" className="font-medium text-stone-800">
          Transcription of {name}
          <span className="font-normal text-stone-500"> ({image.label})</span>
        </h2>
        <Button variant="ghost" className="ml-auto" onClick={props.onClose}>
          Back to the photo
        </Button>
      </header>
      <div className="grid min-h-0 flex-1 gap-4 overflow-y-auto p-4 md:grid-cols-2">
        <div className="md:sticky md:top-0 md:self-start">
          <PhotoCrop
            src={image.src}
            image={image}
            rect={region ?? whole}
            rotation={image.rotation}
            label={`${region ? `Region ${region.number}` : "The photo"}, as on the page`}
            maxHeightVh={65}
            className="mx-auto border border-stone-200"
          />
        </div>
        <div className="min-w-0">
          {lines ? (
            <>
              <ol aria-label="Lines read" className="space-y-3">
                {boxes.map((line, index) => (
                  <li key={index}>
                    <PhotoCrop
                      src={image.src}
                      image={image}
                      rotation={image.rotation}
                      rect={clampRect(
                        {
                          x: line.bbox.x0,
                          y: line.bbox.y0,
                          width: line.bbox.x1 - line.bbox.x0,
                          height: line.bbox.y1 - line.bbox.y0,
                        },
                        image,
                      )}
                      label={`Line ${index + 1} on the photo`}
                      maxHeightVh={12}
                    />
                    <input
                      ref={(element) => {
                        lineInputs.current[index] = element;
                      }}
                      aria-label={`Line ${index + 1}`}
                      lang={language}
                      value={lines[index] ?? ""}
                      onChange={(event) =>
                        setLines(
                          (current) =>
                            current?.map((value, at) => (at === index ? event.target.value : value)) ?? null,
                        )
                      }
                      onKeyDown={(event) => nextLine(event, index)}
                      className={`mt-1 w-full rounded border px-2 py-1 font-serif ${
                        line.confidence < 60 ? "border-amber-400 bg-amber-50" : "border-stone-300"
                      }`}
                      title={`OCR was ${Math.round(line.confidence)}% sure of this line`}
                    />
                  </li>
                ))}
              </ol>
              <p className="mt-2 text-xs text-stone-500">
                Lines OCR was unsure of are marked.{" "}
                <button
                  type="button"
                  className="text-accent underline"
                  onClick={() => {
                    setText(lines.join("\n"));
                    setLines(null);
                  }}
                >
                  Edit as one text
                </button>{" "}
                to join, split or add lines.
              </p>
            </>
          ) : (
            <TextArea
              label="Text, as on the page"
              name="transcription-text"
              lang={language}
              value={text}
              rows={14}
              placeholder={draft.text ? undefined : "Type the text as it stands on the page."}
              onChange={(event) => setText(event.target.value)}
              errors={fieldErrors.text}
              className="mt-1 block min-h-64 w-full rounded border border-stone-300 bg-white px-3 py-2 font-serif text-sm leading-relaxed shadow-sm focus:border-accent focus:outline-none"
            />
          )}
        </div>
      </div>
      <footer className="space-y-3 border-t border-stone-200 px-4 py-3">
        <div className="grid gap-3 sm:grid-cols-3">
          <SelectField
            label="Language"
            name="transcription-language"
            value={language}
            onChange={(event) => setLanguage(event.target.value)}
            options={languages}
            errors={fieldErrors.language}
          />
          <TextField
            label="Page"
            name="transcription-page"
            value={page}
            maxLength={50}
            onChange={(event) => setPage(event.target.value)}
            errors={fieldErrors.page}
          />
          <TextField
            label="Folio"
            name="transcription-folio"
            value={folio}
            maxLength={50}
            placeholder="14r"
            onChange={(event) => setFolio(event.target.value)}
            errors={fieldErrors.folio}
          />
        </div>
        {error && (
          <p role="alert" className="text-rose-700">
            {error}
          </p>
        )}
        <div className="flex flex-wrap items-end gap-4">
          <Button type="submit" disabled={busy}>
            Save as passage
          </Button>
          {region && props.canAttach && (
            <div className="min-w-64 flex-1">
              <AttachToPassage region={region} passages={props.passages} onAttach={props.onAttach} />
            </div>
          )}
        </div>
      </footer>
    </form>
  );
}
