import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import type { Provider } from "next-auth/providers/index";
import { env } from "@/lib/env";
import { findUserByEmail } from "./data";
import { clearFailedSignIns, findOrCreateOAuthUser, recentFailures, recordFailedSignIn } from "./mutations";
import { verifyPassword } from "./password";
import { signInSchema } from "./schema";
import { clientAddress, isThrottled } from "./throttle";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** The error a throttled sign-in reports to the form. */
export const TOO_MANY_ATTEMPTS = "TooManyAttempts";

function credentialsProvider(): Provider {
  return CredentialsProvider({
    name: "Email and password",
    credentials: { email: { type: "email" }, password: { type: "password" } },
    async authorize(credentials, request) {
      const parsed = signInSchema.safeParse(credentials);
      if (!parsed.success) return null;
      const email = parsed.data.email.trim().toLowerCase();
      const address = clientAddress(request?.headers);
      if (isThrottled(await recentFailures(email, address))) throw new Error(TOO_MANY_ATTEMPTS);
      const user = await findUserByEmail(email);
      const valid = user?.passwordHash
        ? await verifyPassword(parsed.data.password, user.passwordHash)
        : false;
      if (!user || !valid) {
        await recordFailedSignIn(email, address);
        return null;
      }
      await clearFailedSignIns(email);
      return { id: user.id, email: user.email, name: user.name };
    },
  });
}

/** GitHub and a generic OpenID Connect provider, each enabled by its environment variables. */
function externalProviders(): Provider[] {
  const providers: Provider[] = [];
  const { GITHUB_ID, GITHUB_SECRET, OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } =
    process.env;
  if (GITHUB_ID && GITHUB_SECRET)
    providers.push(GitHubProvider({ clientId: GITHUB_ID, clientSecret: GITHUB_SECRET }));
  if (OIDC_ISSUER && OIDC_CLIENT_ID && OIDC_CLIENT_SECRET) {
    providers.push({
      id: "oidc",
      name: OIDC_NAME ?? "Single sign-on",
      type: "oauth",
      wellKnown: `${OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: OIDC_CLIENT_ID,
      clientSecret: OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile: (profile: { sub: string; email: string; name?: string }) => ({
        id: profile.sub,
        email: profile.email,
        name: profile.name ?? null,
      }),
    });
  }
  return providers;
}

export function externalProviderNames(): { id: string; name: string }[] {
  return externalProviders().map((provider) => ({ id: provider.id, name: provider.name }));
}

// Sessions are JWTs in an httpOnly cookie (the credentials provider requires it in next-auth 4);
// the token carries only the user's id, and every request re-reads the user and roles from the
// database.
export function authOptions(): NextAuthOptions {
  const secure = env().NEXTAUTH_URL?.startsWith("https://") ?? false;
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: secure,
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [credentialsProvider(), ...externalProviders()],
    callbacks: {
      async signIn({ user, account }) {
        if (!account || account.provider === "credentials") return true;
        if (!user.email) return "/sign-in?error=NoEmail";
        const local = await findOrCreateOAuthUser({
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          type: account.type,
          email: user.email,
          name: user.name ?? null,
        });
        // The token must carry our user's id, not the provider's.
        user.id = local.id;
        return true;
      },
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) Object.assign(session.user, { id: token.sub });
        return session;
      },
    },
  };
}
