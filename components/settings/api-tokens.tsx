"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { createTokenAction, revokeTokenAction } from "@/lib/tokens/actions";

export interface TokenRow {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

const date = (iso: string | null) =>
  iso ? new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" }) : "—";

/** Personal API tokens: create (shown once), list, revoke. */
export function ApiTokens({ tokens }: { tokens: TokenRow[] }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [expiresInDays, setExpiresInDays] = useState("90");
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const create = useActionForm(createTokenAction);
  const revoke = useActionForm(revokeTokenAction);

  return (
    <div className="space-y-6">
      {created && (
        <div role="status" className="rounded border border-emerald-300 bg-emerald-50 p-4 text-sm">
          <p className="font-medium text-emerald-900">
            Token “{created.name}” created. Copy it now: it will not be shown again.
          </p>
          <code
            className="mt-2 block break-all rounded bg-white p-2 font-mono text-ink"
            data-testid="new-token"
          >
            {created.token}
          </code>
          <p className="mt-2 text-emerald-900">
            Use it as <code>Authorization: Bearer …</code>. The API is described at{" "}
            <a className="underline" href="/api/v1/openapi.json">
              /api/v1/openapi.json
            </a>
            .
          </p>
        </div>
      )}
      <form
        noValidate
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          create.submit(
            { name, expiresInDays: expiresInDays === "never" ? null : Number(expiresInDays) },
            (token) => {
              setCreated({ name: token.name, token: token.token });
              setName("");
              router.refresh();
            },
          );
        }}
      >
        <div className="min-w-64 flex-1">
          <TextField
            label="Token name"
            name="token-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            errors={create.fieldErrors.name}
          />
        </div>
        <SelectField
          label="Expires"
          name="token-expiry"
          value={expiresInDays}
          onChange={(event) => setExpiresInDays(event.target.value)}
          options={[
            { value: "30", label: "in 30 days" },
            { value: "90", label: "in 90 days" },
            { value: "365", label: "in a year" },
            { value: "never", label: "never" },
          ]}
        />
        <Button type="submit" disabled={create.pending}>
          Create token
        </Button>
      </form>
      <FormAlert error={create.error ?? revoke.error} />
      {tokens.length === 0 ? (
        <p className="text-sm text-stone-600">No tokens yet.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-stone-300 text-xs uppercase tracking-wide text-stone-500">
              <th className="py-2">Name</th>
              <th className="py-2">Created</th>
              <th className="py-2">Last used</th>
              <th className="py-2">Expires</th>
              <th className="py-2" />
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} className="border-b border-stone-200">
                <td className="py-2">{token.name}</td>
                <td className="py-2">{date(token.createdAt)}</td>
                <td className="py-2">{date(token.lastUsedAt)}</td>
                <td className="py-2">{token.expiresAt ? date(token.expiresAt) : "never"}</td>
                <td className="py-2 text-right">
                  {token.revokedAt ? (
                    <span className="text-stone-500">revoked {date(token.revokedAt)}</span>
                  ) : (
                    <Button
                      variant="ghost"
                      className="text-rose-700"
                      onClick={() => revoke.submit({ tokenId: token.id }, () => router.refresh())}
                    >
                      Revoke
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
