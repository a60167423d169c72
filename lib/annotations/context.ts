import { roleAtLeast } from "@/lib/projects/roles";
import type { ProjectAccess } from "@/lib/projects/types";
import type { NotesContext } from "./types";

export function notesContextFor(access: ProjectAccess): NotesContext {
  return {
    projectId: access.projectId,
    currentUserId: access.userId,
    canShare: roleAtLeast(access.role, "contributor"),
    canModerate: roleAtLeast(access.role, "editor"),
  };
}
