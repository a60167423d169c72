import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { roleAtLeast } from "./roles";
import type { ProjectAccess } from "./types";

// Project-wide guards that every feature's mutations use: here, so that no feature imports
// another feature's mutations for them.

/** Adding anything to a project needs the contributor role or higher. */
export function assertCanAdd(access: ProjectAccess, noun: string): void {
  if (!roleAtLeast(access.role, "contributor")) {
    throw new AppError("FORBIDDEN", `Viewers cannot add ${noun}; ask an owner for the contributor role.`);
  }
}

/** Serialises writes that must see each other within a project (numbering, cycle checks). */
export async function lockProject(tx: Prisma.TransactionClient, projectId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${projectId}, 0))`;
}
