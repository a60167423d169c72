"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextArea, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitRow } from "@/components/ui/submit-row";
import { useActionForm } from "@/components/ui/use-action-form";
import { useConflictVersion } from "@/components/ui/use-conflict-version";
import { createPassageAction, deletePassageAction, updatePassageAction } from "@/lib/passages/actions";

export interface PassageValue {
  id: string;
  version: number;
  text: string;
  language: string | null;
  page: string | null;
  folio: string | null;
  column: string | null;
  paragraph: string | null;
  note: string | null;
  translations: { language: string; text: string; translator: string | null; note?: string | null }[];
}

const FIELDS = ["text", "language", "page", "folio", "column", "paragraph", "note"] as const;
type Field = (typeof FIELDS)[number];

interface TranslationRow {
  key: number;
  language: string;
  text: string;
  translator: string;
  /** Kept as it was: the form does not edit it, and saving must not drop it. */
  note: string | null;
}

let nextRowKey = 0;

function translationRow(translation?: PassageValue["translations"][number]): TranslationRow {
  nextRowKey += 1;
  return {
    key: nextRowKey,
    language: translation?.language ?? "en",
    text: translation?.text ?? "",
    translator: translation?.translator ?? "",
    note: translation?.note ?? null,
  };
}

/**
 * A passage in its original language with its translations; adds one to `sourceId`, or edits
 * `passage`. What was typed stays in the form when saving fails.
 */
export function PassageForm({
  sourceId,
  passage,
  defaultLanguage,
  onDone,
}: {
  sourceId: string;
  passage?: PassageValue;
  defaultLanguage?: string | null;
  onDone: () => void;
}) {
  const router = useRouter();
  const idPrefix = passage ? `passage-${passage.id}` : "new-passage";
  const empty = (): Record<Field, string> => ({
    text: passage?.text ?? "",
    language: passage ? (passage.language ?? "") : (defaultLanguage ?? ""),
    page: passage?.page ?? "",
    folio: passage?.folio ?? "",
    column: passage?.column ?? "",
    paragraph: passage?.paragraph ?? "",
    note: passage?.note ?? "",
  });
  const [values, setValues] = useState<Record<Field, string>>(empty);
  const [translations, setTranslations] = useState<TranslationRow[]>(() =>
    (passage?.translations ?? []).map(translationRow),
  );
  const [sentRowKeys, setSentRowKeys] = useState<number[]>([]);
  const conflict = useConflictVersion(passage?.version ?? 0);
  const form = useActionForm(passage ? updatePassageAction : createPassageAction);
  const errors = form.fieldErrors;

  function bind(field: Field) {
    return {
      name: `${idPrefix}-${field}`,
      value: values[field],
      errors: errors[field],
      onChange: (event: { target: { value: string } }) =>
        setValues((previous) => ({ ...previous, [field]: event.target.value })),
    };
  }

  function updateRow(key: number, change: Partial<TranslationRow>) {
    setTranslations((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

  function rowErrors(key: number, field: string) {
    const index = sentRowKeys.indexOf(key);
    return index === -1 ? undefined : errors[`translations.${index}.${field}`];
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A row left with nothing but its language code is an unused row, not an empty translation.
    const sent = translations.filter((row) => row.text.trim() || row.translator.trim());
    setSentRowKeys(sent.map((row) => row.key));
    const input = {
      ...values,
      translations: sent.map(({ language, text, translator, note }) => ({
        language,
        text,
        translator,
        note,
      })),
    };
    const done = () => {
      router.refresh();
      if (!passage) {
        setValues(empty());
        setTranslations([]);
      }
      onDone();
    };
    if (passage) {
      form.submit(
        { passageId: passage.id, version: conflict.version, ...input },
        done,
        conflict.adoptOnConflict,
      );
    } else {
      form.submit({ sourceId, ...input }, done);
    }
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={passage ? "Edit passage" : "New passage"}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
    >
      <FormAlert error={form.error} />
      <TextArea
        label="Passage, in the original language"
        required
        lang={values.language || undefined}
        className="mt-1 block min-h-32 w-full rounded border border-stone-300 bg-white px-3 py-2 font-serif shadow-sm focus:border-accent focus:outline-none aria-invalid:border-rose-500"
        {...bind("text")}
      />
      <div className="grid gap-4 sm:grid-cols-3 md:grid-cols-5">
        <TextField label="Language" placeholder="ru" {...bind("language")} />
        <TextField label="Page" {...bind("page")} />
        <TextField label="Folio" {...bind("folio")} />
        <TextField label="Column" {...bind("column")} />
        <TextField label="Paragraph" {...bind("paragraph")} />
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-stone-700">Translations</legend>
        {errors.translations && <p className="text-sm text-rose-700">{errors.translations[0]}</p>}
        {translations.length === 0 && <p className="text-xs text-stone-500">None yet.</p>}
        <ol className="space-y-3">
          {translations.map((row, index) => {
            const id = `${idPrefix}-translation-${index}`;
            return (
              <li key={row.key} className="rounded border border-stone-200 bg-stone-50/60 p-3">
                <fieldset>
                  <legend className="sr-only">Translation {index + 1}</legend>
                  <div className="grid items-start gap-3 md:grid-cols-[8rem_1fr]">
                    <TextField
                      label="Language"
                      name={`${id}-language`}
                      value={row.language}
                      placeholder="en"
                      errors={rowErrors(row.key, "language")}
                      onChange={(event) => updateRow(row.key, { language: event.target.value })}
                    />
                    <TextField
                      label="Translator"
                      name={`${id}-translator`}
                      value={row.translator}
                      errors={rowErrors(row.key, "translator")}
                      onChange={(event) => updateRow(row.key, { translator: event.target.value })}
                    />
                  </div>
                  <div className="mt-3">
                    <TextArea
                      label="Translation"
                      name={`${id}-text`}
                      value={row.text}
                      lang={row.language || undefined}
                      errors={rowErrors(row.key, "text")}
                      onChange={(event) => updateRow(row.key, { text: event.target.value })}
                    />
                  </div>
                  <Button
                    variant="ghost"
                    className="mt-2"
                    aria-label={`Remove translation ${index + 1}`}
                    onClick={() => setTranslations((rows) => rows.filter((other) => other.key !== row.key))}
                  >
                    Remove
                  </Button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <Button variant="secondary" onClick={() => setTranslations((rows) => [...rows, translationRow()])}>
          + Add a translation
        </Button>
      </fieldset>

      <TextArea label="Note" {...bind("note")} />
      <SubmitRow label={passage ? "Save passage" : "Add passage"} pending={form.pending} onCancel={onDone} />
    </form>
  );
}

/** The "Add a passage" button, which opens the form in place. */
export function AddPassage({
  sourceId,
  defaultLanguage,
}: {
  sourceId: string;
  defaultLanguage: string | null;
}) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        + Add a passage
      </Button>
    );
  }
  return <PassageForm sourceId={sourceId} defaultLanguage={defaultLanguage} onDone={() => setOpen(false)} />;
}

/** A passage as shown (`children`), with Edit and Delete when the member may change it. */
export function EditablePassage({
  sourceId,
  passage,
  canModify,
  children,
}: {
  sourceId: string;
  passage: PassageValue;
  canModify: boolean;
  children: ReactNode;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const remove = useActionForm(deletePassageAction);

  if (editing) return <PassageForm sourceId={sourceId} passage={passage} onDone={() => setEditing(false)} />;
  return (
    <>
      {children}
      {canModify && (
        <div className="mt-3 flex items-center gap-1">
          <Button variant="ghost" onClick={() => setEditing(true)}>
            Edit
          </Button>
          <Button
            variant="ghost"
            className="text-rose-700"
            disabled={remove.pending}
            onClick={() => {
              if (window.confirm("Delete this passage? Evidence that quotes it is deleted with it.")) {
                remove.submit({ passageId: passage.id }, () => router.refresh());
              }
            }}
          >
            {remove.pending ? "Deleting…" : "Delete"}
          </Button>
        </div>
      )}
      {remove.error && (
        <div className="mt-2">
          <FormAlert error={remove.error} />
        </div>
      )}
    </>
  );
}
