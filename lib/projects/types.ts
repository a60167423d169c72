import type { ProjectRole } from "./roles";

declare const authorized: unique symbol;

/**
 * Proof that a user may act in a project with a role. Only requireProjectAccess makes one, and
 * every project-scoped query takes one, so an unchecked project id cannot reach a query.
 */
export interface ProjectAccess {
  readonly projectId: string;
  readonly userId: string;
  readonly role: ProjectRole;
  readonly [authorized]: true;
}

export interface ProjectSummary {
  id: string;
  name: string;
  description: string | null;
  role: ProjectRole;
  archived: boolean;
  updatedAt: string;
  counts: { claims: number; sources: number; evidence: number };
}
