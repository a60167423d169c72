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

/** Calls a route handler as Next would, with the user's session cookie when given. */
export async function callRoute(
  handler: (request: Request, context: { params?: Promise<Record<string, string>> }) => Promise<Response>,
  url: string,
  options: { params?: Record<string, string>; userId?: string } = {},
) {
  const headers = new Headers();
  if (options.userId) headers.set("cookie", await sessionCookie(options.userId));
  // As Next does: no params at all for a route without dynamic segments.
  const response = await handler(new Request(`http://localhost${url}`, { headers }), {
    params: options.params ? Promise.resolve(options.params) : undefined,
  });
  return { status: response.status, body: await response.json() };
}
