import type { MyAnnotation } from "./types";

const day = (iso: string) =>
  new Date(iso).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

/** A Markdown document of one's notes, grouped by project, each with a citation of what it annotates. */
export function annotationsToMarkdown(annotations: MyAnnotation[], exportedAt: Date): string {
  const lines = [`# My notes`, "", `Exported from Apparatus on ${day(exportedAt.toISOString())}.`, ""];
  const byProject = new Map<string, MyAnnotation[]>();
  for (const annotation of annotations) {
    byProject.set(annotation.project.name, [...(byProject.get(annotation.project.name) ?? []), annotation]);
  }
  for (const [project, notes] of byProject) {
    lines.push(`## ${project}`, "");
    for (const note of notes) {
      lines.push(
        `### ${note.target.kind[0]!.toUpperCase()}${note.target.kind.slice(1)}: ${note.target.label.replace(/\n/g, " ")}`,
        "",
      );
      if (note.target.citation) lines.push(`Source: ${note.target.citation}`, "");
      lines.push(
        `*${note.visibility === "shared" ? "Shared with the project" : "Private"} · ${day(note.createdAt)}${note.replyCount ? ` · ${note.replyCount} repl${note.replyCount === 1 ? "y" : "ies"}` : ""}*`,
        "",
      );
      lines.push(note.body.trim(), "");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
