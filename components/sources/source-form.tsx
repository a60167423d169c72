"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitRow } from "@/components/ui/submit-row";
import { useActionForm } from "@/components/ui/use-action-form";
import { useConflictVersion } from "@/components/ui/use-conflict-version";
import { createSourceAction, updateSourceAction } from "@/lib/sources/actions";
import { SOURCE_KIND_INFO, SOURCE_KINDS } from "@/lib/sources/kinds";
import { ArchivalReference, PRESET_TEXTS } from "./source-form/archival-reference";
import {
  type ContributorRow,
  ContributorsEditor,
  contributorRow,
  isBlank,
  type SourceFormContributor,
} from "./source-form/contributors-editor";
import {
  asksPlaceWritten,
  type BindField,
  type Scheme,
  SECTION_FIELDS,
  SECTIONS,
  type Section,
  type SourceKind,
  sectionsShown,
  TEXT_FIELDS,
  type TextFieldName,
  type Texts,
  unusual,
} from "./source-form/fields";
import { IssuedDateField, issuedText } from "./source-form/issued-date-field";
import { OnTheWeb, Publication, PublishedIn } from "./source-form/publication-sections";
import { TitleFields } from "./source-form/title-fields";

/** A source as the edit form starts from (plain values, as stored). */
export type SourceFormInitial = Record<TextFieldName, string | null> & {
  kind: SourceKind;
  issuedEdtf: string | null;
  archivalScheme: Scheme | null;
  contributors: SourceFormContributor[];
};

/**
 * Creates a source (no `source`) or edits one. The sections shown follow the kind: a newspaper
 * article asks for the newspaper, a dispatch for its archival reference.
 */
export function SourceForm({
  projectId,
  source,
}: {
  projectId: string;
  source?: { id: string; version: number; initial: SourceFormInitial };
}) {
  const router = useRouter();
  const initial = source?.initial;
  const [initialTexts] = useState<Texts>(
    () => Object.fromEntries(TEXT_FIELDS.map((field) => [field, initial?.[field] ?? ""])) as Texts,
  );
  const [kind, setKind] = useState<SourceKind>(initial?.kind ?? "newspaper_article");
  const [texts, setTexts] = useState<Texts>(initialTexts);
  const [issued, setIssued] = useState(() => issuedText(initial?.issuedEdtf ?? null));
  const [scheme, setScheme] = useState<Scheme>(initial?.archivalScheme ?? "generic");
  const [contributors, setContributors] = useState<ContributorRow[]>(() =>
    initial ? initial.contributors.map(contributorRow) : [contributorRow()],
  );
  const [sentRowKeys, setSentRowKeys] = useState<number[]>([]);
  const conflict = useConflictVersion(source?.version ?? 0);
  const form = useActionForm(source ? updateSourceAction : createSourceAction);

  const shown = sectionsShown(kind, initialTexts);
  const doiSection: Section | null = shown.has("publication")
    ? "publication"
    : shown.has("container")
      ? "container"
      : null;
  const errors = form.fieldErrors;

  function set(field: TextFieldName, value: string) {
    setTexts((previous) => ({ ...previous, [field]: value }));
  }

  const bind: BindField = (field) => ({
    name: field,
    value: texts[field],
    errors: errors[field],
    onChange: (event) => set(field, event.target.value),
  });

  function rowErrors(key: number, field: string): string[] | undefined {
    const index = sentRowKeys.indexOf(key);
    return index === -1 ? undefined : errors[`contributors.${index}.${field}`];
  }

  function applyPreset(preset: Scheme) {
    setScheme(preset);
    const filled = PRESET_TEXTS[preset];
    if (filled) setTexts((previous) => ({ ...previous, ...filled }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const sent = contributors.filter((row) => !isBlank(row));
    setSentRowKeys(sent.map((row) => row.key));
    const visible = (field: TextFieldName) =>
      field === "doi"
        ? doiSection !== null
        : !SECTIONS.some((section) => SECTION_FIELDS[section].includes(field) && !shown.has(section));
    // Fields of sections the kind does not use are cleared, so nothing invisible is stored.
    const fields = Object.fromEntries(
      TEXT_FIELDS.map((field) => [field, visible(field) ? texts[field] : ""]),
    );
    const hasLocator = shown.has("archive") && SECTION_FIELDS.archive.some((field) => texts[field].trim());
    const input = {
      ...fields,
      kind,
      issued,
      archivalScheme: hasLocator ? scheme : null,
      contributors: sent.map((row) => ({
        role: row.role,
        family: row.corporate ? "" : row.family,
        given: row.corporate ? "" : row.given,
        literal: row.corporate ? row.literal : "",
        original: row.original,
      })),
      // A kind chosen anew brings its own CSL genre ("Dispatch", "Minute").
      ...(source && kind !== source.initial.kind ? { genre: SOURCE_KIND_INFO[kind].genre } : {}),
    };
    if (source) {
      form.submit(
        { sourceId: source.id, version: conflict.version, ...input },
        () => {
          router.push(`/projects/${projectId}/sources/${source.id}`);
          router.refresh();
        },
        conflict.adoptOnConflict,
      );
    } else {
      form.submit({ projectId, ...input }, (data) => {
        router.push(`/projects/${projectId}/sources/${data.id}`);
      });
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-8" aria-busy={form.pending}>
      <FormAlert error={form.error} />

      <SelectField
        label="Kind of source"
        name="kind"
        value={kind}
        errors={errors.kind}
        onChange={(event) => setKind(event.target.value as SourceKind)}
        options={SOURCE_KINDS.map((value) => ({ value, label: SOURCE_KIND_INFO[value].label }))}
      />

      <TitleFields
        texts={texts}
        bind={bind}
        onTransliterate={(romanized) => set("titleTransliterated", romanized)}
      />

      <ContributorsEditor
        rows={contributors}
        setRows={setContributors}
        errors={errors.contributors}
        rowErrors={rowErrors}
        language={texts.language}
      />

      <div className="grid gap-4 md:grid-cols-[1fr_12rem]">
        <IssuedDateField value={issued} onChange={setIssued} errors={errors.issued} />
        <TextField
          label="Language"
          placeholder="ru"
          hint="A code such as ru, fr, de, en-GB"
          {...bind("language")}
        />
      </div>

      {shown.has("container") && (
        <PublishedIn
          kind={kind}
          bind={bind}
          language={texts.language}
          asksDoi={doiSection === "container"}
          hint={unusual(kind, "container")}
        />
      )}

      {shown.has("publication") && <Publication bind={bind} hint={unusual(kind, "publication")} />}

      {shown.has("archive") && (
        <ArchivalReference
          texts={texts}
          bind={bind}
          scheme={scheme}
          onPreset={applyPreset}
          asksPlaceWritten={asksPlaceWritten(shown)}
          hint={unusual(kind, "archive")}
        />
      )}

      {shown.has("web") && <OnTheWeb bind={bind} hint={unusual(kind, "web")} />}

      <TextArea label="Abstract" {...bind("abstract")} />
      <TextArea label="Note" hint="For you and your colleagues; not part of the citation" {...bind("note")} />

      <SubmitRow
        label={source ? "Save changes" : "Create source"}
        pending={form.pending}
        cancelHref={source ? `/projects/${projectId}/sources/${source.id}` : `/projects/${projectId}/sources`}
      />
    </form>
  );
}
