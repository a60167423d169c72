import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, test as base, expect } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/db/client";
import type { PrismaClient } from "../lib/db/generated/client";

export { expect };

export const DEMO = {
  email: "historian@example.org",
  password: "apparatus-demo",
  projectId: "demo-project",
  projectName: "Stalin's February 1938 letter",
};

/** Signs in through next-auth's credentials endpoint, as the sign-in form does, without the UI. */
export async function signInThroughApi(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(response.ok(), `sign-in as ${email}`).toBe(true);
  const session = await (await request.get("/api/auth/session")).json();
  expect(session?.user?.email, `session for ${email}`).toBe(email);
}

interface Fixtures {
  db: PrismaClient;
  /** A new user, unique to the test, with a password, and no project. */
  freshUser: { id: string; email: string; password: string };
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  db: async ({}, use) => {
    const state = JSON.parse(readFileSync(path.join(import.meta.dirname, "../.data/e2e-state.json"), "utf8"));
    const prisma = createPrismaClient(state.databaseUrl);
    await use(prisma);
    await prisma.$disconnect();
  },
  freshUser: async ({ db }, use) => {
    const name = `reader-${randomBytes(4).toString("hex")}`;
    const password = `pw-${randomBytes(8).toString("hex")}`;
    const user = await db.user.create({
      data: { email: `${name}@example.org`, name, passwordHash: await hashPassword(password) },
    });
    await use({ id: user.id, email: user.email, password });
  },
});

/** Creates an account through the public API (as sign-up does) and returns its credentials. */
export async function signUpThroughApi(request: APIRequestContext, label: string) {
  const name = `${label}-${randomBytes(4).toString("hex")}`;
  const account = { name, email: `${name}@example.org`, password: `pw-${randomBytes(8).toString("hex")}` };
  const response = await request.post("/api/v1/users", { data: account });
  expect(response.status(), `sign-up of ${account.email}`).toBe(201);
  return account;
}

/** A JSON API write with the app's own Origin, as the browser would send it. */
export function apiWrite(
  request: APIRequestContext,
  method: "post" | "patch" | "put" | "delete",
  url: string,
  data?: unknown,
) {
  return request[method](url, {
    data,
    headers: { origin: `http://127.0.0.1:${process.env.E2E_PORT ?? 3107}` },
  });
}
