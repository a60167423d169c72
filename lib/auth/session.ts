import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { decode } from "next-auth/jwt";
import { getServerSession } from "next-auth/next";
import { env } from "@/lib/env";
import type { AccessScope, ScopeRead } from "@/lib/projects/request-scope";
import { findUserByToken } from "@/lib/tokens/data";
import { findUserById, findUserInScope } from "./data";
import { authOptions } from "./options";
import { RETURN_PATH_HEADER } from "./return-path";
import type { AuthUser } from "./types";

/** The signed-in user of a page or server action, or null. Re-read from the database, so a
 * deleted account's token stops working at once. */
export async function getCurrentUser(): Promise<AuthUser | null> {
  await connection(); // per request, never prerendered at build time
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ? findUserById(id) : null;
}

/** For pages: the user, or a redirect to sign-in that comes back to the requested page afterwards. */
export async function requireUser(): Promise<AuthUser> {
  const user = await getCurrentUser();
  if (!user) {
    const returnTo = (await headers()).get(RETURN_PATH_HEADER) ?? "/projects";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  return user;
}

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

function readCookie(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

export interface RequestAuthentication {
  user: AuthUser;
  /** "cookie" requests come from a browser and need the CSRF check; bearer tokens cannot be forged cross-site. */
  via: "cookie" | "token";
  /** The project of the call's scope and the user's role in it, read in the same statement. */
  scope: ScopeRead;
}

/**
 * For API route handlers: the user of a personal API token (Authorization: Bearer), else of the
 * next-auth session cookie, else null; with the project the call is about and their role in it.
 */
export async function authenticateRequest(
  request: Request,
  scope?: AccessScope,
): Promise<RequestAuthentication | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const [scheme, token] = authorization.split(" ");
    const found = scheme?.toLowerCase() === "bearer" && token ? await findUserByToken(token, scope) : null;
    return found ? { ...found, via: "token" } : null;
  }
  const found = await userOfSessionCookie(request.headers.get("cookie"), scope);
  return found ? { ...found, via: "cookie" } : null;
}

async function userOfSessionCookie(cookieHeader: string | null, scope: AccessScope | undefined) {
  for (const name of SESSION_COOKIES) {
    const token = readCookie(cookieHeader, name);
    if (!token) continue;
    const payload = await decode({ token, secret: env().NEXTAUTH_SECRET }).catch(() => null);
    if (payload?.sub) return findUserInScope(payload.sub, scope);
  }
  return null;
}
