"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { signInSchema } from "@/lib/auth/schema";
import type { FieldErrors } from "@/lib/errors/app-error";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    setFormError(null);
    if (!parsed.success) {
      setFieldErrors(
        Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), [issue.message]])),
      );
      return;
    }
    setFieldErrors({});
    setPending(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false }).catch(() => null);
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    setFormError(
      result?.error === "TooManyAttempts"
        ? "Too many failed attempts for this account or from this network. Wait 15 minutes, then try again."
        : result?.status === 401 || result?.error === "CredentialsSignin"
          ? "The email or the password is not right. Check both and try again."
          : "Signing in failed for a reason on our side. Please try again in a moment.",
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError && (
        <p role="alert" className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {formError}
        </p>
      )}
      <Field label="Email" name="email" type="email" autoComplete="username" errors={fieldErrors.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        errors={fieldErrors.password}
      />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-accent px-4 py-2 font-medium text-white hover:bg-accent/90 disabled:opacity-60"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}

function Field(props: {
  label: string;
  name: string;
  type: string;
  autoComplete: string;
  errors?: string[];
}) {
  const errorId = `${props.name}-error`;
  return (
    <div>
      <label htmlFor={props.name} className="block text-sm font-medium text-stone-700">
        {props.label}
      </label>
      <input
        id={props.name}
        name={props.name}
        type={props.type}
        autoComplete={props.autoComplete}
        required
        aria-invalid={props.errors ? true : undefined}
        aria-describedby={props.errors ? errorId : undefined}
        className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 shadow-sm focus:border-accent focus:outline-none aria-invalid:border-rose-500"
      />
      {props.errors && (
        <p id={errorId} className="mt-1 text-sm text-rose-700">
          {props.errors[0]}
        </p>
      )}
    </div>
  );
}
