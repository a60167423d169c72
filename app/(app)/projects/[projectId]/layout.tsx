import type { ReactNode } from "react";
import { ProjectNav } from "@/components/layout/project-nav";
import { getProject } from "@/lib/projects/data";
import { projectAccessForPage } from "@/lib/projects/page-access";

export default async function ProjectLayout(props: {
  children: ReactNode;
  params: Promise<{ projectId: string }>;
}) {
  const { projectId } = await props.params;
  const { access } = await projectAccessForPage(projectId, "viewer");
  const project = await getProject(access);
  return (
    <>
      <ProjectNav projectId={projectId} projectName={project.name} archived={project.archivedAt !== null} />
      {props.children}
    </>
  );
}
