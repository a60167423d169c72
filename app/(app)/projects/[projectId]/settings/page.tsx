import type { Metadata } from "next";
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
      />
      {access.role === "owner" && (
        <section className="mt-12 max-w-2xl rounded-lg border border-stone-200 bg-white p-5">
          <h2 className="font-semibold">{project.archivedAt ? "Archived" : "Archive"}</h2>
          <p className="mt-1 mb-4 text-sm text-stone-600">
            {project.archivedAt
              ? "The project is archived: it is kept whole and hidden from the project list. Restore it to work on it again."
              : "Archiving hides the project from the project list. Nothing is deleted; an owner can restore it at any time."}
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
