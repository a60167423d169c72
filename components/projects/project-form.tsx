"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { TextArea, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitRow } from "@/components/ui/submit-row";
import { useActionForm } from "@/components/ui/use-action-form";
import { createProjectAction, updateProjectAction } from "@/lib/projects/actions";

type CitationScript = "romanized" | "original" | "both";

const CITATION_SCRIPT_CHOICES: [CitationScript, string, string][] = [
  ["romanized", "Romanized, as Chicago recommends:", "“Otvet tovarishchu Ivanovu” [Reply to Comrade Ivanov]"],
  ["original", "In the original script:", "“Ответ товарищу Иванову” [Reply to Comrade Ivanov]"],
  ["both", "Both:", "“Otvet tovarishchu Ivanovu (Ответ товарищу Иванову)” [Reply to Comrade Ivanov]"],
];

/** Create a project, or rename and describe one (with its version, for conflict detection). */
export function ProjectForm(
  props:
    | { mode: "create" }
    | {
        mode: "edit";
        projectId: string;
        version: number;
        name: string;
        description: string | null;
        citationScript: CitationScript;
      },
) {
  const router = useRouter();
  const [name, setName] = useState(props.mode === "edit" ? props.name : "");
  const [description, setDescription] = useState(props.mode === "edit" ? (props.description ?? "") : "");
  const [citationScript, setCitationScript] = useState<CitationScript>(
    props.mode === "edit" ? props.citationScript : "romanized",
  );
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
          const fields = {
            projectId: props.projectId,
            version: props.version,
            name,
            description,
            citationScript,
          };
          update.submit(fields, () => {
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
      {props.mode === "edit" && (
        <fieldset>
          <legend className="text-sm font-medium text-stone-700">Citations: titles in other scripts</legend>
          <p className="text-sm text-stone-600">
            How notes and bibliographies give a title written in Cyrillic or another non-Latin script.
          </p>
          <div className="mt-2 space-y-1 text-sm">
            {CITATION_SCRIPT_CHOICES.map(([value, label, example]) => (
              <label key={value} className="flex items-baseline gap-2">
                <input
                  type="radio"
                  name="citationScript"
                  value={value}
                  checked={citationScript === value}
                  onChange={() => setCitationScript(value)}
                />
                <span>
                  {label} <span className="font-serif text-stone-600">{example}</span>
                </span>
              </label>
            ))}
          </div>
          {form.fieldErrors.citationScript && (
            <p className="text-sm text-rose-700">{form.fieldErrors.citationScript[0]}</p>
          )}
        </fieldset>
      )}
      <SubmitRow label={props.mode === "create" ? "Create project" : "Save"} pending={form.pending} />
    </form>
  );
}
