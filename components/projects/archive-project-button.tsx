"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateProjectAction } from "@/lib/projects/actions";

export function ArchiveProjectButton({
  projectId,
  version,
  archived,
}: {
  projectId: string;
  version: number;
  archived: boolean;
}) {
  const router = useRouter();
  const form = useActionForm(updateProjectAction);
  return (
    <div className="space-y-2">
      <FormAlert error={form.error} />
      <Button
        variant={archived ? "secondary" : "danger"}
        disabled={form.pending}
        onClick={() => form.submit({ projectId, version, archived: !archived }, () => router.refresh())}
      >
        {archived ? "Unarchive project" : "Archive project"}
      </Button>
    </div>
  );
}
