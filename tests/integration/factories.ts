import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { prisma } from "@/lib/db/client";
import type { ProjectRole } from "@/lib/db/generated/enums";

/** A unique suffix, so that every test makes its own data and never depends on another's. */
export function unique(label: string): string {
  return `${label}-${randomBytes(4).toString("hex")}`;
}

export async function createUser(label = "user") {
  const name = unique(label);
  return prisma.user.create({ data: { email: `${name}@example.org`, name } });
}

export async function createProject(members: { userId: string; role: ProjectRole }[], label = "project") {
  return prisma.project.create({
    data: { name: unique(label), memberships: { create: members } },
  });
}

export async function createClaims(
  projectId: string,
  count: number,
  status: "working" | "supported" = "working",
) {
  const claims = [];
  for (let number = 1; number <= count; number++) {
    claims.push(
      await prisma.claim.create({
        data: { projectId, number, statement: `Claim ${number} of ${projectId}`, status, tags: ["test"] },
      }),
    );
  }
  return claims;
}

/** The next-auth session cookie a browser would send for this user. */
export async function sessionCookie(userId: string): Promise<string> {
  const token = await encode({ token: { sub: userId }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

export type RouteHandler = (
  request: Request,
  context: { params?: Promise<Record<string, string>> },
) => Promise<Response>;

/**
 * Calls a route handler as Next would: with the user's session cookie (and the app's own Origin,
 * as a browser sends on writes) when a user is given, and a JSON body when one is given.
 */
export async function callRoute(
  handler: RouteHandler,
  url: string,
  options: {
    params?: Record<string, string>;
    userId?: string;
    method?: string;
    body?: unknown;
    rawBody?: string | Uint8Array;
    headers?: Record<string, string>;
  } = {},
) {
  const headers = new Headers(options.headers);
  if (options.userId) {
    headers.set("cookie", await sessionCookie(options.userId));
    if (!headers.has("origin")) headers.set("origin", "http://localhost");
  }
  const body: BodyInit | undefined =
    typeof options.rawBody === "object"
      ? new Uint8Array(options.rawBody)
      : (options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)));
  if (body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
  // As Next does: no params at all for a route without dynamic segments.
  const response = await handler(
    new Request(`http://localhost${url}`, { method: options.method ?? "GET", headers, body }),
    {
      params: options.params ? Promise.resolve(options.params) : undefined,
    },
  );
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  // Exports answer with files: their text is the body when it is not JSON.
  let answer: unknown = null;
  if (text) {
    try {
      answer = JSON.parse(text);
    } catch {
      answer = text;
    }
  }
  // biome-ignore lint/suspicious/noExplicitAny: tests read the answers' fields freely.
  return { status: response.status, body: answer as any, bytes, headers: response.headers };
}
