import type { Metadata } from "next";
import { ProjectForm } from "@/components/projects/project-form";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New project" };

export default async function NewProjectPage() {
  await requireUser();
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl">New project</h1>
      <ProjectForm mode="create" />
    </>
  );
}
