"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { changePasswordAction } from "@/lib/auth/actions";

export function ChangePasswordForm() {
  const [values, setValues] = useState({ currentPassword: "", newPassword: "" });
  const [done, setDone] = useState(false);
  const form = useActionForm(changePasswordAction);
  return (
    <form
      noValidate
      className="max-w-md space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        setDone(false);
        form.submit(values, () => {
          setValues({ currentPassword: "", newPassword: "" });
          setDone(true);
        });
      }}
    >
      <FormAlert error={form.error} />
      {done && (
        <p
          role="status"
          className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
        >
          Your password has been changed.
        </p>
      )}
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        value={values.currentPassword}
        onChange={(event) => setValues({ ...values, currentPassword: event.target.value })}
        errors={form.fieldErrors.currentPassword}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        value={values.newPassword}
        onChange={(event) => setValues({ ...values, newPassword: event.target.value })}
        errors={form.fieldErrors.newPassword}
      />
      <Button type="submit" disabled={form.pending}>
        Change password
      </Button>
    </form>
  );
}
