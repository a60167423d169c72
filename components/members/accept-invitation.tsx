"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { acceptInvitationAction } from "@/lib/members/actions";

export function AcceptInvitation({ token }: { token: string }) {
  const router = useRouter();
  const form = useActionForm(acceptInvitationAction);
  return (
    <div className="space-y-3">
      <FormAlert error={form.error} />
      <Button
        disabled={form.pending}
        onClick={() => form.submit({ token }, ({ projectId }) => router.push(`/projects/${projectId}`))}
      >
        Join the project
      </Button>
    </div>
  );
}
