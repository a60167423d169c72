import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { requireUser } from "@/lib/auth/session";
import { listProjectsForUser } from "@/lib/projects/data";
import { ROLE_LABEL } from "@/lib/projects/roles";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage() {
  const user = await requireUser();
  const projects = await listProjectsForUser(user.id, { limit: 100 });
  return (
    <>
      <h1 className="font-serif text-3xl">Projects</h1>
      {projects.length === 0 ? (
        <p className="mt-6 text-stone-600">You are not a member of any project yet.</p>
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
