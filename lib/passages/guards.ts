import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";

/** A photo, or a region of it, may show only a passage of its own source. */
export async function assertPassageOfSource(
  tx: Prisma.TransactionClient,
  passageId: string,
  sourceId: string,
): Promise<void> {
  const passage = await tx.passage.findFirst({ where: { id: passageId, sourceId }, select: { id: true } });
  if (!passage) {
    throw new AppError("INVALID_INPUT", "That passage is not one of this source's.", {
      passageId: ["Choose a passage of this source"],
    });
  }
}
