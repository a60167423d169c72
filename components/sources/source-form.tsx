"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { shortTitle } from "@/lib/citations/short-title";
import { formatEdtf } from "@/lib/dates/edtf";
import { parseHistoricalDate } from "@/lib/dates/historical-date";
import { createSourceAction, updateSourceAction } from "@/lib/sources/actions";
import { composeArchiveLocation } from "@/lib/sources/archival-locator";
import { SOURCE_KIND_INFO, SOURCE_KINDS } from "@/lib/sources/kinds";
import type { ARCHIVAL_SCHEMES } from "@/lib/sources/schema";
import { CONTRIBUTOR_ROLES } from "@/lib/sources/schema";
import { hasCyrillic, romanizeCyrillic } from "@/lib/text/transliterate";

type SourceKind = (typeof SOURCE_KINDS)[number];
type ContributorRole = (typeof CONTRIBUTOR_ROLES)[number];
type Scheme = (typeof ARCHIVAL_SCHEMES)[number];
type Section = "container" | "publication" | "archive" | "web";

const TEXT_FIELDS = [
  "title",
  "titleOriginal",
  "titleTransliterated",
  "titleTranslated",
  "titleShort",
  "containerTitle",
  "containerTitleOriginal",
  "collectionTitle",
  "volume",
  "issue",
  "page",
  "edition",
  "publisher",
  "publisherPlace",
  "language",
  "doi",
  "isbn",
  "url",
  "archive",
  "archivePlace",
  "archiveRepository",
  "archiveCollection",
  "archiveSeries",
  "archiveFile",
  "archiveItem",
  "archiveFolio",
  "archivePage",
  "archiveLocation",
  "abstract",
  "note",
] as const;
type TextFieldName = (typeof TEXT_FIELDS)[number];
type Texts = Record<TextFieldName, string>;

const LOCATOR_FIELDS = [
  "archiveRepository",
  "archiveCollection",
  "archiveSeries",
  "archiveFile",
  "archiveItem",
  "archiveFolio",
  "archivePage",
] as const;
type LocatorField = (typeof LOCATOR_FIELDS)[number];

// The fields each section of the form holds; DOI is placed with the publication or, for articles
// that have no publication section, with the container.
const SECTION_FIELDS: Record<Section, TextFieldName[]> = {
  container: ["containerTitle", "containerTitleOriginal", "volume", "issue", "page"],
  publication: ["publisher", "publisherPlace", "edition", "collectionTitle", "isbn"],
  archive: ["archive", "archivePlace", ...LOCATOR_FIELDS, "archiveLocation"],
  web: ["url"],
};
const SECTIONS: Section[] = ["container", "publication", "archive", "web"];

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

const LOCATOR_LABEL: Record<Scheme, Record<LocatorField, string>> = {
  tna: {
    archiveRepository: "Repository (usually empty)",
    archiveCollection: "Department (e.g. FO)",
    archiveSeries: "Series (e.g. 371)",
    archiveFile: "Piece (e.g. 22286)",
    archiveItem: "Item",
    archiveFolio: "Folio",
    archivePage: "Page",
  },
  russian: {
    archiveRepository: "Archive (e.g. RGASPI)",
    archiveCollection: "Fond (f.)",
    archiveSeries: "Opis (op.)",
    archiveFile: "Delo (d.)",
    archiveItem: "Item",
    archiveFolio: "List (l.)",
    archivePage: "Page",
  },
  generic: {
    archiveRepository: "Repository",
    archiveCollection: "Collection",
    archiveSeries: "Series",
    archiveFile: "File",
    archiveItem: "Item",
    archiveFolio: "Folio",
    archivePage: "Page",
  },
};

const CONTAINER_LABEL: Partial<Record<SourceKind, string>> = {
  newspaper_article: "Newspaper",
  journal_article: "Journal",
  chapter: "Book",
};

const CONTROL =
  "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-accent focus:outline-none aria-invalid:border-rose-500";

export interface SourceFormContributor {
  role: ContributorRole;
  family: string | null;
  given: string | null;
  literal: string | null;
  original: string | null;
}

/** A source as the edit form starts from (plain values, as stored). */
export type SourceFormInitial = Record<TextFieldName, string | null> & {
  kind: SourceKind;
  issuedEdtf: string | null;
  archivalScheme: Scheme | null;
  contributors: SourceFormContributor[];
};

interface ContributorRow {
  key: number;
  role: ContributorRole;
  corporate: boolean;
  family: string;
  given: string;
  literal: string;
  original: string;
}

let nextRowKey = 0;

function contributorRow(name?: SourceFormContributor): ContributorRow {
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

function isBlank(row: ContributorRow) {
  const typed = row.corporate ? [row.literal, row.original] : [row.family, row.given, row.original];
  return !typed.some((value) => value.trim());
}

/** The stored date as words the parser reads back to the same EDTF; the EDTF itself otherwise. */
function issuedText(edtf: string | null): string {
  if (!edtf) return "";
  const words = formatEdtf(edtf);
  const reread = parseHistoricalDate(words);
  return reread.ok && reread.edtf === edtf ? words : edtf;
}

/** Kinds of unpublished document whose place is where they were written, asked with the archive. */
function asksPlaceWritten(shown: Set<Section>): boolean {
  return shown.has("archive") && !shown.has("publication");
}

function sectionsShown(kind: SourceKind, initial: Texts): Set<Section> {
  const shown = new Set<Section>(SOURCE_KIND_INFO[kind].sections);
  const placeWritten = asksPlaceWritten(shown);
  // A section that already holds something stays visible, so that nothing stored is hidden.
  for (const section of SECTIONS) {
    const fields = SECTION_FIELDS[section].filter((field) => !(placeWritten && field === "publisherPlace"));
    if (fields.some((field) => initial[field].trim())) shown.add(section);
  }
  if (initial.doi.trim() && !shown.has("container")) shown.add("publication");
  return shown;
}

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
  const [version, setVersion] = useState(source?.version ?? 0);
  const form = useActionForm(source ? updateSourceAction : createSourceAction);

  // After a conflict the form keeps what was typed; saving again overwrites the newer version.
  useEffect(() => {
    const current = form.error?.details?.current as { version?: unknown } | undefined;
    if (form.error?.code === "CONFLICT" && typeof current?.version === "number") setVersion(current.version);
  }, [form.error]);

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

  /** Props for a text input bound to a field of the form. */
  function bind(field: TextFieldName) {
    return {
      name: field,
      value: texts[field],
      errors: errors[field],
      onChange: (event: { target: { value: string } }) => set(field, event.target.value),
    };
  }

  function updateRow(key: number, change: Partial<ContributorRow>) {
    setContributors((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

  function rowErrors(key: number, field: string): string[] | undefined {
    const index = sentRowKeys.indexOf(key);
    return index === -1 ? undefined : errors[`contributors.${index}.${field}`];
  }

  function applyPreset(preset: Scheme) {
    setScheme(preset);
    if (preset === "tna") {
      setTexts((previous) => ({
        ...previous,
        archive: "The National Archives",
        archivePlace: "Kew",
        archiveCollection: "FO",
        archiveSeries: "371",
      }));
    }
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
      form.submit({ sourceId: source.id, version, ...input }, () => {
        router.push(`/projects/${projectId}/sources/${source.id}`);
        router.refresh();
      });
    } else {
      form.submit({ projectId, ...input }, (data) => {
        router.push(`/projects/${projectId}/sources/${data.id}`);
      });
    }
  }

  const containerLabel = CONTAINER_LABEL[kind] ?? "Title of the whole work";
  // Cyrillic titles are romanized for citations when no transliteration is typed; offered here
  // so that the historian sees it and can keep or correct it.
  const suggestedRomanization =
    hasCyrillic(texts.titleOriginal) &&
    romanizeCyrillic(texts.titleOriginal.trim()) !== texts.titleTransliterated.trim()
      ? romanizeCyrillic(texts.titleOriginal.trim())
      : null;
  const composed = composeArchiveLocation({
    archivalScheme: scheme,
    archiveRepository: texts.archiveRepository,
    archiveCollection: texts.archiveCollection,
    archiveSeries: texts.archiveSeries,
    archiveFile: texts.archiveFile,
    archiveItem: texts.archiveItem,
    archiveFolio: texts.archiveFolio,
    archivePage: texts.archivePage,
    archiveLocation: scheme === "generic" ? texts.archiveLocation : null,
  });
  const citedAs = [composed, texts.archive.trim()].filter(Boolean).join(", ");

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

      <Group legend="Title">
        <TextField
          label="Title"
          required
          hint="As printed, or a description in square brackets: [Minute on the Anschluss]"
          {...bind("title")}
        />
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            label="Title in the original script"
            lang={texts.language || undefined}
            className={`${CONTROL} font-serif`}
            {...bind("titleOriginal")}
          />
          <div>
            <TextField
              label="Transliteration"
              hint="Cited in place of a non-Latin title (Settings → Citations)"
              {...bind("titleTransliterated")}
            />
            {suggestedRomanization && (
              <p className="mt-1 text-sm text-stone-600">
                Library of Congress: <span className="font-serif">{suggestedRomanization}</span>{" "}
                <button
                  type="button"
                  className="font-medium text-accent underline underline-offset-2"
                  onClick={() => set("titleTransliterated", suggestedRomanization)}
                >
                  Use it
                </button>
              </p>
            )}
          </div>
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField label="Translated title" {...bind("titleTranslated")} />
          <TextField
            label="Short title"
            hint={`For short notes, at most four words. Left empty: “${shortTitle(texts.title.trim() || "…")}”`}
            {...bind("titleShort")}
          />
        </div>
      </Group>

      <Group legend="Names" hint="Authors, editors, translators. Leave empty for an anonymous item.">
        {errors.contributors && <p className="text-sm text-rose-700">{errors.contributors[0]}</p>}
        <ol className="space-y-4">
          {contributors.map((row, index) => {
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
                      onChange={(event) =>
                        updateRow(row.key, { role: event.target.value as ContributorRole })
                      }
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
                      lang={texts.language || undefined}
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
                        onClick={() =>
                          setContributors((rows) => rows.filter((other) => other.key !== row.key))
                        }
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
        <Button variant="secondary" onClick={() => setContributors((rows) => [...rows, contributorRow()])}>
          + Add a name
        </Button>
      </Group>

      <div className="grid gap-4 md:grid-cols-[1fr_12rem]">
        <DateField value={issued} onChange={setIssued} errors={errors.issued} />
        <TextField
          label="Language"
          placeholder="ru"
          hint="A code such as ru, fr, de, en-GB"
          {...bind("language")}
        />
      </div>

      {shown.has("container") && (
        <Group legend="Published in" hint={unusual(kind, "container")}>
          <div className="grid gap-4 md:grid-cols-2">
            <TextField label={containerLabel} {...bind("containerTitle")} />
            <TextField
              label="Name in its own script"
              hint="Правда beside Pravda: cited where the project cites originals, and found by search"
              lang={texts.language || undefined}
              className={`${CONTROL} font-serif`}
              {...bind("containerTitleOriginal")}
            />
          </div>
          <div className="grid gap-4 md:grid-cols-3">
            <TextField label="Volume" {...bind("volume")} />
            <TextField label="Issue" {...bind("issue")} />
            <TextField label="Page(s)" {...bind("page")} />
          </div>
          {doiSection === "container" && (
            <TextField label="DOI" placeholder="10.1234/abcd" {...bind("doi")} />
          )}
        </Group>
      )}

      {shown.has("publication") && (
        <Group legend="Publication" hint={unusual(kind, "publication")}>
          <div className="grid gap-4 md:grid-cols-2">
            <TextField label="Publisher" {...bind("publisher")} />
            <TextField label="Place of publication" {...bind("publisherPlace")} />
            <TextField label="Edition" {...bind("edition")} />
            <TextField label="Series" {...bind("collectionTitle")} />
            <TextField label="ISBN" {...bind("isbn")} />
            <TextField label="DOI" placeholder="10.1234/abcd" {...bind("doi")} />
          </div>
        </Group>
      )}

      {shown.has("archive") && (
        <Group legend="Archival reference" hint={unusual(kind, "archive")}>
          <div className="grid gap-4 md:grid-cols-2">
            <TextField label="Archive" placeholder="The National Archives" {...bind("archive")} />
            <TextField label="Place of the archive" placeholder="Kew" {...bind("archivePlace")} />
            {asksPlaceWritten(shown) && (
              <TextField
                label="Written at"
                hint="Cited “Sender, Place, to Recipient”: British Embassy, Moscow, to Foreign Office"
                placeholder="Moscow"
                {...bind("publisherPlace")}
              />
            )}
          </div>
          <fieldset>
            <legend className="text-sm font-medium text-stone-700">Reference system</legend>
            <div className="mt-1 flex flex-wrap gap-2">
              <PresetButton active={scheme === "tna"} onClick={() => applyPreset("tna")}>
                The National Archives (FO 371/…)
              </PresetButton>
              <PresetButton active={scheme === "russian"} onClick={() => applyPreset("russian")}>
                Russian/Soviet archive (f., op., d., l.)
              </PresetButton>
              <PresetButton active={scheme === "generic"} onClick={() => applyPreset("generic")}>
                Other
              </PresetButton>
            </div>
          </fieldset>
          <div className="grid gap-4 md:grid-cols-3">
            {LOCATOR_FIELDS.map((field) => (
              <TextField key={field} label={LOCATOR_LABEL[scheme][field]} {...bind(field)} />
            ))}
          </div>
          {scheme === "generic" && (
            <TextField
              label="Location, as written"
              hint="Used only when the fields above are empty, e.g. “Box 12, folder 3”"
              {...bind("archiveLocation")}
            />
          )}
          <p className="rounded bg-stone-100 px-3 py-2 text-sm text-stone-700" aria-live="polite">
            Cited as: {citedAs ? <span className="font-serif">{citedAs}</span> : <em>nothing yet</em>}
          </p>
        </Group>
      )}

      {shown.has("web") && (
        <Group legend="On the web" hint={unusual(kind, "web")}>
          <TextField label="Web address" type="url" placeholder="https://" {...bind("url")} />
        </Group>
      )}

      <TextArea label="Abstract" {...bind("abstract")} />
      <TextArea label="Note" hint="For you and your colleagues; not part of the citation" {...bind("note")} />

      <div className="flex items-center gap-3">
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Saving…" : source ? "Save changes" : "Create source"}
        </Button>
        <Link
          href={source ? `/projects/${projectId}/sources/${source.id}` : `/projects/${projectId}/sources`}
          className="text-sm text-stone-600 underline hover:text-ink"
        >
          Cancel
        </Link>
      </div>
    </form>
  );
}

/** A hint for a section kept visible only because it already holds something. */
function unusual(kind: SourceKind, section: Section): string | undefined {
  if (SOURCE_KIND_INFO[kind].sections.includes(section)) return undefined;
  return `Not usually needed for a ${SOURCE_KIND_INFO[kind].label.toLowerCase()}; clear it if it does not apply.`;
}

function Group({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <legend className="px-1 text-sm font-semibold uppercase tracking-wide text-stone-500">{legend}</legend>
      {hint && <p className="-mt-2 text-xs text-stone-500">{hint}</p>}
      {children}
    </fieldset>
  );
}

function PresetButton({
  active,
  onClick,
  children,
}: {
  active: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-pressed={active}
      onClick={onClick}
      className={`rounded-full px-3 py-1 text-sm ring-1 ring-inset ${active ? "bg-accent text-white ring-accent" : "bg-white text-stone-700 ring-stone-300 hover:bg-stone-50"}`}
    >
      {children}
    </button>
  );
}

/** The date as the historian writes it, with what it will be stored as (the server has the last word). */
function DateField({
  value,
  onChange,
  errors,
}: {
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
}) {
  const parsed = value.trim() ? parseHistoricalDate(value) : null;
  return (
    <div>
      <label htmlFor="issued" className="block text-sm font-medium text-stone-700">
        Date
      </label>
      <input
        id="issued"
        name="issued"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder="February 1938"
        autoComplete="off"
        className={CONTROL}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? "issued-error issued-preview" : "issued-preview"}
      />
      {errors?.length ? (
        <p id="issued-error" className="mt-1 text-sm text-rose-700">
          {errors[0]}
        </p>
      ) : null}
      <p id="issued-preview" aria-live="polite" className="mt-1 text-xs text-stone-500">
        {!parsed ? (
          <>
            Leave empty if undated. Write it as you would: “February 1938”, “c. 1938”, “14 Feb 1938?”,
            “1938–1939”.
          </>
        ) : parsed.ok ? (
          <>
            Stored as EDTF{" "}
            <code className="rounded bg-stone-100 px-1 font-mono text-stone-700">{parsed.edtf}</code> — reads
            “{formatEdtf(parsed.edtf)}”
          </>
        ) : (
          <span className="text-amber-800">{parsed.error}</span>
        )}
      </p>
    </div>
  );
}
