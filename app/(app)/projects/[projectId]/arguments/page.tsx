import type { Metadata } from "next";
import Link from "next/link";
import { NewArgumentForm } from "@/components/arguments/new-argument-form";
import { listArguments } from "@/lib/arguments/data";
import { projectAccessForPage } from "@/lib/projects/page-access";
import { roleAtLeast } from "@/lib/projects/roles";

export const metadata: Metadata = { title: "Arguments" };

export default async function ArgumentsPage(props: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  const list = await listArguments(access);
  const canAdd = roleAtLeast(access.role, "contributor");
  return (
    <>
      <h1 className="font-serif text-3xl">Arguments</h1>
      <p className="mt-2 max-w-3xl text-sm text-stone-600">
        A chapter, an article, a talk: an outline of sections and points built from the project’s claims,
        exported to Word, LibreOffice or Markdown with real footnotes citing each point’s evidence.
      </p>
      {list.length ? (
        <ul className="mt-6 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {list.map((argument) => (
            <li key={argument.id} className="px-4 py-3">
              <Link
                href={`/projects/${projectId}/arguments/${argument.id}`}
                className="font-medium text-accent hover:underline"
              >
                {argument.title}
              </Link>
              <span className="ml-2 text-sm text-stone-500">
                {argument.points} {argument.points === 1 ? "point" : "points"}
              </span>
              {argument.description && <p className="text-sm text-stone-600">{argument.description}</p>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-6 text-sm text-stone-600">No argument yet.</p>
      )}
      {canAdd && <NewArgumentForm projectId={projectId} />}
    </>
  );
}
