"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { imageFileUrl } from "@/lib/images/urls";
import { excerpt } from "@/lib/passages/option-label";
import { canModify } from "@/lib/projects/permissions";
import { type ProjectRole, roleAtLeast } from "@/lib/projects/roles";
import { AttachToPassage } from "./attach-to-passage";
import { fileSize } from "./file-size";
import { PhotoCaptionForm } from "./photo-caption-form";
import { PhotoTools } from "./photo-tools";
import { asRotation, middleQuarter, type Rect } from "./region-geometry";
import { RegionLayer } from "./region-layer";
import { requestJson } from "./request-json";
import { TranscribePanel, type TranscriptionDraft, transcriptionLanguages } from "./transcribe-panel";
import { TranscriptionEditor } from "./transcription-editor";
import { type Region, useImageRegions } from "./use-image-regions";

export interface ImageItem {
  id: string;
  passageId: string | null;
  caption: string;
  fileName: string;
  byteSize: number;
  width: number;
  height: number;
  /** Clockwise degrees the photo is turned for reading (0, 90, 180, 270). */
  rotation: number;
  version: number;
  createdById: string | null;
}

/**
 * One photo at full size, turned for reading, with its regions: drawn, moved and numbered on the
 * photo, transcribed (by OCR or by hand) into passages of the source beside it, or attached to
 * passages already there. The caption and the passage the whole photo shows are edited here too.
 */
export function ImageViewer(props: {
  image: ImageItem;
  sourceId: string;
  /** The source's language (BCP 47), offered first for OCR. */
  sourceLanguage: string | null;
  member: { userId: string; role: ProjectRole };
  /** Whether the member may change the photo itself (caption, rotation, deletion). */
  editable: boolean;
  position: string;
  passages: { id: string; label: string }[];
  onClose: () => void;
  onMove: (step: number) => void;
  onSaved: (image: Partial<ImageItem> & { id: string }) => void;
  onDeleted: (id: string) => void;
}) {
  const { image, member } = props;
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [caption, setCaption] = useState(image.caption);
  const [passageId, setPassageId] = useState(image.passageId ?? "");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [toolError, setToolError] = useState<string | null>(null);
  const [turning, setTurning] = useState(false);
  const [drawing, setDrawing] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [draft, setDraft] = useState<TranscriptionDraft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const editorDirty = useRef(false);
  const regions = useImageRegions(image.id);
  const rotation = asRotation(image.rotation ?? 0);
  const canAddRegions = roleAtLeast(member.role, "contributor");
  const canChange = useCallback((region: Region) => canModify(member, region), [member]);
  const languages = useMemo(() => transcriptionLanguages(props.sourceLanguage), [props.sourceLanguage]);
  const src = imageFileUrl(image.id, "full");
  const label = image.caption || image.fileName;

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  // The same dialog shows the next photo (← →): its fields start from that photo.
  const [shown, setShown] = useState(image.id);
  if (shown !== image.id) {
    setShown(image.id);
    setCaption(image.caption);
    setPassageId(image.passageId ?? "");
    setError(null);
    setSaved(false);
    setToolError(null);
    setDrawing(false);
    setSelectedId(null);
    setDraft(null);
    setNotice(null);
  }

  const changed = caption.trim() !== image.caption || passageId !== (image.passageId ?? "");
  const selected = regions.regions?.find((region) => region.id === selectedId) ?? null;
  const draftRegion = draft?.regionId
    ? (regions.regions?.find((region) => region.id === draft.regionId) ?? null)
    : null;
  const clearFocus = useCallback(() => setFocusId(null), []);
  const setDirty = useCallback((dirty: boolean) => {
    editorDirty.current = dirty;
  }, []);
  // Stable, as the panel's polling waits on it.
  const openEditor = useCallback((opened: TranscriptionDraft) => {
    setNotice(null);
    setDraft(opened);
  }, []);

  /** Whether the historian agrees to leave the transcription, when it holds something. */
  const mayLeaveEditor = () =>
    !editorDirty.current || window.confirm("Leave the transcription? What it holds is not saved.");

  async function save() {
    setBusy(true);
    setError(null);
    const result = await requestJson<ImageItem>(
      `/api/v1/images/${image.id}`,
      { method: "PATCH", body: { version: image.version, caption, passageId: passageId || null } },
      "The caption could not be saved.",
    );
    setBusy(false);
    // What was typed stays in the fields.
    if (!result.ok) return setError(result.message);
    const { data } = result;
    props.onSaved({ id: data.id, caption: data.caption, passageId: data.passageId, version: data.version });
    setSaved(true);
  }

  async function remove() {
    if (!window.confirm(`Delete ${label}? The photo itself is deleted too.`)) return;
    setBusy(true);
    const result = await requestJson<null>(
      `/api/v1/images/${image.id}`,
      { method: "DELETE" },
      "The image could not be deleted.",
    );
    setBusy(false);
    if (!result.ok) return setError(result.message);
    props.onDeleted(image.id);
  }

  async function turn(by: 90 | -90) {
    setTurning(true);
    setToolError(null);
    const result = await requestJson<ImageItem>(
      `/api/v1/images/${image.id}`,
      { method: "PATCH", body: { version: image.version, rotation: asRotation(rotation + by) } },
      "The photo could not be turned.",
    );
    setTurning(false);
    if (!result.ok) return setToolError(result.message);
    props.onSaved({ id: image.id, rotation: result.data.rotation, version: result.data.version });
    regions.announce(`Photo turned ${by > 0 ? "right" : "left"}: now at ${result.data.rotation} degrees.`);
  }

  async function addRegion(rect: Rect) {
    const region = await regions.create(rect);
    if (!region) return;
    setSelectedId(region.id);
    setFocusId(region.id);
  }

  async function deleteRegion(region: Region) {
    if (!(await regions.remove(region))) return;
    if (selectedId === region.id) setSelectedId(null);
    // The deleted region had the keyboard: it goes to the button that adds one.
    dialog.current?.querySelector<HTMLButtonElement>("[data-add-region]")?.focus();
  }

  async function attach(regionId: string, chosen: string | null) {
    const problem = await regions.attach(regionId, chosen);
    if (!problem) router.refresh();
    return problem;
  }

  async function passageSaved(passage: { id: string }) {
    const region = draftRegion;
    let message = region
      ? `Saved as a passage: region ${region.number} now shows it.`
      : "Saved as a passage of the source.";
    // A passage read from the whole photo is the passage the photo shows, unless it shows one already.
    if (!region && !image.passageId) {
      const linked = await requestJson<ImageItem>(
        `/api/v1/images/${image.id}`,
        { method: "PATCH", body: { version: image.version, passageId: passage.id } },
        "The photo could not be linked to it.",
      );
      if (linked.ok) {
        props.onSaved({ id: image.id, passageId: passage.id, version: linked.data.version });
        setPassageId(passage.id);
      } else message = `${message} The photo could not be linked to it: ${linked.message}`;
    }
    editorDirty.current = false;
    setDraft(null);
    setNotice(message);
    if (region) setFocusId(region.id);
    await regions.load();
    router.refresh();
  }

  return (
    <dialog
      ref={dialog}
      aria-label={label}
      onClose={props.onClose}
      onCancel={(event) => {
        if (draft && !mayLeaveEditor()) event.preventDefault();
      }}
      onKeyDown={(event) => {
        const typing = (event.target as HTMLElement).closest("input, select, textarea");
        if (draft || typing || (event.key !== "ArrowRight" && event.key !== "ArrowLeft")) return;
        // Moving on would lose what was typed.
        if (changed) {
          setError("Save or undo your changes to this photo before moving to another.");
          return;
        }
        props.onMove(event.key === "ArrowRight" ? 1 : -1);
      }}
      className="m-auto h-[92vh] w-[94vw] max-w-6xl rounded-lg bg-white p-0 shadow-xl backdrop:bg-stone-900/70"
    >
      <div className="flex h-full flex-col md:flex-row">
        {draft ? (
          <TranscriptionEditor
            image={{ id: image.id, src, width: image.width, height: image.height, rotation, label }}
            region={draftRegion}
            sourceId={props.sourceId}
            draft={draft}
            languages={languages.options}
            passages={props.passages}
            canAttach={!!draftRegion && canChange(draftRegion)}
            onAttach={(chosen) => attach(draft.regionId!, chosen)}
            onDirty={setDirty}
            onClose={() => {
              if (!mayLeaveEditor()) return;
              setDraft(null);
              if (draft.regionId) setFocusId(draft.regionId);
            }}
            onSaved={passageSaved}
          />
        ) : (
          <>
            <div className="flex min-h-[45vh] min-w-0 flex-1 flex-col bg-stone-900 md:min-h-0">
              {(canAddRegions || props.editable) && (
                <PhotoTools
                  canAddRegions={canAddRegions}
                  canTurn={props.editable}
                  drawing={drawing}
                  onToggleDrawing={() => setDrawing((on) => !on)}
                  onAddRegion={() => void addRegion(middleQuarter(image))}
                  turning={turning}
                  onTurn={(by) => void turn(by)}
                  status={
                    drawing
                      ? "Drag across the text to draw a region."
                      : regions.saveState === "saving"
                        ? "Saving…"
                        : regions.saveState === "saved"
                          ? "Saved."
                          : null
                  }
                />
              )}
              <RegionLayer
                image={{ id: image.id, src, alt: label, width: image.width, height: image.height }}
                rotation={rotation}
                regions={regions.regions ?? []}
                selectedId={selectedId}
                onSelect={setSelectedId}
                canChange={canChange}
                drawing={drawing}
                onDraw={(rect) => void addRegion(rect)}
                onChange={regions.change}
                onDelete={(region) => void deleteRegion(region)}
                onAnnounce={regions.announce}
                focusId={focusId}
                onFocused={clearFocus}
              />
            </div>
            <div className="max-h-[47vh] w-full space-y-4 overflow-y-auto p-4 text-sm md:max-h-none md:w-96">
              <div className="flex items-center justify-between">
                <span className="text-stone-500">{props.position}</span>
                <Button variant="ghost" onClick={() => dialog.current?.close()} aria-label="Close">
                  Close (Esc)
                </Button>
              </div>
              <p className="text-stone-600">
                {image.fileName}, {image.width} × {image.height} pixels, {fileSize(image.byteSize)}.{" "}
                <a href={src} target="_blank" rel="noreferrer" className="text-accent underline">
                  Open the original
                </a>
              </p>
              {toolError && (
                <p role="alert" className="text-rose-700">
                  {toolError}
                </p>
              )}
              {props.editable ? (
                <PhotoCaptionForm
                  caption={caption}
                  passageId={passageId}
                  passages={props.passages}
                  error={error}
                  busy={busy}
                  changed={changed}
                  saved={saved}
                  onCaption={(value) => {
                    setCaption(value);
                    setSaved(false);
                  }}
                  onPassage={(chosen) => {
                    setPassageId(chosen);
                    setSaved(false);
                  }}
                  onSave={() => void save()}
                  onDelete={() => void remove()}
                />
              ) : (
                <p className="text-stone-800">
                  {image.caption || <span className="text-stone-400">No caption</span>}
                </p>
              )}

              <section aria-labelledby="regions-heading" className="space-y-2">
                <h3 id="regions-heading" className="font-medium text-stone-700">
                  Regions
                  {regions.regions && <span className="text-stone-400"> ({regions.regions.length})</span>}
                </h3>
                {regions.regions === null ? (
                  <p className="text-stone-500">Loading the regions…</p>
                ) : regions.regions.length === 0 ? (
                  <p className="text-stone-500">
                    No regions on this photo yet.
                    {canAddRegions && " Draw one around a quote, or add one and move it with the arrow keys."}
                  </p>
                ) : selected ? (
                  <p className="text-stone-700">
                    Region {selected.number}:{" "}
                    {selected.passage ? (
                      <>
                        shows <span className="font-serif">{excerpt(selected.passage.text, 80)}</span>
                      </>
                    ) : (
                      <span className="text-stone-500">not a passage yet.</span>
                    )}
                  </p>
                ) : (
                  <p className="text-stone-500">
                    Choose a region on the photo to transcribe it or attach it.
                  </p>
                )}
                {selected && canChange(selected) && (
                  <AttachToPassage
                    key={selected.id}
                    region={selected}
                    passages={props.passages}
                    onAttach={(chosen) => attach(selected.id, chosen)}
                  />
                )}
                {canAddRegions && (
                  <p className="text-xs text-stone-500">
                    On a region: arrows move it, Shift+arrows resize it, with Alt by one pixel; Delete removes
                    it; Esc leaves it.
                  </p>
                )}
                {regions.error && (
                  <p role="alert" className="text-rose-700">
                    {regions.error}
                  </p>
                )}
              </section>

              {canAddRegions && regions.regions && (
                <TranscribePanel
                  // A transcription under way belongs to its photo: another photo starts afresh.
                  key={image.id}
                  imageId={image.id}
                  regions={regions.regions}
                  selectedId={selectedId}
                  onSelect={setSelectedId}
                  languages={languages.options}
                  initialLanguage={languages.initial}
                  onOpen={openEditor}
                />
              )}
              {notice && (
                <p role="status" className="text-emerald-700">
                  {notice}
                </p>
              )}
              <p className="text-xs text-stone-500">← and → move between the images.</p>
            </div>
          </>
        )}
      </div>
      <p aria-live="polite" className="sr-only">
        {regions.announcement}
      </p>
    </dialog>
  );
}
