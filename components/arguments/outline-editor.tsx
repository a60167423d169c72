"use client";

import { useRouter } from "next/navigation";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionError, ActionResult } from "@/lib/actions/authed-action";
import {
  addPointAction,
  deletePointAction,
  setOutlineAction,
  updatePointAction,
} from "@/lib/arguments/actions";
import { moveDown, moveUp, shiftDepth } from "@/lib/arguments/outline";
import {
  MAX_DEPTH,
  POINT_KINDS,
  type PointKind,
  QUOTE_LABEL,
  QUOTE_MODES,
  type QuoteMode,
} from "@/lib/arguments/schema";
import type { ArgumentDetail, ArgumentPointDetail } from "@/lib/arguments/types";

const KIND_LABEL: Record<PointKind, string> = { section: "Section", claim: "Claim point", prose: "Prose" };
const STANCE_LABEL: Record<string, string> = {
  supports: "supports",
  contradicts: "contradicts",
  qualifies: "qualifies",
  context: "context",
};

type ClaimOption = { id: string; number: number; statement: string };

/**
 * The outline of an argument: sections and points in order. Reorder by dragging a point's handle
 * or with Alt+↑/↓ on it, indent and outdent with Alt+→/←; each change is saved at once with the
 * outline's version, and a change made meanwhile by someone else is shown instead of overwritten.
 */
export function OutlineEditor({
  argument,
  claims,
  editable,
}: {
  argument: ArgumentDetail;
  claims: ClaimOption[];
  editable: boolean;
}) {
  const router = useRouter();
  const [points, setPoints] = useState(argument.points);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<ActionError | null>(null);
  const handles = useRef(new Map<string, HTMLButtonElement>());
  // Saves run one after another, each with the version the previous one left, so that quick
  // keyboard moves never race each other into a conflict.
  const version = useRef(argument.version);
  const saves = useRef(Promise.resolve());
  const pendingSaves = useRef(0);

  // What the server says wins when it changes (a point added, a refresh), unless a move of ours
  // is still on its way: the outline shown is then newer than the server's.
  useEffect(() => {
    if (pendingSaves.current > 0) return;
    setPoints(argument.points);
    version.current = argument.version;
  }, [argument]);

  useEffect(() => {
    if (focusId) handles.current.get(focusId)?.focus();
  }, [focusId]);

  // Leaving the page while a move is being saved would lose it: the browser asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (pendingSaves.current > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  function saveOutline(next: ArgumentPointDetail[], moved: string, what: string) {
    setPoints(next);
    setFocusId(moved);
    const order = next.map((point) => ({ id: point.id, depth: point.depth }));
    pendingSaves.current++;
    saves.current = saves.current.then(async () => {
      const result = await setOutlineAction({
        argumentId: argument.id,
        version: version.current,
        points: order,
      }).catch(
        (): ActionResult<{ version: number }> => ({
          ok: false,
          error: {
            code: "INTERNAL",
            message: "The server could not be reached: the outline was not saved. Try again.",
          },
        }),
      );
      pendingSaves.current--;
      if (result.ok) {
        version.current = result.data.version;
        setError(null);
        setStatus(what);
      } else {
        setError(result.error);
        router.refresh();
      }
    });
  }

  function onHandleKey(event: KeyboardEvent, index: number) {
    if (!event.altKey) return;
    const point = points[index]!;
    const label = point.text || point.claim?.statement || KIND_LABEL[point.kind];
    let next: ArgumentPointDetail[] | null = null;
    let what = "";
    if (event.key === "ArrowUp") [next, what] = [moveUp(points, index), `Moved up: ${label}`];
    else if (event.key === "ArrowDown") [next, what] = [moveDown(points, index), `Moved down: ${label}`];
    else if (event.key === "ArrowRight")
      [next, what] = [shiftDepth(points, index, 1, MAX_DEPTH), `Indented: ${label}`];
    else if (event.key === "ArrowLeft")
      [next, what] = [shiftDepth(points, index, -1, MAX_DEPTH), `Outdented: ${label}`];
    else return;
    event.preventDefault();
    if (next && next !== points) saveOutline(next, point.id, what);
  }

  function onDrop(targetIndex: number) {
    if (!dragged) return;
    const from = points.findIndex((point) => point.id === dragged);
    setDragged(null);
    if (from < 0 || from === targetIndex) return;
    const next = [...points];
    const [moving] = next.splice(from, 1);
    next.splice(targetIndex, 0, moving!);
    // A point dropped keeps its depth where that still nests; the server pulls up the rest.
    const above = targetIndex > 0 ? next[targetIndex - 1]!.depth : -1;
    next[targetIndex] = { ...moving!, depth: Math.min(moving!.depth, above + 1) };
    saveOutline(next, moving!.id, `Moved: ${moving!.text || moving!.claim?.statement || ""}`);
  }

  return (
    <section aria-label="Outline">
      <FormAlert error={error} />
      {editable && (
        <p className="mb-2 text-xs text-stone-500">
          Drag a point by its handle, or focus the handle and press Alt+↑/↓ to move it, Alt+→/← to indent or
          outdent.
        </p>
      )}
      <p role="status" aria-live="polite" className="sr-only">
        {status}
      </p>
      {points.length === 0 && (
        <p className="text-sm text-stone-600">The outline is empty: add a section or a point.</p>
      )}
      <ol className="space-y-2">
        {points.map((point, index) => (
          <li
            key={point.id}
            data-point-id={point.id}
            data-depth={point.depth}
            style={{ marginLeft: `${point.depth * 1.75}rem` }}
            className={`rounded border bg-white p-3 ${dragged === point.id ? "opacity-50" : ""} ${
              point.kind === "section" ? "border-stone-400" : "border-stone-200"
            }`}
            onDragOver={(event) => {
              if (dragged) event.preventDefault();
            }}
            onDrop={(event) => {
              event.preventDefault();
              onDrop(index);
            }}
          >
            <div className="flex items-start gap-2">
              {editable && (
                <button
                  type="button"
                  ref={(element) => {
                    if (element) handles.current.set(point.id, element);
                    else handles.current.delete(point.id);
                  }}
                  draggable
                  onDragStart={(event) => {
                    event.dataTransfer.effectAllowed = "move";
                    event.dataTransfer.setData("text/plain", point.id);
                    setDragged(point.id);
                  }}
                  onDragEnd={() => setDragged(null)}
                  onKeyDown={(event) => onHandleKey(event, index)}
                  aria-label={`Move “${point.text || point.claim?.statement || KIND_LABEL[point.kind]}” (Alt+arrows)`}
                  aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight"
                  className="cursor-grab rounded px-1 text-stone-400 hover:bg-stone-100 focus:outline-2 focus:outline-accent"
                >
                  ⠿
                </button>
              )}
              <PointEditor point={point} editable={editable} />
            </div>
          </li>
        ))}
      </ol>
      {editable && (
        <AddPoint argumentId={argument.id} claims={claims} afterPointId={points.at(-1)?.id ?? null} />
      )}
    </section>
  );
}

function PointEditor({ point, editable }: { point: ArgumentPointDetail; editable: boolean }) {
  const id = useId();
  const [text, setText] = useState(point.text);
  const [version, setVersion] = useState(point.version);
  const save = useActionForm(updatePointAction);
  const remove = useActionForm(deletePointAction);

  useEffect(() => {
    setText(point.text);
    setVersion(point.version);
  }, [point.text, point.version]);

  function update(fields: {
    text?: string;
    evidenceIds?: string[];
    citeContrary?: boolean;
    quote?: QuoteMode;
  }) {
    save.submit({ pointId: point.id, version, ...fields }, (data) => setVersion(data.version));
  }

  const label =
    point.kind === "section" ? "Heading" : point.kind === "claim" ? "Your text for this point" : "Text";
  return (
    <div className="min-w-0 flex-1 space-y-2">
      <div className="flex flex-wrap items-center gap-2 text-xs text-stone-500">
        <span className="uppercase tracking-wide">{KIND_LABEL[point.kind]}</span>
        {point.claim && (
          <span className="text-stone-700">
            C{point.claim.number}. {point.claim.statement}
          </span>
        )}
      </div>
      <FormAlert error={save.error ?? remove.error} />
      {editable ? (
        <>
          <label htmlFor={`${id}-text`} className="sr-only">
            {label}
          </label>
          {point.kind === "section" ? (
            <input
              id={`${id}-text`}
              value={text}
              onChange={(event) => setText(event.target.value)}
              onBlur={() => text !== point.text && update({ text })}
              className="block w-full rounded border border-stone-300 px-2 py-1 font-semibold"
            />
          ) : (
            <textarea
              id={`${id}-text`}
              value={text}
              rows={2}
              placeholder={
                point.claim ? "The claim’s statement, unless you write the point your way" : undefined
              }
              onChange={(event) => setText(event.target.value)}
              onBlur={() => text !== point.text && update({ text })}
              className="block w-full rounded border border-stone-300 px-2 py-1 text-sm"
            />
          )}
        </>
      ) : (
        <p className={point.kind === "section" ? "font-semibold" : "text-sm"}>{point.text}</p>
      )}
      {point.kind === "claim" && (
        <details className="text-sm">
          <summary className="cursor-pointer text-stone-600">
            Evidence cited:{" "}
            {point.evidenceIds.length ? `${point.evidenceIds.length} chosen` : "supporting, strongest first"}
            {point.citeContrary ? "; but see the contrary" : ""}
            {point.quote !== "none" ? `; ${QUOTE_LABEL[point.quote].toLowerCase()}` : ""}
          </summary>
          <fieldset className="mt-2 space-y-1" disabled={!editable || save.pending}>
            <legend className="sr-only">Evidence to cite</legend>
            {point.evidenceOptions.length === 0 && (
              <p className="text-stone-500">The claim has no evidence yet.</p>
            )}
            {point.evidenceOptions.map((option) => (
              <label key={option.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={point.evidenceIds.includes(option.id)}
                  onChange={(event) => {
                    const chosen = new Set(point.evidenceIds);
                    if (event.target.checked) chosen.add(option.id);
                    else chosen.delete(option.id);
                    update({
                      evidenceIds: point.evidenceOptions
                        .map((o) => o.id)
                        .filter((evidenceId) => chosen.has(evidenceId)),
                    });
                  }}
                />
                <span>
                  {option.label}{" "}
                  <span className="text-stone-500">
                    ({STANCE_LABEL[option.stance]}, {option.confidence}/5)
                  </span>
                </span>
              </label>
            ))}
            <p className="text-xs text-stone-500">None ticked: the supporting evidence, strongest first.</p>
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={point.citeContrary}
                onChange={(event) => update({ citeContrary: event.target.checked })}
              />
              Add the contrary evidence as “But see …”
            </label>
            <label className="flex items-center gap-2">
              <span>Quotation</span>
              <select
                value={point.quote}
                onChange={(event) => update({ quote: event.target.value as QuoteMode })}
                className="rounded border border-stone-300 bg-white px-1 py-0.5"
              >
                {QUOTE_MODES.map((mode) => (
                  <option key={mode} value={mode}>
                    {QUOTE_LABEL[mode]}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
        </details>
      )}
      {editable && (
        <Button
          variant="ghost"
          className="text-xs"
          disabled={remove.pending}
          onClick={() => remove.submit({ pointId: point.id })}
        >
          Remove
        </Button>
      )}
    </div>
  );
}

function AddPoint({
  argumentId,
  claims,
  afterPointId,
}: {
  argumentId: string;
  claims: ClaimOption[];
  afterPointId: string | null;
}) {
  const id = useId();
  const [kind, setKind] = useState<PointKind>("claim");
  const [claimId, setClaimId] = useState("");
  const [text, setText] = useState("");
  const { submit, pending, error, fieldErrors } = useActionForm(addPointAction);
  return (
    <form
      aria-label="Add to the outline"
      className="mt-4 space-y-2 rounded border border-dashed border-stone-300 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        submit(
          { argumentId, kind, text, afterPointId, ...(kind === "claim" ? { claimId: claimId || null } : {}) },
          () => {
            setText("");
            setClaimId("");
          },
        );
      }}
    >
      <FormAlert error={error} />
      <div className="flex flex-wrap gap-2">
        <label htmlFor={`${id}-kind`} className="sr-only">
          Kind
        </label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(event) => setKind(event.target.value as PointKind)}
          className="rounded border border-stone-300 bg-white px-2 py-1 text-sm"
        >
          {POINT_KINDS.map((value) => (
            <option key={value} value={value}>
              {KIND_LABEL[value]}
            </option>
          ))}
        </select>
        {kind === "claim" && (
          <>
            <label htmlFor={`${id}-claim`} className="sr-only">
              Claim
            </label>
            <select
              id={`${id}-claim`}
              value={claimId}
              onChange={(event) => setClaimId(event.target.value)}
              aria-invalid={Boolean(fieldErrors.claimId)}
              className="min-w-0 flex-1 rounded border border-stone-300 bg-white px-2 py-1 text-sm"
            >
              <option value="">Choose a claim…</option>
              {claims.map((claim) => (
                <option key={claim.id} value={claim.id}>
                  C{claim.number}. {claim.statement.slice(0, 90)}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      <label htmlFor={`${id}-text`} className="block text-sm text-stone-700">
        {kind === "section" ? "Heading" : kind === "claim" ? "Your text (optional)" : "Text"}
      </label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={2}
        onChange={(event) => setText(event.target.value)}
        aria-invalid={Boolean(fieldErrors.text)}
        className="block w-full rounded border border-stone-300 px-2 py-1 text-sm"
      />
      {(fieldErrors.claimId ?? fieldErrors.text) && (
        <p className="text-sm text-rose-700">{(fieldErrors.claimId ?? fieldErrors.text)![0]}</p>
      )}
      <Button type="submit" disabled={pending}>
        Add
      </Button>
    </form>
  );
}
