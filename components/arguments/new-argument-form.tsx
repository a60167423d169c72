"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { createArgumentAction } from "@/lib/arguments/actions";

export function NewArgumentForm({ projectId }: { projectId: string }) {
  const router = useRouter();
  const id = useId();
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const { submit, pending, error, fieldErrors } = useActionForm(createArgumentAction);
  return (
    <form
      className="mt-8 max-w-xl space-y-3 rounded border border-stone-200 bg-white p-4"
      aria-label="New argument"
      onSubmit={(event) => {
        event.preventDefault();
        submit({ projectId, title, description }, (data) =>
          router.push(`/projects/${projectId}/arguments/${data.id}`),
        );
      }}
    >
      <h2 className="font-semibold">New argument</h2>
      <FormAlert error={error} />
      <div>
        <label htmlFor={`${id}-title`} className="block text-sm font-medium text-stone-700">
          Title
        </label>
        <input
          id={`${id}-title`}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          aria-invalid={Boolean(fieldErrors.title)}
          className="mt-1 block w-full rounded border border-stone-300 px-2 py-1.5"
        />
        {fieldErrors.title && <p className="mt-1 text-sm text-rose-700">{fieldErrors.title[0]}</p>}
      </div>
      <div>
        <label htmlFor={`${id}-description`} className="block text-sm font-medium text-stone-700">
          What it is for <span className="font-normal text-stone-500">(optional)</span>
        </label>
        <input
          id={`${id}-description`}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          className="mt-1 block w-full rounded border border-stone-300 px-2 py-1.5"
        />
      </div>
      <Button type="submit" disabled={pending}>
        Create argument
      </Button>
    </form>
  );
}
