import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { CONTRIBUTOR_ROLES } from "@/lib/sources/schema";
import { Group } from "./group";

export type ContributorRole = (typeof CONTRIBUTOR_ROLES)[number];

/** A name as stored, which the edit form starts from. */
export interface SourceFormContributor {
  role: ContributorRole;
  family: string | null;
  given: string | null;
  literal: string | null;
  original: string | null;
}

/** A name as typed: a person (family, given) or a body (literal), with its original script. */
export interface ContributorRow {
  key: number;
  role: ContributorRole;
  corporate: boolean;
  family: string;
  given: string;
  literal: string;
  original: string;
}

const ROLE_LABEL: Record<ContributorRole, string> = {
  author: "Author",
  editor: "Editor",
  translator: "Translator",
  recipient: "Recipient",
  interviewer: "Interviewer",
  container_author: "Author of the whole work",
  collection_editor: "Series editor",
  reviewed_author: "Author reviewed",
};

let nextRowKey = 0;

export function contributorRow(name?: SourceFormContributor): ContributorRow {
  nextRowKey += 1;
  return {
    key: nextRowKey,
    role: name?.role ?? "author",
    corporate: Boolean(name?.literal && !name.family),
    family: name?.family ?? "",
    given: name?.given ?? "",
    literal: name?.literal ?? "",
    original: name?.original ?? "",
  };
}

export function isBlank(row: ContributorRow) {
  const typed = row.corporate ? [row.literal, row.original] : [row.family, row.given, row.original];
  return !typed.some((value) => value.trim());
}

/**
 * The names of a source (authors, editors, translators ...), one row each. `rowErrors` finds the
 * server's messages for a row by its key, since rows may be added or removed after a save.
 */
export function ContributorsEditor({
  rows,
  setRows,
  errors,
  rowErrors,
  language,
}: {
  rows: ContributorRow[];
  setRows: (update: (rows: ContributorRow[]) => ContributorRow[]) => void;
  errors?: string[];
  rowErrors: (key: number, field: string) => string[] | undefined;
  language: string;
}) {
  function updateRow(key: number, change: Partial<ContributorRow>) {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

  return (
    <Group legend="Names" hint="Authors, editors, translators. Leave empty for an anonymous item.">
      {errors && <p className="text-sm text-rose-700">{errors[0]}</p>}
      <ol className="space-y-4">
        {rows.map((row, index) => {
          const id = `contributor-${index}`;
          return (
            <li key={row.key} className="rounded border border-stone-200 bg-stone-50/60 p-3">
              <fieldset>
                <legend className="sr-only">Name {index + 1}</legend>
                <div className="grid items-start gap-3 md:grid-cols-[11rem_1fr_1fr]">
                  <SelectField
                    label="Role"
                    name={`${id}-role`}
                    value={row.role}
                    errors={rowErrors(row.key, "role")}
                    onChange={(event) => updateRow(row.key, { role: event.target.value as ContributorRole })}
                    options={CONTRIBUTOR_ROLES.map((role) => ({ value: role, label: ROLE_LABEL[role] }))}
                  />
                  {row.corporate ? (
                    <div className="md:col-span-2">
                      <TextField
                        label="Corporate name"
                        name={`${id}-literal`}
                        value={row.literal}
                        placeholder="Foreign Office"
                        errors={rowErrors(row.key, "literal") ?? rowErrors(row.key, "family")}
                        onChange={(event) => updateRow(row.key, { literal: event.target.value })}
                      />
                    </div>
                  ) : (
                    <>
                      <TextField
                        label="Family name"
                        name={`${id}-family`}
                        value={row.family}
                        errors={rowErrors(row.key, "family")}
                        onChange={(event) => updateRow(row.key, { family: event.target.value })}
                      />
                      <TextField
                        label="Given names"
                        name={`${id}-given`}
                        value={row.given}
                        errors={rowErrors(row.key, "given")}
                        onChange={(event) => updateRow(row.key, { given: event.target.value })}
                      />
                    </>
                  )}
                </div>
                <div className="mt-3 grid items-end gap-3 md:grid-cols-[1fr_auto]">
                  <TextField
                    label="Name in the original script"
                    name={`${id}-original`}
                    value={row.original}
                    lang={language || undefined}
                    errors={rowErrors(row.key, "original")}
                    onChange={(event) => updateRow(row.key, { original: event.target.value })}
                  />
                  <div className="flex items-center gap-4">
                    <label className="flex items-center gap-2 text-sm text-stone-700">
                      <input
                        type="checkbox"
                        checked={row.corporate}
                        onChange={(event) => updateRow(row.key, { corporate: event.target.checked })}
                        className="h-4 w-4 accent-accent"
                      />
                      A body, not a person
                    </label>
                    <Button
                      variant="ghost"
                      onClick={() => setRows((current) => current.filter((other) => other.key !== row.key))}
                      aria-label={`Remove name ${index + 1}`}
                    >
                      Remove
                    </Button>
                  </div>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" onClick={() => setRows((current) => [...current, contributorRow()])}>
        + Add a name
      </Button>
    </Group>
  );
}
