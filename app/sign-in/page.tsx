import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeReturnPath } from "@/lib/auth/return-path";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const demoHint = process.env.APPARATUS_DEMO_HINT === "true";
  return (
    <main className="flex min-h-screen items-center justify-center px-6">
      <div className="w-full max-w-sm">
        <h1 className="text-center font-serif text-4xl text-accent">Apparatus</h1>
        <p className="mt-2 text-center text-sm text-stone-600">
          Claims, sources and the evidence between them.
        </p>
        <div className="mt-8 rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
          <SignInForm callbackUrl={callbackUrl} />
        </div>
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
