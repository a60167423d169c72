"use client";

import { useState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitRow } from "@/components/ui/submit-row";
import type { ActionError } from "@/lib/actions/authed-action";

/** The text box of a note or reply, with the private/shared choice when it applies. */
export function NoteForm(props: {
  label: string;
  submitLabel: string;
  initialBody?: string;
  /** Offer sharing with the project (contributors and up); undefined hides the choice. */
  canShare?: boolean;
  initialVisibility?: "private" | "shared";
  pending: boolean;
  error: ActionError | null;
  onSubmit: (values: { body: string; visibility: "private" | "shared" }, reset: () => void) => void;
  onCancel?: () => void;
}) {
  const [body, setBody] = useState(props.initialBody ?? "");
  const [visibility, setVisibility] = useState<"private" | "shared">(props.initialVisibility ?? "private");
  return (
    <form
      noValidate
      aria-label={props.label}
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit({ body, visibility }, () => setBody(""));
      }}
    >
      <FormAlert error={props.error} />
      <label className="block">
        <span className="sr-only">{props.label}</span>
        <textarea
          value={body}
          onChange={(event) => setBody(event.target.value)}
          placeholder="Markdown: *emphasis*, **strong**, [links](https://…), lists, > quotes"
          aria-invalid={props.error?.fieldErrors?.body ? true : undefined}
          className="block min-h-20 w-full rounded border border-stone-300 bg-white px-3 py-2 text-sm focus:border-accent focus:outline-none"
        />
      </label>
      {props.error?.fieldErrors?.body && (
        <p className="text-sm text-rose-700">{props.error.fieldErrors.body[0]}</p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        {props.canShare !== undefined && (
          <fieldset className="flex items-center gap-3 text-sm">
            <legend className="sr-only">Who can read it</legend>
            <label className="flex items-center gap-1">
              <input
                type="radio"
                checked={visibility === "private"}
                onChange={() => setVisibility("private")}
              />{" "}
              Only me
            </label>
            <label className={`flex items-center gap-1 ${props.canShare ? "" : "text-stone-400"}`}>
              <input
                type="radio"
                disabled={!props.canShare}
                checked={visibility === "shared"}
                onChange={() => setVisibility("shared")}
              />{" "}
              The project
            </label>
          </fieldset>
        )}
        <SubmitRow label={props.submitLabel} pending={props.pending} onCancel={props.onCancel} />
      </div>
    </form>
  );
}
