"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteClaimAction } from "@/lib/claims/actions";

export function DeleteClaimButton({
  claimId,
  number,
  evidenceCount,
  usedBy,
}: {
  claimId: string;
  number: number;
  evidenceCount: number;
  usedBy: number;
}) {
  const router = useRouter();
  const form = useActionForm(deleteClaimAction);
  const consequences = [
    evidenceCount && `its ${evidenceCount} evidence link${evidenceCount === 1 ? "" : "s"}`,
    usedBy && `its use as evidence for ${usedBy} other claim${usedBy === 1 ? "" : "s"}`,
  ].filter(Boolean);
  return (
    <>
      <FormAlert error={form.error} />
      <Button
        variant="ghost"
        className="text-rose-700"
        disabled={form.pending}
        onClick={() => {
          const message = `Delete C${number}?${consequences.length ? ` This also removes ${consequences.join(" and ")}.` : ""} Sources and passages stay.`;
          if (window.confirm(message)) form.submit({ claimId }, () => router.push("../claims"));
        }}
      >
        Delete
      </Button>
    </>
  );
}
