"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { createAnnotationAction } from "@/lib/annotations/actions";
import { anchorSelector, createSelector } from "@/lib/annotations/anchoring";
import type { AnnotationView } from "@/lib/annotations/types";
import type { ThreadsContext } from "./annotation-threads";
import { NoteForm } from "./note-form";

/** The character offsets of the current selection inside `container`, or null. */
function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
}

/**
 * A passage's original text with its annotated spans highlighted. Selecting text offers to
 * annotate exactly that span; the note keeps the quote and its context, to survive later edits.
 */
export function AnnotatableText(props: {
  context: ThreadsContext;
  passageId: string;
  text: string;
  lang?: string;
  className?: string;
  notes: AnnotationView[];
}) {
  const router = useRouter();
  const container = useRef<HTMLQuoteElement>(null);
  const [span, setSpan] = useState<{ start: number; end: number } | null>(null);
  const [writing, setWriting] = useState(false);
  const create = useActionForm(createAnnotationAction);

  const marks = props.notes
    .flatMap((note) => {
      const anchored = note.selector && anchorSelector(props.text, note.selector);
      return anchored ? [{ ...anchored, id: note.id, body: note.body }] : [];
    })
    .sort((a, b) => a.start - b.start);
  // Overlapping spans: each character belongs to the first note that covers it.
  const segments: { text: string; noteId?: string; title?: string }[] = [];
  let cursor = 0;
  for (const mark of marks) {
    if (mark.end <= cursor) continue;
    const start = Math.max(mark.start, cursor);
    if (start > cursor) segments.push({ text: props.text.slice(cursor, start) });
    segments.push({
      text: props.text.slice(start, mark.end),
      noteId: mark.id,
      title: mark.body.slice(0, 200),
    });
    cursor = mark.end;
  }
  if (cursor < props.text.length) segments.push({ text: props.text.slice(cursor) });

  return (
    <div>
      <blockquote
        ref={container}
        lang={props.lang}
        className={props.className}
        onMouseUp={() => container.current && !writing && setSpan(selectionOffsets(container.current))}
        onKeyUp={() => container.current && !writing && setSpan(selectionOffsets(container.current))}
      >
        {segments.map((segment, index) =>
          segment.noteId ? (
            <a
              key={index}
              href={`#note-${segment.noteId}`}
              title={segment.title}
              className="rounded bg-amber-100 text-inherit no-underline decoration-amber-400 hover:underline"
            >
              {segment.text}
            </a>
          ) : (
            <span key={index}>{segment.text}</span>
          ),
        )}
      </blockquote>
      {span && !writing && (
        <div className="mt-2">
          <Button variant="secondary" onClick={() => setWriting(true)}>
            Annotate “{props.text.slice(span.start, Math.min(span.end, span.start + 40))}
            {span.end - span.start > 40 ? "…" : ""}”
          </Button>
        </div>
      )}
      {span && writing && (
        <div className="mt-2 rounded border border-amber-300 bg-amber-50 p-3">
          <p className="mb-2 text-xs text-stone-600">Note on “{props.text.slice(span.start, span.end)}”</p>
          <NoteForm
            label="Note on the selected text"
            submitLabel="Add note"
            canShare={props.context.canShare}
            pending={create.pending}
            error={create.error}
            onCancel={() => {
              setWriting(false);
              setSpan(null);
            }}
            onSubmit={(values) =>
              create.submit(
                {
                  projectId: props.context.projectId,
                  target: { kind: "passage", id: props.passageId },
                  selector: createSelector(props.text, span.start, span.end),
                  ...values,
                },
                () => {
                  setWriting(false);
                  setSpan(null);
                  router.refresh();
                },
              )
            }
          />
        </div>
      )}
    </div>
  );
}
