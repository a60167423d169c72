"use client";

import { Button } from "@/components/ui/button";

/** The viewer's tools over the photo: draw or add a region, turn the photo, and what is saving. */
export function PhotoTools(props: {
  canAddRegions: boolean;
  canTurn: boolean;
  drawing: boolean;
  onToggleDrawing: () => void;
  onAddRegion: () => void;
  turning: boolean;
  onTurn: (by: 90 | -90) => void;
  status: string | null;
}) {
  return (
    <fieldset
      aria-label="Photo tools"
      className="flex min-w-0 flex-wrap items-center gap-2 border-b border-stone-700 px-3 py-2"
    >
      {props.canAddRegions && (
        <>
          <Button
            variant="secondary"
            aria-pressed={props.drawing}
            onClick={props.onToggleDrawing}
            className={props.drawing ? "ring-2 ring-sky-400" : ""}
          >
            Draw a region
          </Button>
          <Button data-add-region variant="secondary" onClick={props.onAddRegion}>
            Add region
          </Button>
        </>
      )}
      {props.canTurn && (
        <>
          <Button variant="secondary" disabled={props.turning} onClick={() => props.onTurn(-90)}>
            Turn left
          </Button>
          <Button variant="secondary" disabled={props.turning} onClick={() => props.onTurn(90)}>
            Turn right
          </Button>
        </>
      )}
      <span className="ml-auto text-xs text-stone-300">{props.status}</span>
    </fieldset>
  );
}
