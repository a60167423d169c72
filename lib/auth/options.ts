import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { findUserByEmail } from "./data";
import { verifyPassword } from "./password";
import { signInSchema } from "./schema";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

// Sessions are JWTs in an httpOnly cookie (the credentials provider requires it in next-auth 4);
// the token carries only the user's id, and every request re-reads roles from the database.
export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const user = await findUserByEmail(parsed.data.email);
          if (!user?.passwordHash) return null;
          if (!(await verifyPassword(parsed.data.password, user.passwordHash))) return null;
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
    ],
    callbacks: {
      session({ session, token }) {
        if (session.user && token.sub) Object.assign(session.user, { id: token.sub });
        return session;
      },
    },
  };
}
