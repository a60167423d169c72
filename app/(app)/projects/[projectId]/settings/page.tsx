import type { Metadata } from "next";
import Link from "next/link";
import { ProjectArchivePanel } from "@/components/archive/project-archive-panel";
import { ArchiveProjectButton } from "@/components/projects/archive-project-button";
import { ProjectForm } from "@/components/projects/project-form";
import { getProject } from "@/lib/projects/data";
import { projectAccessForPage } from "@/lib/projects/page-access";

export const metadata: Metadata = { title: "Project settings" };

export default async function ProjectSettingsPage(props: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "editor");
  const project = await getProject(access);
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl">Project settings</h1>
      <ProjectForm
        mode="edit"
        projectId={projectId}
        version={project.version}
        name={project.name}
        description={project.description}
        citationScript={project.citationScript}
      />
      <section
        aria-labelledby="take-it-with-you"
        className="mt-12 max-w-2xl rounded-lg border border-stone-200 bg-white p-5"
      >
        <h2 id="take-it-with-you" className="font-semibold">
          Take the project with you
        </h2>
        <p className="mt-1 mb-4 text-sm text-stone-600">
          The whole project in one .zip: every source with its full record, passages and translations, photos
          as uploaded, claims, evidence, observers and readings, notes (shared, and your private ones),
          arguments and the history, with a checksum of every file. Restore it here or on any other Apparatus
          instance.
        </p>
        {access.role === "owner" ? (
          <ProjectArchivePanel projectId={projectId} />
        ) : (
          <p className="text-sm text-stone-600">Only the project's owners can download its archive.</p>
        )}
        <ul className="mt-4 space-y-1 text-sm">
          <li>
            <Link href="/projects/restore" className="text-accent underline">
              Restore from archive
            </Link>{" "}
            <span className="text-stone-500">(into a new project)</span>
          </li>
          <li>
            <Link href={`/projects/${projectId}/export#w3c-notes`} className="text-accent underline">
              Export notes (W3C)
            </Link>{" "}
            <span className="text-stone-500">(Web Annotations, JSON-LD)</span>
          </li>
        </ul>
      </section>
      {access.role === "owner" && (
        <section className="mt-8 max-w-2xl rounded-lg border border-stone-200 bg-white p-5">
          <h2 className="font-semibold">{project.archivedAt ? "Archived" : "Archive"}</h2>
          <p className="mt-1 mb-4 text-sm text-stone-600">
            {project.archivedAt
              ? "The project is archived: it is kept whole and hidden from the project list. Unarchive it to work on it again."
              : "Archiving hides the project from the project list. Nothing is deleted; an owner can unarchive it at any time."}
          </p>
          <ArchiveProjectButton
            projectId={projectId}
            version={project.version}
            archived={project.archivedAt !== null}
          />
        </section>
      )}
    </>
  );
}
