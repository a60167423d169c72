import "server-only";
import { prisma } from "@/lib/db/client";
import { hashToken, TOKEN_PREFIX } from "./token-format";

/** The user a bearer token belongs to, if the token exists and is neither revoked nor expired. */
export async function findUserByToken(token: string) {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const record = await prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true } },
    },
  });
  if (!record || record.revokedAt || (record.expiresAt && record.expiresAt < new Date())) return null;
  // Note the use at most once a minute, so reads do not each cost a write.
  if (!record.lastUsedAt || Date.now() - record.lastUsedAt.getTime() > 60_000) {
    await prisma.apiToken.update({ where: { id: record.id }, data: { lastUsedAt: new Date() } });
  }
  return record.user;
}

export function listTokens(userId: string) {
  return prisma.apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
  });
}
