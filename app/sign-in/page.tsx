import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ExternalSignIn } from "@/components/auth/external-sign-in";
import { SignInForm } from "@/components/auth/sign-in-form";
import { externalProviderNames } from "@/lib/auth/options";
import { safeReturnPath } from "@/lib/auth/return-path";
import { getCurrentUser } from "@/lib/auth/session";
import { isSignUpOpen } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const demoHint = process.env.APPARATUS_DEMO_HINT === "true";
  const providers = externalProviderNames();
  return (
    <main className="flex min-h-screen items-center justify-center px-6">
      <div className="w-full max-w-sm">
        <h1 className="text-center font-serif text-4xl text-accent">Apparatus</h1>
        <p className="mt-2 text-center text-sm text-stone-600">
          Claims, sources and the evidence between them.
        </p>
        <div className="mt-8 rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
          <SignInForm callbackUrl={callbackUrl} />
          {providers.length > 0 && <ExternalSignIn providers={providers} callbackUrl={callbackUrl} />}
        </div>
        {isSignUpOpen() && (
          <p className="mt-4 text-center text-sm text-stone-600">
            New here?{" "}
            <Link
              href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}
              className="text-accent underline"
            >
              Create an account
            </Link>
          </p>
        )}
        {demoHint && (
          <p className="mt-4 text-center text-sm text-stone-500">
            Demo: <span className="font-mono">historian@example.org</span> /{" "}
            <span className="font-mono">apparatus-demo</span>
          </p>
        )}
      </div>
    </main>
  );
}
