import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { prisma } from "@/lib/db/client";
import { writeProjectArchive } from "./export";
import { projectSlug } from "./format";

// Daily backups of every project for the embedded database of `npm start`, whose user has no
// database administrator: one folder per day under .data/backups, each project an archive that
// "Restore from archive" (or npm run project:restore) reads. Kept: the last 7 days, and the last
// day of each of the last 4 weeks.

const DAY_FOLDER = /^\d{4}-\d{2}-\d{2}$/;

/** The Monday of a date's ISO week, as the week's key. */
function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const monday = new Date(date);
  monday.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return monday.toISOString().slice(0, 10);
}

/** Which day folders to keep: the newest 7, and the newest of each of the 4 newest weeks. */
export function backupsToKeep(days: string[], daily = 7, weekly = 4): Set<string> {
  const sorted = days
    .filter((day) => DAY_FOLDER.test(day))
    .sort()
    .reverse();
  const keep = new Set(sorted.slice(0, daily));
  const weeks = new Set<string>();
  for (const day of sorted) {
    const week = weekOf(day);
    if (weeks.has(week)) continue;
    if (weeks.size === weekly) break;
    weeks.add(week);
    keep.add(day);
  }
  return keep;
}

export interface BackupResult {
  folder: string;
  projects: number;
  failed: { projectId: string; error: string }[];
  removed: string[];
}

function fileNameOf(project: { id: string; name: string }) {
  return `${projectSlug(project.name, 50)}-${project.id}.zip`;
}

/**
 * Today's backup, when it is not made yet: every project, with every member's private notes (it
 * stays on this machine, like the database it copies). Then old folders are pruned.
 */
export async function runDailyBackup(
  root: string,
  today = new Date().toISOString().slice(0, 10),
): Promise<BackupResult | null> {
  const folder = path.join(root, today);
  const done = path.join(folder, ".complete");
  if (await stat(done).catch(() => null)) return null;
  await mkdir(folder, { recursive: true });
  const projects = await prisma.project.findMany({
    select: { id: true, name: true },
    orderBy: { id: "asc" },
  });
  const failed: BackupResult["failed"] = [];
  for (const project of projects) {
    try {
      await writeProjectArchive(project.id, path.join(folder, fileNameOf(project)), {
        privateNotes: { of: "backup" },
        exportedBy: null,
      });
    } catch (error) {
      failed.push({ projectId: project.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  // Marked complete only when every project was written: a failed day is tried again.
  if (!failed.length) await writeFile(done, new Date().toISOString());
  const days = (await readdir(root)).filter((name) => DAY_FOLDER.test(name));
  const keep = backupsToKeep(days);
  const removed: string[] = [];
  for (const day of days) {
    if (keep.has(day)) continue;
    await rm(path.join(root, day), { recursive: true, force: true });
    removed.push(day);
  }
  return { folder, projects: projects.length, failed, removed };
}
