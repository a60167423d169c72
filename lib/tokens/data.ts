import "server-only";
import { prisma } from "@/lib/db/client";
import { type AccessScope, scopeJoinSql } from "@/lib/projects/request-scope";
import type { ProjectRole } from "@/lib/projects/roles";
import { hashToken, TOKEN_PREFIX } from "./token-format";

/**
 * The user a bearer token belongs to, if the token exists and is neither revoked nor expired, with
 * the project of the call's scope and the user's role in it (see lib/projects/request-scope.ts).
 * One statement: it runs before every API call.
 */
export async function findUserByToken(token: string, scope?: AccessScope) {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const [record] = await prisma.$queryRaw<
    {
      tokenId: string;
      lastUsedAt: Date | null;
      id: string;
      email: string;
      name: string | null;
      projectId: string | null;
      projectRole: ProjectRole | null;
    }[]
  >`
    SELECT t.id AS "tokenId", t."lastUsedAt", u.id, u.email, u.name, scope."projectId",
           m.role::text AS "projectRole"
    FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
    ${scopeJoinSql(scope)}
    WHERE t."tokenHash" = ${hashToken(token)} AND t."revokedAt" IS NULL
      AND (t."expiresAt" IS NULL OR t."expiresAt" > now())`;
  if (!record) return null;
  // Note the use at most once a minute, so reads do not each cost a write.
  if (!record.lastUsedAt || Date.now() - record.lastUsedAt.getTime() > 60_000) {
    await prisma.apiToken.update({ where: { id: record.tokenId }, data: { lastUsedAt: new Date() } });
  }
  return {
    user: { id: record.id, email: record.email, name: record.name },
    scope: { projectId: record.projectId, role: record.projectRole },
  };
}

export function listTokens(userId: string) {
  return prisma.apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
  });
}
