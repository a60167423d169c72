import type { Metadata } from "next";
import { ApiTokens } from "@/components/settings/api-tokens";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { requireUser } from "@/lib/auth/session";
import { listTokens } from "@/lib/tokens/data";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const tokens = await listTokens(user.id);
  return (
    <>
      <h1 className="font-serif text-3xl">Settings</h1>
      <p className="mt-1 text-sm text-stone-600">
        Signed in as {user.name ?? user.email} ({user.email}).
      </p>
      <section className="mt-8 max-w-3xl" aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-4 text-lg font-semibold">
          Password
        </h2>
        <ChangePasswordForm />
      </section>
      <section className="mt-8 max-w-3xl" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading" className="text-lg font-semibold">
          API tokens
        </h2>
        <p className="mt-1 mb-4 text-sm text-stone-600">
          For scripts that read or write your projects through the JSON API. A token acts with your roles;
          only its fingerprint is stored, so it is shown once.
        </p>
        <ApiTokens
          tokens={tokens.map((token) => ({
            ...token,
            createdAt: token.createdAt.toISOString(),
            lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
            expiresAt: token.expiresAt?.toISOString() ?? null,
            revokedAt: token.revokedAt?.toISOString() ?? null,
          }))}
        />
      </section>
    </>
  );
}
