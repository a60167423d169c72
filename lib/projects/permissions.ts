import { roleAtLeast } from "./roles";
import type { ProjectAccess } from "./types";

/** Whether the member may edit or delete an item (the rule assertCanModify enforces on the server). */
export function canModify(
  access: Pick<ProjectAccess, "role" | "userId">,
  item: { createdById: string | null },
): boolean {
  return (
    roleAtLeast(access.role, "editor") ||
    (access.role === "contributor" && item.createdById === access.userId)
  );
}
