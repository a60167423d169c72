"use client";

import { useRouter } from "next/navigation";
import { type DragEvent, useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { IMAGE_TYPES, MAX_IMAGE_BYTES } from "@/lib/images/limits";
import { imageFileUrl } from "@/lib/images/urls";
import { canModify } from "@/lib/projects/permissions";
import { type ProjectRole, roleAtLeast } from "@/lib/projects/roles";
import { fileSize } from "./file-size";
import { type ImageItem, ImageViewer } from "./image-viewer";
import { errorMessage } from "./request-json";

interface Upload {
  key: string;
  name: string;
  /** 0 to 1 while sending; null once the server is reading it. */
  progress: number | null;
  error?: string;
}

const ACCEPT = Object.values(IMAGE_TYPES).join(",");

/** The page of a source's images after the cursor; null, with the reason told, when it fails. */
async function fetchImagePage(
  sourceId: string,
  cursor: string,
  onError: (message: string) => void = () => {},
): Promise<{ data: ImageItem[]; nextCursor: string | null } | null> {
  const response = await fetch(
    `/api/v1/sources/${sourceId}/images?${new URLSearchParams({ cursor, limit: "60" })}`,
  );
  if (!response.ok) {
    onError(await errorMessage(response, "The next images could not be loaded."));
    return null;
  }
  return response.json();
}

/** Sends one file with XMLHttpRequest, which, unlike fetch, reports the upload's progress. */
function sendFile(sourceId: string, file: File, onProgress: (fraction: number | null) => void) {
  return new Promise<{ ok: true; image: ImageItem } | { ok: false; message: string }>((resolve) => {
    const request = new XMLHttpRequest();
    const query = new URLSearchParams({ fileName: file.name });
    request.open("POST", `/api/v1/sources/${sourceId}/images?${query}`);
    // A type the API does not list (a HEIC, a TIFF) goes as bytes, for the server to name what it is.
    const listed = (Object.values(IMAGE_TYPES) as string[]).includes(file.type);
    request.setRequestHeader("content-type", listed ? file.type : "application/octet-stream");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded < event.total ? event.loaded / event.total : null);
    };
    request.onload = () => {
      let body: { data?: ImageItem; error?: { message?: string } } | null = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {}
      if (request.status === 201 && body?.data) resolve({ ok: true, image: body.data });
      else resolve({ ok: false, message: body?.error?.message ?? `The upload failed (${request.status}).` });
    };
    request.onerror = () =>
      resolve({ ok: false, message: "The connection was lost during the upload: try this file again." });
    request.send(file);
  });
}

/**
 * A source's photos and scans: thumbnails in order, a viewer (←/→ to move, Esc to close) where
 * the caption and the passage shown are edited, and uploads by picking or dropping files, each
 * with its progress and, when refused, the reason.
 */
export function SourceImages(props: {
  sourceId: string;
  /** The source's language (BCP 47), offered first to transcribe its photos. */
  sourceLanguage: string | null;
  images: ImageItem[];
  total: number;
  nextCursor: string | null;
  /** The signed-in member, whose role says what they may add and change. */
  member: { userId: string; role: ProjectRole };
  passages: { id: string; label: string }[];
}) {
  const canAdd = roleAtLeast(props.member.role, "contributor");
  const router = useRouter();
  const [images, setImages] = useState(props.images);
  const [total, setTotal] = useState(props.total);
  const [nextCursor, setNextCursor] = useState(props.nextCursor);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [open, setOpen] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // A refresh (after an upload or a delete) brings the first page anew; pages loaded since with
  // "Show more" stay, as does where they end.
  const loadedMore = useRef(false);
  useEffect(() => {
    const first = new Set(props.images.map((image) => image.id));
    setImages((current) =>
      loadedMore.current
        ? [...props.images, ...current.slice(props.images.length).filter((image) => !first.has(image.id))]
        : props.images,
    );
    setTotal(props.total);
    if (!loadedMore.current) setNextCursor(props.nextCursor);
  }, [props.images, props.total, props.nextCursor]);

  // A search hit links to `#image-<id>`: the viewer opens on that photo, after loading the
  // pages before it when it is not on the first (a whole file photographed folio by folio).
  const openedFromAddress = useRef(false);
  useEffect(() => {
    if (openedFromAddress.current) return;
    openedFromAddress.current = true;
    const id = /^#image-([\w-]+)$/.exec(window.location.hash)?.[1];
    if (!id) return;
    void (async () => {
      const shown = [...props.images];
      let cursor = props.nextCursor;
      while (!shown.some((image) => image.id === id) && cursor) {
        const page = await fetchImagePage(props.sourceId, cursor);
        if (!page) break;
        shown.push(...page.data);
        cursor = page.nextCursor;
      }
      const index = shown.findIndex((image) => image.id === id);
      if (shown.length > props.images.length) {
        loadedMore.current = true;
        setImages(shown);
        setNextCursor(cursor);
      }
      if (index >= 0) setOpen(index);
      else document.getElementById("images-heading")?.scrollIntoView();
    })();
  }, [props.images, props.nextCursor, props.sourceId]);

  const upload = useCallback(
    async (files: File[]) => {
      const batch = files.map((file, index) => ({
        key: `${Date.now()}-${index}-${file.name}`,
        name: file.name,
        progress: 0,
        file,
      }));
      setUploads((current) => [...current.filter((item) => item.error), ...batch]);
      const update = (key: string, change: Partial<Upload>) =>
        setUploads((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
      let added = 0;
      // One at a time: a phone's photos are large, and each is read by the server as it arrives.
      for (const { key, file } of batch) {
        if (file.size > MAX_IMAGE_BYTES) {
          update(key, { error: `larger than ${MAX_IMAGE_BYTES / 1_000_000} MB (${fileSize(file.size)}).` });
          continue;
        }
        const result = await sendFile(props.sourceId, file, (progress) => update(key, { progress }));
        if (result.ok) {
          added += 1;
          setImages((current) => [...current, result.image]);
          setTotal((count) => count + 1);
          setUploads((current) => current.filter((item) => item.key !== key));
        } else {
          update(key, { error: result.message });
        }
      }
      if (added > 0) router.refresh();
    },
    [props.sourceId, router],
  );

  async function loadMore() {
    if (!nextCursor) return;
    setLoadError(null);
    const page = await fetchImagePage(props.sourceId, nextCursor, setLoadError);
    if (!page) return;
    setImages((current) => [...current, ...page.data]);
    loadedMore.current = true;
    setNextCursor(page.nextCursor);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (!canAdd) return;
    const files = [...event.dataTransfer.files];
    if (files.length) void upload(files);
  }

  const passageLabel = (id: string | null) => props.passages.find((passage) => passage.id === id)?.label;

  return (
    <section
      onDragOver={(event) => {
        if (!canAdd) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      aria-labelledby="images-heading"
      className={dragging ? "rounded-lg ring-2 ring-accent ring-offset-4" : undefined}
    >
      <h2 id="images-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
        Photos and scans <span className="text-stone-400">({total})</span>
      </h2>
      {total === 0 && uploads.length === 0 && (
        <p className="mt-3 text-sm text-stone-500">
          No photos or scans yet.
          {canAdd && " Drop your archive photos here, or add them below."}
        </p>
      )}
      {images.length > 0 && (
        <ul
          className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5"
          aria-label="Photos and scans"
        >
          {images.map((image, index) => (
            <li key={image.id}>
              <button
                type="button"
                onClick={() => setOpen(index)}
                data-image-id={image.id}
                className="group block w-full rounded border border-stone-200 bg-white p-1 text-left shadow-sm hover:border-accent focus-visible:outline-2 focus-visible:outline-accent"
                aria-label={`Open ${image.caption || image.fileName}`}
              >
                {/* biome-ignore lint/performance/noImgElement: the API serves the image; next/image would copy it. */}
                <img
                  src={imageFileUrl(image.id, "thumbnail")}
                  alt={image.caption || image.fileName}
                  width={image.width}
                  height={image.height}
                  loading="lazy"
                  decoding="async"
                  className="aspect-[3/4] w-full rounded-sm bg-stone-100 object-cover"
                />
                <span className="mt-1 block truncate px-1 text-sm text-stone-700">
                  {image.caption || <span className="text-stone-400">{image.fileName}</span>}
                </span>
                {image.passageId && passageLabel(image.passageId) && (
                  <span className="block truncate px-1 text-xs text-stone-500">
                    shows {passageLabel(image.passageId)}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
      {images.length < total && (
        <div className="mt-3 flex items-center gap-3 text-sm text-stone-500">
          <span>
            {images.length} of {total} shown.
          </span>
          {nextCursor && (
            <Button variant="secondary" onClick={() => void loadMore()}>
              Show more
            </Button>
          )}
          {loadError && (
            <span role="alert" className="text-rose-700">
              {loadError}
            </span>
          )}
        </div>
      )}

      {uploads.length > 0 && (
        <ul className="mt-3 space-y-1 text-sm" aria-label="Uploads">
          {uploads.map((item) => (
            <li key={item.key} className="flex items-center gap-3">
              <span className="w-56 truncate text-stone-700">{item.name}</span>
              {item.error ? (
                <span role="alert" className="text-rose-700">
                  Not added: {item.error}
                </span>
              ) : (
                <progress
                  className="h-2 w-48"
                  aria-label={`Uploading ${item.name}`}
                  max={1}
                  value={item.progress ?? undefined}
                />
              )}
            </li>
          ))}
        </ul>
      )}

      {canAdd && (
        <div className="mt-3">
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            multiple
            className="peer sr-only"
            id={`images-${props.sourceId}`}
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = "";
              if (files.length) void upload(files);
            }}
          />
          <label
            htmlFor={`images-${props.sourceId}`}
            className="inline-flex cursor-pointer items-center rounded border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-50 peer-focus-visible:outline-2 peer-focus-visible:outline-accent"
          >
            Add photos or scans…
          </label>
          <span className="ml-3 text-xs text-stone-500">
            JPEG, PNG or WebP, up to {MAX_IMAGE_BYTES / 1_000_000} MB each; or drop them here.
          </span>
        </div>
      )}

      {open !== null && images[open] && (
        <ImageViewer
          image={images[open]}
          sourceId={props.sourceId}
          sourceLanguage={props.sourceLanguage}
          member={props.member}
          editable={canModify(props.member, images[open])}
          position={`${open + 1} of ${total}`}
          passages={props.passages}
          onClose={() => {
            // Back to the photo last shown, for the keyboard (the dialog would return to where it opened).
            const id = images[open]?.id;
            setOpen(null);
            if (id) document.querySelector<HTMLElement>(`[data-image-id="${id}"]`)?.focus();
          }}
          onMove={(step) =>
            setOpen((current) =>
              current === null ? null : Math.min(images.length - 1, Math.max(0, current + step)),
            )
          }
          onSaved={(saved) =>
            setImages((current) =>
              current.map((item) => (item.id === saved.id ? { ...item, ...saved } : item)),
            )
          }
          onDeleted={(id) => {
            setImages((current) => current.filter((item) => item.id !== id));
            setTotal((count) => count - 1);
            setOpen(null);
            router.refresh();
          }}
        />
      )}
    </section>
  );
}
