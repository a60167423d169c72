import "server-only";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { CreateTokenInput } from "./schema";
import { generateToken, hashToken } from "./token-format";

/** Creates a token and returns it in clear, this once: it cannot be shown again. */
export async function createToken(userId: string, input: CreateTokenInput) {
  const token = generateToken();
  const record = await prisma.apiToken.create({
    data: {
      userId,
      name: input.name,
      tokenHash: hashToken(token),
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
    },
    select: { id: true, name: true },
  });
  return { ...record, token };
}

export async function revokeToken(userId: string, tokenId: string) {
  const { count } = await prisma.apiToken.updateMany({
    where: { id: tokenId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "Token not found, or already revoked.");
}
