import "server-only";
import { prisma } from "@/lib/db/client";
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
 * The user, with their role in `projectId` when one is given (null: not a member): one statement,
 * as an API call's authentication reads them (see withPrefetchedRole).
 */
export async function findUserWithProjectRole(id: string, projectId?: string) {
  const [row] = await prisma.$queryRaw<
    { id: string; email: string; name: string | null; projectRole: ProjectRole | null }[]
  >`
    SELECT u.id, u.email, u.name, m.role::text AS "projectRole"
    FROM "User" u
    LEFT JOIN "Membership" m ON m."userId" = u.id AND m."projectId" = ${projectId ?? null}
    WHERE u.id = ${id}`;
  return row
    ? { user: { id: row.id, email: row.email, name: row.name }, projectRole: row.projectRole }
    : null;
}
