"use client";

import { type KeyboardEvent, type PointerEvent, useEffect, useRef, useState } from "react";
import {
  describeRegion,
  isArrowKey,
  moveShownBy,
  nudgeRect,
  percentBox,
  type Rect,
  type Rotation,
  rectFromCorners,
  type Size,
  shownSize,
  turnedFrame,
} from "./region-geometry";
import type { Region } from "./use-image-regions";

interface Point {
  x: number;
  y: number;
}

/** A drag shorter than this, in screen pixels, is a click, not a rectangle. */
const MIN_DRAG_PX = 4;

/**
 * The photo, turned by its rotation, with its regions over it as numbered rectangles placed in
 * percentages of the original, so that they scale and turn with it. In drawing mode a drag
 * (mouse, pen or finger) makes a rectangle; a region one may change moves by dragging or with
 * the arrow keys (Shift resizes, Alt steps by one pixel), Delete removes it, Escape leaves it.
 */
export function RegionLayer(props: {
  image: Size & { id: string; src: string; alt: string };
  rotation: Rotation;
  /** As shown: moves not yet saved included. */
  regions: Region[];
  selectedId: string | null;
  onSelect: (regionId: string) => void;
  canChange: (region: Region) => boolean;
  drawing: boolean;
  onDraw: (rect: Rect) => void;
  onChange: (regionId: string, rect: Rect) => void;
  onDelete: (region: Region) => void;
  onAnnounce: (message: string) => void;
  /** A region to give the keyboard to once it is on the screen (one just added). */
  focusId: string | null;
  onFocused: () => void;
}) {
  const { image, rotation } = props;
  const frame = useRef<HTMLDivElement>(null);
  const [sketch, setSketch] = useState<{ from: Point; to: Point } | null>(null);
  const drag = useRef<{ pointerId: number; region: Region; client: Point; moved: boolean } | null>(null);
  const turned = turnedFrame(image, rotation);
  const shown = shownSize(image, rotation);

  const { focusId, onFocused } = props;
  useEffect(() => {
    if (!focusId) return;
    const target = frame.current?.querySelector<HTMLElement>(`[data-region-id="${focusId}"]`);
    if (!target) return;
    target.focus();
    onFocused();
  }, [focusId, onFocused]);

  /** Where the pointer is, as fractions of the photo as shown (0 to 1 across and down). */
  function fraction(event: PointerEvent): Point {
    const box = frame.current!.getBoundingClientRect();
    const clamp = (value: number) => Math.min(1, Math.max(0, value));
    return {
      x: clamp((event.clientX - box.left) / box.width),
      y: clamp((event.clientY - box.top) / box.height),
    };
  }

  function startSketch(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const point = fraction(event);
    setSketch({ from: point, to: point });
  }

  function endSketch(event: PointerEvent<HTMLDivElement>) {
    if (!sketch) return;
    setSketch(null);
    const box = frame.current!.getBoundingClientRect();
    const to = fraction(event);
    const tooSmall =
      Math.abs(to.x - sketch.from.x) * box.width < MIN_DRAG_PX ||
      Math.abs(to.y - sketch.from.y) * box.height < MIN_DRAG_PX;
    if (!tooSmall) props.onDraw(rectFromCorners(sketch.from, to, image, rotation));
  }

  function startDrag(event: PointerEvent<HTMLButtonElement>, region: Region) {
    if (props.drawing || event.button !== 0 || !props.canChange(region)) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = {
      pointerId: event.pointerId,
      region,
      client: { x: event.clientX, y: event.clientY },
      moved: false,
    };
  }

  function continueDrag(event: PointerEvent<HTMLButtonElement>) {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    const dx = event.clientX - current.client.x;
    const dy = event.clientY - current.client.y;
    if (!current.moved && Math.hypot(dx, dy) < MIN_DRAG_PX) return;
    current.moved = true;
    // Screen pixels to pixels of the shown photo.
    const scale = shown.width / frame.current!.getBoundingClientRect().width;
    props.onChange(
      current.region.id,
      moveShownBy(current.region, image, rotation, Math.round(dx * scale), Math.round(dy * scale)),
    );
  }

  function endDrag(region: Region) {
    if (drag.current?.moved) props.onAnnounce(`Region ${region.number} moved to ${region.x}, ${region.y}.`);
    drag.current = null;
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, region: Region) {
    if (event.key === "Escape") {
      // Leaves the region, rather than closing the viewer around it.
      event.preventDefault();
      event.stopPropagation();
      event.currentTarget.blur();
      return;
    }
    const arrow = isArrowKey(event.key);
    const removal = event.key === "Delete" || event.key === "Backspace";
    if (!arrow && !removal) return;
    // Arrows on a region belong to it, not to the viewer (which would move to another photo).
    event.preventDefault();
    event.stopPropagation();
    if (!props.canChange(region)) {
      props.onAnnounce(`Region ${region.number} is not yours to change.`);
      return;
    }
    if (removal) {
      if (window.confirm(`Delete region ${region.number}?`)) props.onDelete(region);
      return;
    }
    if (!isArrowKey(event.key)) return;
    const resize = event.shiftKey;
    const next = nudgeRect(region, image, rotation, event.key, { resize, step: event.altKey ? 1 : 10 });
    props.onChange(region.id, next);
    props.onAnnounce(
      resize
        ? `Region ${region.number}: ${next.width} by ${next.height} pixels.`
        : `Region ${region.number} at ${next.x}, ${next.y}.`,
    );
  }

  const sketchBox = sketch && {
    left: `${Math.min(sketch.from.x, sketch.to.x) * 100}%`,
    top: `${Math.min(sketch.from.y, sketch.to.y) * 100}%`,
    width: `${Math.abs(sketch.to.x - sketch.from.x) * 100}%`,
    height: `${Math.abs(sketch.to.y - sketch.from.y) * 100}%`,
  };

  return (
    // A size container: the photo fits it by container units, with no measuring and no jump.
    <div className="flex min-h-0 flex-1 items-center justify-center p-3" style={{ containerType: "size" }}>
      <div
        ref={frame}
        style={{
          ...turned.outer,
          width: `min(100cqw, ${(shown.width / shown.height) * 100}cqh)`,
        }}
      >
        <div style={turned.inner}>
          {/* biome-ignore lint/performance/noImgElement: the photo at full size, as the archive gave it. */}
          <img
            src={image.src}
            alt={image.alt}
            draggable={false}
            className="block h-full w-full max-w-none select-none"
          />
          <fieldset aria-label="Regions on the photo" className="absolute inset-0 m-0 min-w-0 p-0">
            {props.regions.map((region) => {
              const selected = region.id === props.selectedId;
              const changeable = props.canChange(region);
              return (
                <button
                  key={region.id}
                  type="button"
                  data-region-id={region.id}
                  aria-label={describeRegion(region)}
                  aria-current={selected ? "true" : undefined}
                  onClick={() => props.onSelect(region.id)}
                  onFocus={() => props.onSelect(region.id)}
                  onKeyDown={(event) => onKeyDown(event, region)}
                  onPointerDown={(event) => startDrag(event, region)}
                  onPointerMove={continueDrag}
                  onPointerUp={() => endDrag(region)}
                  onPointerCancel={() => endDrag(region)}
                  style={{ ...percentBox(region, image), touchAction: changeable ? "none" : undefined }}
                  className={`absolute border-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white ${
                    selected
                      ? "border-sky-400 bg-sky-400/15"
                      : "border-amber-400 bg-amber-300/10 hover:bg-amber-300/20"
                  } ${props.drawing ? "pointer-events-none" : changeable ? "cursor-move" : "cursor-pointer"}`}
                >
                  {/* Turned back, so the number reads upright whatever the photo's rotation. */}
                  <span
                    aria-hidden
                    style={{ transform: `rotate(${-rotation}deg)` }}
                    className={`absolute top-0 left-0 px-1 text-xs font-semibold leading-5 text-stone-900 ${
                      selected ? "bg-sky-400" : "bg-amber-400"
                    }`}
                  >
                    {region.number}
                  </span>
                </button>
              );
            })}
          </fieldset>
        </div>
        {props.drawing && (
          // While drawing, a finger drags a rectangle instead of scrolling the page.
          <div
            className="absolute inset-0 cursor-crosshair"
            style={{ touchAction: "none" }}
            onPointerDown={startSketch}
            onPointerMove={(event) => {
              if (!sketch) return;
              const to = fraction(event);
              setSketch((current) => current && { ...current, to });
            }}
            onPointerUp={endSketch}
            onPointerCancel={() => setSketch(null)}
          >
            {sketchBox && (
              <div
                aria-hidden
                className="absolute border-2 border-dashed border-sky-400 bg-sky-400/10"
                style={sketchBox}
              />
            )}
          </div>
        )}
      </div>
    </div>
  );
}
