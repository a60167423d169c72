import type { ProjectRole } from "@/lib/db/generated/enums";

export type { ProjectRole };

/** Each role can do everything the roles below it can. */
const RANK: Record<ProjectRole, number> = { viewer: 0, contributor: 1, editor: 2, owner: 3 };

export function roleAtLeast(role: ProjectRole, minimum: ProjectRole): boolean {
  return RANK[role] >= RANK[minimum];
}

export const ROLE_LABEL: Record<ProjectRole, string> = {
  owner: "Owner",
  editor: "Editor",
  contributor: "Contributor",
  viewer: "Viewer",
};
