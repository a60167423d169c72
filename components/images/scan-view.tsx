"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { imageFileUrl } from "@/lib/images/urls";
import type { ScanPlace } from "@/lib/regions/types";
import { asRotation, type Size, zoomOnRegion } from "./region-geometry";

/** Where a passage stands on a scan: what the viewer needs of lib/regions' ScanPlace. */
export type ScanViewPlace = Omit<ScanPlace, "sourceId" | "fragment">;

/** "Photo 12, region 3 (f. 14r)". */
function placeName(place: ScanViewPlace) {
  return `Photo ${place.photoNumber}, region ${place.regionNumber}${place.caption ? ` (${place.caption})` : ""}`;
}

/**
 * "See on the scan": opens the photo a passage was transcribed from, zoomed to its region and
 * the region outlined; a passage resting on several regions (over a page break, over two photos)
 * shows them one after another. `context` names the passage for a screen reader when a page
 * has several of these buttons.
 */
export function SeeOnScan({
  places,
  context,
  className,
}: {
  places: ScanViewPlace[];
  context?: string;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (!places.length) return null;
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-label={context ? `See on the scan: ${context}` : undefined}
        onClick={() => setOpen(true)}
        className={`text-sm text-accent hover:underline ${className ?? ""}`}
      >
        See on the scan
      </button>
      {open && (
        <ScanDialog
          places={places}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}

function ScanDialog({ places, onClose }: { places: ScanViewPlace[]; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const [index, setIndex] = useState(0);
  const [size, setSize] = useState<Size | null>(null);
  const [loaded, setLoaded] = useState<string | null>(null);
  const place = places[index]!;
  const src = imageFileUrl(place.imageId, "full");
  const rotation = asRotation(place.rotation);
  const image = { width: place.imageWidth, height: place.imageHeight };

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  // The zoom is computed from the viewport's size, which the dialog fixes: no jump as it loads.
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const zoom = size && zoomOnRegion(place, rotation, size);
  const move = (step: number) =>
    setIndex((current) => Math.min(places.length - 1, Math.max(0, current + step)));

  return (
    <dialog
      ref={dialog}
      aria-labelledby="scan-view-heading"
      onClose={onClose}
      onKeyDown={(event) => {
        if (event.key === "ArrowRight") move(1);
        if (event.key === "ArrowLeft") move(-1);
      }}
      className="m-auto h-[92vh] w-[94vw] max-w-5xl rounded-lg bg-white p-0 shadow-xl backdrop:bg-stone-900/70"
    >
      <div className="flex h-full flex-col text-sm">
        <header className="flex items-center gap-3 border-b border-stone-200 px-4 py-2">
          <h2 id="scan-view-heading" className="font-medium text-stone-800">
            {placeName(place)}
          </h2>
          {places.length > 1 && (
            <span className="text-stone-500">
              {index + 1} of {places.length}
            </span>
          )}
          <Button variant="ghost" className="ml-auto" onClick={() => dialog.current?.close()}>
            Close (Esc)
          </Button>
        </header>
        <div ref={viewport} className="relative min-h-0 flex-1 overflow-hidden bg-stone-900">
          {zoom && (
            <>
              {/* biome-ignore lint/performance/noImgElement: the API serves the photo; it is turned and scaled here. */}
              <img
                key={src}
                ref={(element) => {
                  // A photo already in the cache may be complete before React listens for its load.
                  if (element?.complete && element.naturalWidth) setLoaded(src);
                }}
                src={src}
                alt={`${placeName(place)}, zoomed to the region`}
                draggable={false}
                onLoad={() => setLoaded(src)}
                className="absolute top-0 left-0 max-w-none select-none transition-opacity"
                style={{
                  width: image.width,
                  height: image.height,
                  transformOrigin: "0 0",
                  transform: zoom.transform,
                  opacity: loaded === src ? 1 : 0,
                }}
              />
              {/* The region outlined, the rest of the photo dimmed around it. */}
              <div
                aria-hidden
                className="pointer-events-none absolute rounded-sm border-2 border-amber-400"
                style={{
                  left: zoom.outline.x - 4,
                  top: zoom.outline.y - 4,
                  width: zoom.outline.width + 8,
                  height: zoom.outline.height + 8,
                  boxShadow: "0 0 0 100vmax rgb(28 25 23 / 0.45)",
                }}
              />
            </>
          )}
          {loaded !== src && (
            <p className="absolute inset-x-0 bottom-4 text-center text-stone-300">Loading the photo…</p>
          )}
        </div>
        <footer className="flex flex-wrap items-center gap-2 border-t border-stone-200 px-4 py-2">
          {places.length > 1 && (
            <>
              <Button variant="secondary" disabled={index === 0} onClick={() => move(-1)}>
                Previous region
              </Button>
              <Button variant="secondary" disabled={index === places.length - 1} onClick={() => move(1)}>
                Next region
              </Button>
            </>
          )}
          <a href={src} target="_blank" rel="noreferrer" className="ml-auto text-accent underline">
            Open the whole photo
          </a>
        </footer>
      </div>
    </dialog>
  );
}
