import type { ReactNode } from "react";
import { TextField } from "@/components/ui/field";
import { composeArchiveLocation } from "@/lib/sources/archival-locator";
import { type BindField, LOCATOR_FIELDS, type LocatorField, type Scheme, type Texts } from "./fields";
import { Group } from "./group";

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

/** What choosing a reference system fills in: most British dispatches are Foreign Office files at Kew. */
export const PRESET_TEXTS: Partial<Record<Scheme, Partial<Texts>>> = {
  tna: {
    archive: "The National Archives",
    archivePlace: "Kew",
    archiveCollection: "FO",
    archiveSeries: "371",
  },
};

/**
 * Where an unpublished document is kept: the archive, the reference in the archive's own system
 * (TNA's FO 371/…, a Russian archive's f., op., d., l.) and the reference as it will be cited.
 */
export function ArchivalReference({
  texts,
  bind,
  scheme,
  onPreset,
  asksPlaceWritten,
  hint,
}: {
  texts: Texts;
  bind: BindField;
  scheme: Scheme;
  onPreset: (scheme: Scheme) => void;
  /** For letters and dispatches, whose place is where they were written. */
  asksPlaceWritten: boolean;
  hint?: string;
}) {
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
    <Group legend="Archival reference" hint={hint}>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField label="Archive" placeholder="The National Archives" {...bind("archive")} />
        <TextField label="Place of the archive" placeholder="Kew" {...bind("archivePlace")} />
        {asksPlaceWritten && (
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
          <PresetButton active={scheme === "tna"} onClick={() => onPreset("tna")}>
            The National Archives (FO 371/…)
          </PresetButton>
          <PresetButton active={scheme === "russian"} onClick={() => onPreset("russian")}>
            Russian/Soviet archive (f., op., d., l.)
          </PresetButton>
          <PresetButton active={scheme === "generic"} onClick={() => onPreset("generic")}>
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
