import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { createAccount } from "@/lib/auth/mutations";
import { isSignUpOpen } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";

export const POST = apiRoute(endpoints.createUser, async ({ body }) => {
  if (!isSignUpOpen()) throw new AppError("FORBIDDEN", "Sign-up is closed on this server.");
  return createAccount(body);
});
