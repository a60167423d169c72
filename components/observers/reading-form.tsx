"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { type PickedItem, SearchPicker } from "@/components/search/search-picker";
import { Button } from "@/components/ui/button";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { HistoricalDateField } from "@/components/ui/historical-date-field";
import { SubmitRow } from "@/components/ui/submit-row";
import { useActionForm } from "@/components/ui/use-action-form";
import { useConflictVersion } from "@/components/ui/use-conflict-version";
import { STANCES } from "@/lib/claims/schema";
import type { Stance } from "@/lib/claims/types";
import { createReadingAction, updateReadingAction } from "@/lib/observers/actions";
import { type PassageOption, useSourcePassages } from "./use-source-passages";

export type ReadingPassageOption = PassageOption;

export interface ReadingFormValues {
  observerId: string;
  sourceId: string;
  readAt: string;
  summary: string;
  documentingSourceId: string;
  documentingLocator: string;
  phrases: { text: string; passageId: string | null }[];
  claimStances: { claimId: string; stance: Stance; note: string | null }[];
}

interface PhraseRow {
  key: number;
  text: string;
  passageId: string;
}

interface StanceRow {
  key: number;
  claimId: string;
  stance: Stance;
  note: string;
}

let nextKey = 0;
const key = () => {
  nextKey += 1;
  return nextKey;
};

function phraseRow(phrase?: ReadingFormValues["phrases"][number]): PhraseRow {
  return { key: key(), text: phrase?.text ?? "", passageId: phrase?.passageId ?? "" };
}

function stanceRow(item?: ReadingFormValues["claimStances"][number]): StanceRow {
  return {
    key: key(),
    claimId: item?.claimId ?? "",
    stance: item?.stance ?? "supports",
    note: item?.note ?? "",
  };
}

/**
 * An observer's reading of a source: when, what they concluded, the phrases they quoted or
 * stressed (each linked to a passage of the source read or of the documenting source), their
 * stance toward claims, and the source that documents the reading.
 */
export function ReadingForm(
  props: {
    projectId: string;
    observers: { id: string; name: string }[];
    sources: { id: string; label: string }[];
    /** The passages of the sources in `passagesLoadedFor`; the form loads any other source's. */
    passages: ReadingPassageOption[];
    passagesLoadedFor: string[];
    claims: { id: string; label: string }[];
    initial: ReadingFormValues;
  } & ({ mode: "create" } | { mode: "edit"; readingId: string; version: number }),
) {
  const router = useRouter();
  const [values, setValues] = useState(props.initial);
  const [phrases, setPhrases] = useState<PhraseRow[]>(() => props.initial.phrases.map(phraseRow));
  const [stances, setStances] = useState<StanceRow[]>(() => props.initial.claimStances.map(stanceRow));
  const [sent, setSent] = useState<{ phrases: number[]; stances: number[] }>({ phrases: [], stances: [] });
  const conflict = useConflictVersion(props.mode === "edit" ? props.version : 0);
  const [found, setFound] = useState<PickedItem[]>([]);
  const create = useActionForm(createReadingAction);
  const update = useActionForm(updateReadingAction);
  const form = props.mode === "create" ? create : update;
  const errors = form.fieldErrors;

  const sourceOptions = [
    ...found,
    ...props.sources.filter((source) => !found.some((item) => item.id === source.id)),
  ].map((source) => ({ value: source.id, label: source.label }));
  const chosenSources = [values.sourceId, values.documentingSourceId].filter(
    (id, index, ids) => id && ids.indexOf(id) === index,
  );
  const loaded = useSourcePassages(
    chosenSources,
    props.passagesLoadedFor,
    (sourceId) => sourceOptions.find((option) => option.value === sourceId)?.label ?? "",
  );
  // The page's passages and those loaded since, each once.
  const passagesById = new Map(
    [...loaded.passages, ...props.passages].map((passage) => [passage.id, passage]),
  );
  const passageOptions = chosenSources.flatMap((id) =>
    [...passagesById.values()]
      .filter((passage) => passage.sourceId === id)
      .map((passage) => ({ value: passage.id, label: passage.label })),
  );

  function bind(field: "readAt" | "summary" | "documentingLocator") {
    return {
      name: `reading-${field}`,
      value: values[field],
      errors: errors[field],
      onChange: (event: { target: { value: string } }) =>
        setValues((current) => ({ ...current, [field]: event.target.value })),
    };
  }

  function rowErrors(list: "phrases" | "claimStances", rowKey: number, field: string) {
    const index = (list === "phrases" ? sent.phrases : sent.stances).indexOf(rowKey);
    return index === -1 ? undefined : errors[`${list}.${index}.${field}`];
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    // Rows left empty are unused rows, not empty phrases or stances.
    const phraseRows = phrases.filter((row) => row.text.trim() || row.passageId);
    const stanceRows = stances.filter((row) => row.claimId || row.note.trim());
    setSent({ phrases: phraseRows.map((row) => row.key), stances: stanceRows.map((row) => row.key) });
    const input = {
      observerId: values.observerId,
      sourceId: values.sourceId,
      readAt: values.readAt,
      summary: values.summary,
      documentingSourceId: values.documentingSourceId || null,
      documentingLocator: values.documentingLocator,
      phrases: phraseRows.map((row) => ({ text: row.text, passageId: row.passageId || null })),
      claimStances: stanceRows.map((row) => ({ claimId: row.claimId, stance: row.stance, note: row.note })),
    };
    const done = (saved: { observerId: string }) => {
      router.push(`/projects/${props.projectId}/observers/${saved.observerId}`);
      router.refresh();
    };
    if (props.mode === "create") {
      create.submit({ projectId: props.projectId, ...input }, done);
    } else {
      update.submit(
        { readingId: props.readingId, version: conflict.version, ...input },
        done,
        conflict.adoptOnConflict,
      );
    }
  }

  /** A source found by searching joins the choices (the lists hold the first 2,000 titles) and is chosen. */
  function pickSource(field: "sourceId" | "documentingSourceId") {
    return (item: PickedItem) => {
      setFound((current) => [item, ...current.filter((other) => other.id !== item.id)]);
      setValues((current) => ({ ...current, [field]: item.id }));
    };
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Reading" className="max-w-4xl space-y-6">
      <FormAlert error={form.error} />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          label="Observer"
          name="reading-observerId"
          value={values.observerId}
          errors={errors.observerId}
          onChange={(event) => setValues((current) => ({ ...current, observerId: event.target.value }))}
          options={[
            { value: "", label: "Choose…" },
            ...props.observers.map((observer) => ({ value: observer.id, label: observer.name })),
          ]}
        />
        <SelectField
          label="Source read"
          name="reading-sourceId"
          value={values.sourceId}
          errors={errors.sourceId}
          onChange={(event) => setValues((current) => ({ ...current, sourceId: event.target.value }))}
          options={[{ value: "", label: "Choose…" }, ...sourceOptions]}
        />
        <div className="sm:col-start-2">
          <SearchPicker
            projectId={props.projectId}
            kind="source"
            label="Find the source read"
            onPick={pickSource("sourceId")}
          />
        </div>
      </div>
      <HistoricalDateField
        label="When"
        name="reading-readAt"
        value={values.readAt}
        errors={errors.readAt}
        onChange={(readAt) => setValues((current) => ({ ...current, readAt }))}
      />
      <TextArea
        label="What the observer concluded"
        required
        hint="The reading in a few sentences: what they took the source to say, and what they made of it."
        className="mt-1 block min-h-32 w-full rounded border border-stone-300 bg-white px-3 py-2 font-serif shadow-sm focus:border-accent focus:outline-none aria-invalid:border-rose-500"
        {...bind("summary")}
      />
      <div className="grid gap-5 sm:grid-cols-[minmax(0,1fr)_12rem]">
        <SelectField
          label="Documented by"
          name="reading-documentingSourceId"
          value={values.documentingSourceId}
          errors={errors.documentingSourceId}
          hint="The observer's own text: the article, the minute, the dispatch. Every reading is cited."
          onChange={(event) =>
            setValues((current) => ({ ...current, documentingSourceId: event.target.value }))
          }
          options={[{ value: "", label: "Not yet recorded" }, ...sourceOptions]}
        />
        <TextField label="Page or folio" placeholder="f. 12" {...bind("documentingLocator")} />
        <SearchPicker
          projectId={props.projectId}
          kind="source"
          label="Find the documenting source"
          onPick={pickSource("documentingSourceId")}
        />
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-stone-700">Phrases quoted or stressed</legend>
        <p className="text-xs text-stone-500">
          Link each to the passage it comes from, in the source read or in the documenting source.
        </p>
        {loaded.loading && (
          <p className="text-xs text-stone-500" role="status">
            Loading the chosen sources' passages…
          </p>
        )}
        {loaded.failed.length > 0 && (
          <p className="text-sm text-rose-700" role="alert">
            The passages of{" "}
            {loaded.failed
              .map((id) => sourceOptions.find((option) => option.value === id)?.label ?? "a source")
              .join(" and ")}{" "}
            could not be loaded.{" "}
            <Button variant="ghost" onClick={loaded.retry}>
              Try again
            </Button>
          </p>
        )}
        {errors.phrases && <p className="text-sm text-rose-700">{errors.phrases[0]}</p>}
        <ol className="space-y-3">
          {phrases.map((row, index) => (
            <li key={row.key} className="rounded border border-stone-200 bg-stone-50/60 p-3">
              <fieldset className="grid items-start gap-3 md:grid-cols-2">
                <legend className="sr-only">Phrase {index + 1}</legend>
                <TextField
                  label="Phrase"
                  name={`reading-phrase-${index}-text`}
                  value={row.text}
                  errors={rowErrors("phrases", row.key, "text")}
                  onChange={(event) =>
                    setPhrases((rows) =>
                      rows.map((other) =>
                        other.key === row.key ? { ...other, text: event.target.value } : other,
                      ),
                    )
                  }
                />
                <SelectField
                  label="From passage"
                  name={`reading-phrase-${index}-passage`}
                  value={row.passageId}
                  errors={rowErrors("phrases", row.key, "passageId")}
                  onChange={(event) =>
                    setPhrases((rows) =>
                      rows.map((other) =>
                        other.key === row.key ? { ...other, passageId: event.target.value } : other,
                      ),
                    )
                  }
                  options={[{ value: "", label: "Not linked to a passage" }, ...passageOptions]}
                />
              </fieldset>
              <Button
                variant="ghost"
                className="mt-2"
                aria-label={`Remove phrase ${index + 1}`}
                onClick={() => setPhrases((rows) => rows.filter((other) => other.key !== row.key))}
              >
                Remove
              </Button>
            </li>
          ))}
        </ol>
        <Button variant="secondary" onClick={() => setPhrases((rows) => [...rows, phraseRow()])}>
          + Add a phrase
        </Button>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-stone-700">Stance toward claims</legend>
        {errors.claimStances && <p className="text-sm text-rose-700">{errors.claimStances[0]}</p>}
        <ol className="space-y-3">
          {stances.map((row, index) => (
            <li key={row.key} className="rounded border border-stone-200 bg-stone-50/60 p-3">
              <fieldset className="grid items-start gap-3 md:grid-cols-[minmax(0,1fr)_10rem]">
                <legend className="sr-only">Stance {index + 1}</legend>
                <SelectField
                  label="Claim"
                  name={`reading-stance-${index}-claim`}
                  value={row.claimId}
                  errors={rowErrors("claimStances", row.key, "claimId")}
                  onChange={(event) =>
                    setStances((rows) =>
                      rows.map((other) =>
                        other.key === row.key ? { ...other, claimId: event.target.value } : other,
                      ),
                    )
                  }
                  options={[
                    { value: "", label: "Choose…" },
                    ...props.claims.map((claim) => ({ value: claim.id, label: claim.label })),
                  ]}
                />
                <SelectField
                  label="The reading"
                  name={`reading-stance-${index}-stance`}
                  value={row.stance}
                  onChange={(event) =>
                    setStances((rows) =>
                      rows.map((other) =>
                        other.key === row.key ? { ...other, stance: event.target.value as Stance } : other,
                      ),
                    )
                  }
                  options={STANCES.map((stance) => ({ value: stance, label: stance }))}
                />
              </fieldset>
              <div className="mt-3">
                <TextField
                  label="Note"
                  name={`reading-stance-${index}-note`}
                  value={row.note}
                  errors={rowErrors("claimStances", row.key, "note")}
                  onChange={(event) =>
                    setStances((rows) =>
                      rows.map((other) =>
                        other.key === row.key ? { ...other, note: event.target.value } : other,
                      ),
                    )
                  }
                />
              </div>
              <Button
                variant="ghost"
                className="mt-2"
                aria-label={`Remove stance ${index + 1}`}
                onClick={() => setStances((rows) => rows.filter((other) => other.key !== row.key))}
              >
                Remove
              </Button>
            </li>
          ))}
        </ol>
        <Button variant="secondary" onClick={() => setStances((rows) => [...rows, stanceRow()])}>
          + Add a stance toward a claim
        </Button>
      </fieldset>

      <SubmitRow
        label={props.mode === "create" ? "Add reading" : "Save reading"}
        pending={form.pending}
        onCancel={() => router.back()}
      />
    </form>
  );
}
