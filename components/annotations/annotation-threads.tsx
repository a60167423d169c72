"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Markdown } from "@/components/ui/markdown";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  createAnnotationAction,
  deleteAnnotationAction,
  replyAnnotationAction,
  updateAnnotationAction,
} from "@/lib/annotations/actions";
import { anchorSelector } from "@/lib/annotations/anchoring";
import type { AnnotationTargetKind } from "@/lib/annotations/schema";
import type { AnnotationView, NotesContext } from "@/lib/annotations/types";
import { NoteForm } from "./note-form";

export type ThreadsContext = NotesContext;

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });

/** Notes on one item, with their replies; a note anchored to text that is gone is shown as orphaned, never dropped. */
export function AnnotationThreads(props: {
  context: ThreadsContext;
  target: { kind: AnnotationTargetKind; id: string };
  threads: AnnotationView[];
  /** The annotated text, for passages: to tell anchored notes from orphaned ones. */
  text?: string;
  heading?: string;
}) {
  const router = useRouter();
  const create = useActionForm(createAnnotationAction);
  const [adding, setAdding] = useState(false);
  return (
    <section aria-label={props.heading ?? "Notes"} className="space-y-3">
      {props.threads.map((thread) => (
        <Thread
          key={thread.id}
          note={thread}
          context={props.context}
          orphaned={
            !!(thread.selector && props.text !== undefined && !anchorSelector(props.text, thread.selector))
          }
        />
      ))}
      {adding ? (
        <NoteForm
          label={`New note on this ${props.target.kind}`}
          submitLabel="Add note"
          canShare={props.context.canShare}
          pending={create.pending}
          error={create.error}
          onCancel={() => setAdding(false)}
          onSubmit={(values, reset) =>
            create.submit({ projectId: props.context.projectId, target: props.target, ...values }, () => {
              reset();
              setAdding(false);
              router.refresh();
            })
          }
        />
      ) : (
        <Button variant="ghost" onClick={() => setAdding(true)}>
          + Note
        </Button>
      )}
    </section>
  );
}

function Thread({
  note,
  context,
  orphaned,
}: {
  note: AnnotationView;
  context: ThreadsContext;
  orphaned: boolean;
}) {
  const router = useRouter();
  const [replying, setReplying] = useState(false);
  const reply = useActionForm(replyAnnotationAction);
  return (
    <article
      id={`note-${note.id}`}
      className="rounded border border-stone-200 bg-stone-50 p-3"
      data-visibility={note.visibility}
    >
      <NoteBody note={note} context={context} orphaned={orphaned} />
      {note.replies.length > 0 && (
        <ol className="mt-3 space-y-2 border-l-2 border-stone-200 pl-3">
          {note.replies.map((item) => (
            <li key={item.id}>
              <NoteBody note={item} context={context} orphaned={false} />
            </li>
          ))}
        </ol>
      )}
      {replying ? (
        <div className="mt-2">
          <NoteForm
            label="Reply"
            submitLabel="Reply"
            pending={reply.pending}
            error={reply.error}
            onCancel={() => setReplying(false)}
            onSubmit={(values, reset) =>
              reply.submit({ annotationId: note.id, body: values.body }, () => {
                reset();
                setReplying(false);
                router.refresh();
              })
            }
          />
        </div>
      ) : (
        (note.visibility === "private" || context.canShare) && (
          <Button variant="ghost" className="mt-1 text-xs" onClick={() => setReplying(true)}>
            Reply
          </Button>
        )
      )}
    </article>
  );
}

function NoteBody({
  note,
  context,
  orphaned,
}: {
  note: AnnotationView;
  context: ThreadsContext;
  orphaned: boolean;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const update = useActionForm(updateAnnotationAction);
  const remove = useActionForm(deleteAnnotationAction);
  const mine = note.author?.id === context.currentUserId;
  const mayDelete = mine || (note.visibility === "shared" && context.canModerate);
  return (
    <div>
      <header className="flex flex-wrap items-center gap-2 text-xs text-stone-500">
        <span className="font-medium text-stone-700">
          {note.author ? (note.author.name ?? note.author.email) : "A former member"}
        </span>
        <span>{when(note.createdAt)}</span>
        <Badge tone={note.visibility === "shared" ? "blue" : "neutral"}>
          {note.visibility === "shared" ? "shared" : "private"}
        </Badge>
        {orphaned && <Badge tone="amber">orphaned: the quoted text was edited away</Badge>}
      </header>
      {note.selector && <p className="mt-1 text-xs italic text-stone-500">on “{note.selector.exact}”</p>}
      {editing ? (
        <div className="mt-2">
          <NoteForm
            label="Edit note"
            submitLabel="Save"
            initialBody={note.body}
            pending={update.pending}
            error={update.error}
            onCancel={() => setEditing(false)}
            onSubmit={(values) =>
              update.submit({ annotationId: note.id, version: note.version, body: values.body }, () => {
                setEditing(false);
                router.refresh();
              })
            }
          />
        </div>
      ) : (
        <div className="mt-1">
          <Markdown source={note.body} />
        </div>
      )}
      {(mine || mayDelete) && !editing && (
        <div className="mt-1 flex gap-1 text-xs">
          {mine && (
            <Button variant="ghost" className="text-xs" onClick={() => setEditing(true)}>
              Edit
            </Button>
          )}
          {mine && context.canShare && (
            <Button
              variant="ghost"
              className="text-xs"
              disabled={update.pending}
              onClick={() =>
                update.submit(
                  {
                    annotationId: note.id,
                    version: note.version,
                    visibility: note.visibility === "shared" ? "private" : "shared",
                  },
                  () => router.refresh(),
                )
              }
            >
              {note.visibility === "shared" ? "Make private" : "Share with the project"}
            </Button>
          )}
          {mayDelete && (
            <Button
              variant="ghost"
              className="text-xs text-rose-700"
              disabled={remove.pending}
              onClick={() => {
                if (window.confirm("Delete this note and its replies?"))
                  remove.submit({ annotationId: note.id }, () => router.refresh());
              }}
            >
              Delete
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
