"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteReadingAction } from "@/lib/observers/actions";

export function DeleteReadingButton({ readingId, description }: { readingId: string; description: string }) {
  const router = useRouter();
  const form = useActionForm(deleteReadingAction);
  return (
    <>
      <Button
        variant="ghost"
        className="text-rose-700"
        disabled={form.pending}
        onClick={() => {
          if (window.confirm(`Delete ${description}? Answers taken from it stay, without their reading.`)) {
            form.submit({ readingId }, () => router.refresh());
          }
        }}
      >
        {form.pending ? "Deleting…" : "Delete"}
      </Button>
      <FormAlert error={form.error} />
    </>
  );
}
