"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/authed-action";
import { createToken, revokeToken } from "./mutations";
import { createTokenSchema, revokeTokenSchema } from "./schema";

export const createTokenAction = authedAction(createTokenSchema, async (input, user) => {
  const created = await createToken(user.id, input);
  revalidatePath("/settings");
  return created;
});

export const revokeTokenAction = authedAction(revokeTokenSchema, async (input, user) => {
  await revokeToken(user.id, input.tokenId);
  revalidatePath("/settings");
  return { revoked: input.tokenId };
});
