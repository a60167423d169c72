import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeReturnPath } from "@/lib/auth/return-path";
import { getCurrentUser } from "@/lib/auth/session";
import { isSignUpOpen } from "@/lib/env";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const open = isSignUpOpen();
  return (
    <main className="flex min-h-screen items-center justify-center px-6">
      <div className="w-full max-w-sm">
        <h1 className="text-center font-serif text-4xl text-accent">Apparatus</h1>
        <p className="mt-2 text-center text-sm text-stone-600">Create your account.</p>
        <div className="mt-8 rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
          {open ? (
            <SignUpForm callbackUrl={callbackUrl} />
          ) : (
            <p className="text-sm text-stone-700">
              Sign-up is closed on this server. Ask an administrator or a project owner for an account.
            </p>
          )}
        </div>
        <p className="mt-4 text-center text-sm text-stone-600">
          Already have an account?{" "}
          <Link
            href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}
            className="text-accent underline"
          >
            Sign in
          </Link>
        </p>
      </div>
    </main>
  );
}
