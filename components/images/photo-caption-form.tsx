"use client";

import { Button } from "@/components/ui/button";
import { PassageSelect } from "./passage-select";

/**
 * A photo's caption ("f. 14r") and the passage the whole photo shows, with Save and Delete. The
 * viewer holds the values, as it keeps the historian from leaving a photo with unsaved changes.
 */
export function PhotoCaptionForm(props: {
  caption: string;
  passageId: string;
  passages: { id: string; label: string }[];
  error: string | null;
  busy: boolean;
  changed: boolean;
  saved: boolean;
  onCaption: (caption: string) => void;
  onPassage: (passageId: string) => void;
  onSave: () => void;
  onDelete: () => void;
}) {
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave();
      }}
    >
      <label className="block">
        <span className="font-medium text-stone-700">Caption</span>
        <input
          value={props.caption}
          maxLength={300}
          onChange={(event) => props.onCaption(event.target.value)}
          placeholder="f. 14r, p. 3 …"
          className="mt-1 w-full rounded border border-stone-300 px-2 py-1"
        />
      </label>
      <PassageSelect
        label="Shows the passage"
        labelClassName="font-medium text-stone-700"
        value={props.passageId}
        passages={props.passages}
        onChange={props.onPassage}
      />
      {props.error && (
        <p role="alert" className="text-rose-700">
          {props.error}
        </p>
      )}
      <div className="flex items-center gap-2">
        <Button type="submit" disabled={props.busy || !props.changed}>
          Save
        </Button>
        {props.saved && !props.changed && <span className="text-emerald-700">Saved.</span>}
        <Button variant="danger" className="ml-auto" disabled={props.busy} onClick={props.onDelete}>
          Delete
        </Button>
      </div>
    </form>
  );
}
