"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextArea, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { createProjectAction, updateProjectAction } from "@/lib/projects/actions";

/** Create a project, or rename and describe one (with its version, for conflict detection). */
export function ProjectForm(
  props:
    | { mode: "create" }
    | { mode: "edit"; projectId: string; version: number; name: string; description: string | null },
) {
  const router = useRouter();
  const [name, setName] = useState(props.mode === "edit" ? props.name : "");
  const [description, setDescription] = useState(props.mode === "edit" ? (props.description ?? "") : "");
  const create = useActionForm(createProjectAction);
  const update = useActionForm(updateProjectAction);
  const form = props.mode === "create" ? create : update;
  return (
    <form
      noValidate
      className="max-w-2xl space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        if (props.mode === "create") {
          create.submit({ name, description }, (project) => router.push(`/projects/${project.id}`));
        } else {
          update.submit({ projectId: props.projectId, version: props.version, name, description }, () => {
            router.push(`/projects/${props.projectId}`);
            router.refresh();
          });
        }
      }}
    >
      <FormAlert error={form.error} />
      <TextField
        label="Name"
        name="name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        errors={form.fieldErrors.name}
        required
      />
      <TextArea
        label="Description"
        name="description"
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        errors={form.fieldErrors.description}
        hint="The question the project pursues, for colleagues you invite."
      />
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Saving…" : props.mode === "create" ? "Create project" : "Save"}
      </Button>
    </form>
  );
}
