import "server-only";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { hashPassword, verifyPassword } from "./password";
import type { SignUpInput } from "./schema";
import { THROTTLE } from "./throttle";

export async function createAccount(input: SignUpInput) {
  const existing = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    throw new AppError("CONFLICT", "An account with this email already exists: sign in instead.", {
      email: ["Already registered"],
    });
  }
  return prisma.user.create({
    data: { name: input.name, email: input.email, passwordHash: await hashPassword(input.password) },
    select: { id: true, email: true, name: true, createdAt: true },
  });
}

export async function changePassword(userId: string, currentPassword: string, newPassword: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!user.passwordHash || !(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new AppError("INVALID_INPUT", "The current password is not right.", {
      currentPassword: ["Not your current password"],
    });
  }
  await prisma.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(newPassword) },
  });
}

/** Failed sign-ins in the throttle window, for the account and for the address. */
export async function recentFailures(email: string, address: string) {
  const since = new Date(Date.now() - THROTTLE.windowMinutes * 60_000);
  const [forAccount, forAddress] = await Promise.all([
    prisma.signInAttempt.count({ where: { email, createdAt: { gte: since } } }),
    prisma.signInAttempt.count({ where: { address, createdAt: { gte: since } } }),
  ]);
  return { forAccount, forAddress };
}

export async function recordFailedSignIn(email: string, address: string) {
  await prisma.signInAttempt.create({ data: { email, address } });
  // Old attempts say nothing any more; keep the table small.
  await prisma.signInAttempt.deleteMany({
    where: { createdAt: { lt: new Date(Date.now() - 24 * 3_600_000) } },
  });
}

export async function clearFailedSignIns(email: string) {
  await prisma.signInAttempt.deleteMany({ where: { email } });
}

/**
 * The local account for someone signing in through GitHub or OpenID Connect: the account
 * already linked to that provider identity, else the user with the same verified email (linked
 * now), else a new user.
 */
export async function findOrCreateOAuthUser(input: {
  provider: string;
  providerAccountId: string;
  type: string;
  email: string;
  name: string | null;
}) {
  const linked = await prisma.account.findUnique({
    where: {
      provider_providerAccountId: { provider: input.provider, providerAccountId: input.providerAccountId },
    },
    select: { user: { select: { id: true, email: true, name: true } } },
  });
  if (linked) return linked.user;
  const email = input.email.trim().toLowerCase();
  return prisma.$transaction(async (tx) => {
    const user =
      (await tx.user.findUnique({ where: { email }, select: { id: true, email: true, name: true } })) ??
      (await tx.user.create({
        data: { email, name: input.name, emailVerified: new Date() },
        select: { id: true, email: true, name: true },
      }));
    await tx.account.create({
      data: {
        userId: user.id,
        type: input.type,
        provider: input.provider,
        providerAccountId: input.providerAccountId,
      },
    });
    return user;
  });
}
