"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { signUpAction } from "@/lib/auth/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/schema";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [values, setValues] = useState({ name: "", email: "", password: "" });
  const form = useActionForm(signUpAction);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    form.submit(values, async () => {
      await signIn("credentials", { email: values.email, password: values.password, redirect: false });
      router.replace(callbackUrl);
      router.refresh();
    });
  }

  const bind = (field: keyof typeof values) => ({
    name: field,
    value: values[field],
    errors: form.fieldErrors[field],
    onChange: (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [field]: event.target.value })),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert error={form.error} />
      <TextField label="Name" autoComplete="name" {...bind("name")} />
      <TextField label="Email" type="email" autoComplete="username" {...bind("email")} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        {...bind("password")}
      />
      <Button type="submit" disabled={form.pending} className="w-full py-2">
        {form.pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
