import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Markdown } from "@/components/ui/markdown";
import { Pager } from "@/components/ui/pager";
import { listMyAnnotationsPage } from "@/lib/annotations/data";
import { ANNOTATION_TARGETS, myAnnotationsQuerySchema, noteCursorSchema } from "@/lib/annotations/schema";
import { pageCursor } from "@/lib/api/pagination";
import { requireUser } from "@/lib/auth/session";
import { listProjectsForUser } from "@/lib/projects/data";

export const metadata: Metadata = { title: "My notes" };

const PAGE_SIZE = 50;

export default async function MyNotesPage(props: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requireUser();
  const { after, before, ...raw } = Object.fromEntries(
    Object.entries(await props.searchParams).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "",
    ),
  );
  const parsed = myAnnotationsQuerySchema.safeParse(raw);
  const { format: _format, ...filters } = parsed.success ? parsed.data : myAnnotationsQuerySchema.parse({});
  const [page, projects] = await Promise.all([
    listMyAnnotationsPage(user.id, filters, {
      limit: PAGE_SIZE,
      after: pageCursor(after, noteCursorSchema),
      before: pageCursor(before, noteCursorSchema),
    }),
    listProjectsForUser(user.id, { limit: 100, archived: "all" }),
  ]);
  const notes = page.data;
  const exportHref = `/api/v1/annotations/mine?${new URLSearchParams({ ...raw, format: "markdown" })}`;
  const pageHref = (cursor: { after: string } | { before: string }) =>
    `/notes?${new URLSearchParams({ ...raw, ...cursor })}`;
  const select = "rounded border border-stone-300 bg-white px-2 py-1 text-sm";

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl">My notes</h1>
        <a
          href={exportHref}
          className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-50"
          download
        >
          Export as Markdown
        </a>
      </div>
      <form
        method="get"
        aria-label="Filter notes"
        className="mt-4 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 text-sm"
      >
        <label className="flex flex-col gap-1">
          <span className="text-xs text-stone-500">Words</span>
          <input name="q" type="search" defaultValue={filters.q ?? ""} className={select} />
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-xs text-stone-500">Project</span>
          <select name="projectId" defaultValue={filters.projectId ?? ""} className={select}>
            <option value="">all</option>
            {projects.map((project) => (
              <option key={project.id} value={project.id}>
                {project.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-xs text-stone-500">Visibility</span>
          <select name="visibility" defaultValue={filters.visibility ?? ""} className={select}>
            <option value="">any</option>
            <option value="private">private</option>
            <option value="shared">shared</option>
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-xs text-stone-500">On</span>
          <select name="kind" defaultValue={filters.kind ?? ""} className={select}>
            <option value="">anything</option>
            {ANNOTATION_TARGETS.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-accent px-3 py-1.5 font-medium text-white">
          Filter
        </button>
      </form>
      {notes.length === 0 ? (
        <p className="mt-6 text-stone-600">
          No notes{" "}
          {Object.keys(raw).length
            ? "match these filters"
            : "yet: select text in a passage, or add a note to a claim or source"}
          .
        </p>
      ) : (
        <ol className="mt-6 space-y-4">
          {notes.map((note) => (
            <li key={note.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2 text-xs text-stone-500">
                <span>{note.project.name}</span>
                <span>·</span>
                <Link href={`${note.target.href}#note-${note.id}`} className="text-accent hover:underline">
                  {note.target.kind}: {note.target.label.slice(0, 100)}
                </Link>
                <Badge tone={note.visibility === "shared" ? "blue" : "neutral"}>{note.visibility}</Badge>
              </div>
              {note.target.citation && <p className="mt-1 text-xs text-stone-500">{note.target.citation}</p>}
              <div className="mt-2">
                <Markdown source={note.body} />
              </div>
            </li>
          ))}
        </ol>
      )}
      <Pager
        label="Pages of notes"
        previousHref={page.previousCursor && pageHref({ before: page.previousCursor })}
        nextHref={page.nextCursor && pageHref({ after: page.nextCursor })}
      />
    </>
  );
}
