import "server-only";
import { prisma } from "@/lib/db/client";
import { type AccessScope, scopeJoinSql } from "@/lib/projects/request-scope";
import type { ProjectRole } from "@/lib/projects/roles";

export function findUserByEmail(email: string) {
  return prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
}

export function findUserById(id: string) {
  return prisma.user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
}

/**
 * The user, with the project of an API call's scope and the user's role in it: one statement, as
 * the call's authentication reads them (see lib/projects/request-scope.ts).
 */
export async function findUserInScope(id: string, scope?: AccessScope) {
  const [row] = await prisma.$queryRaw<
    {
      id: string;
      email: string;
      name: string | null;
      projectId: string | null;
      projectRole: ProjectRole | null;
    }[]
  >`
    SELECT u.id, u.email, u.name, scope."projectId", m.role::text AS "projectRole"
    FROM "User" u
    ${scopeJoinSql(scope)}
    WHERE u.id = ${id}`;
  return row
    ? {
        user: { id: row.id, email: row.email, name: row.name },
        scope: { projectId: row.projectId, role: row.projectRole },
      }
    : null;
}
