import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { requireUser } from "@/lib/auth/session";
import { listProjectsForUser } from "@/lib/projects/data";
import { ROLE_LABEL } from "@/lib/projects/roles";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage(props: { searchParams: Promise<{ archived?: string }> }) {
  const user = await requireUser();
  const showArchived = (await props.searchParams).archived === "true";
  const projects = await listProjectsForUser(user.id, {
    limit: 100,
    archived: showArchived ? "true" : "false",
  });
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl">{showArchived ? "Archived projects" : "Projects"}</h1>
        <div className="flex items-center gap-3 text-sm">
          <Link
            href={showArchived ? "/projects" : "/projects?archived=true"}
            className="text-stone-600 hover:text-accent"
          >
            {showArchived ? "Current projects" : "Archived projects"}
          </Link>
          <Link href="/projects/restore" className="text-stone-600 hover:text-accent">
            Restore from archive
          </Link>
          <Link
            href="/projects/new"
            className="rounded bg-accent px-3 py-1.5 font-medium text-white hover:bg-accent/90"
          >
            New project
          </Link>
        </div>
      </div>
      {projects.length === 0 ? (
        <p className="mt-6 text-stone-600">
          {showArchived ? "No archived projects." : "You are not a member of any project yet."}
        </p>
      ) : (
        <ul className="mt-6 grid gap-4 sm:grid-cols-2">
          {projects.map((project) => (
            <li key={project.id}>
              <Link
                href={`/projects/${project.id}`}
                className="block h-full rounded-lg border border-stone-200 bg-white p-5 shadow-sm transition hover:border-accent/50 hover:shadow"
              >
                <div className="flex items-start justify-between gap-3">
                  <h2 className="font-serif text-xl leading-snug">{project.name}</h2>
                  <Badge tone={project.role === "owner" ? "accent" : "neutral"}>
                    {ROLE_LABEL[project.role]}
                  </Badge>
                </div>
                {project.description && (
                  <p className="mt-2 line-clamp-3 text-sm text-stone-600">{project.description}</p>
                )}
                <p className="mt-4 text-xs text-stone-500">
                  {project.counts.claims} claims · {project.counts.sources} sources ·{" "}
                  {project.counts.evidence} evidence links
                  {project.archived && " · archived"}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
