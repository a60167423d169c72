import { formatEdtf } from "@/lib/dates/edtf";
import type { FieldChange, HistoryEntry } from "@/lib/history/types";

const VERB: Record<HistoryEntry["action"], string> = {
  create: "created",
  update: "changed",
  delete: "deleted",
};

// Columns derived from another one (a date's bounds from its EDTF) would only repeat the change.
const DERIVED = new Set(["issuedStart", "issuedEnd", "periodStart", "periodEnd", "cslType"]);

const FIELD_LABEL: Record<string, string> = {
  issuedEdtf: "date",
  periodEdtf: "period",
  titleOriginal: "original-script title",
  titleTransliterated: "transliterated title",
  titleTranslated: "translated title",
  titleShort: "short title",
  containerTitle: "container title",
  collectionTitle: "series",
  publisherPlace: "place of publication",
  archivePlace: "place of the archive",
  archivalScheme: "reference system",
  archiveRepository: "repository",
  archiveCollection: "collection / fond",
  archiveSeries: "series / opis",
  archiveFile: "file / delo",
  archiveItem: "item",
  archiveFolio: "folio / list",
  archivePage: "archive page",
  archiveLocation: "archive location",
  fromSourceId: "from source",
  toSourceId: "to source",
  supportingClaimId: "supporting claim",
};

const TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function fieldLabel(field: string): string {
  return FIELD_LABEL[field] ?? field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

function excerpt(text: string, length = 160): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** A stored value as a reader would say it: names as names, EDTF dates in words. */
function valueInWords(value: unknown, field?: string): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (typeof value === "string") return excerpt(field?.endsWith("Edtf") ? formatEdtf(value) : value);
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value))
    return value.length ? value.map((item) => valueInWords(item)).join("; ") : "(none)";
  const record = value as Record<string, unknown>;
  if ("family" in record || "literal" in record) {
    const name = record.family
      ? [record.family, record.given].filter(Boolean).join(", ")
      : String(record.literal ?? "");
    return typeof record.role === "string" && record.role !== "author"
      ? `${name} (${record.role.replaceAll("_", " ")})`
      : name;
  }
  if (typeof record.language === "string" && typeof record.text === "string") {
    return `${record.language}: ${excerpt(record.text, 80)}`;
  }
  return excerpt(JSON.stringify(value));
}

/**
 * Names and translations are stored afresh on every save, so their ids change while they read
 * the same; such a change is no change to a reader.
 */
function readsTheSame(change: FieldChange): boolean {
  const { before, after } = change;
  return (
    typeof before === "object" &&
    typeof after === "object" &&
    valueInWords(before, change.field) === valueInWords(after, change.field)
  );
}

/** What happened to one item, or across a project (`showEntity`), newest first. */
export function HistoryList({
  entries,
  showEntity = false,
}: {
  entries: HistoryEntry[];
  showEntity?: boolean;
}) {
  if (entries.length === 0) return <p className="mt-3 text-sm text-stone-500">No changes recorded yet.</p>;
  return (
    <ol className="mt-3 space-y-3">
      {entries.map((entry) => {
        const changes = entry.changes.filter((change) => !DERIVED.has(change.field) && !readsTheSame(change));
        return (
          <li key={entry.id} className="rounded border border-stone-200 bg-white px-4 py-3 text-sm shadow-sm">
            <p className="text-stone-700">
              <span className="font-medium text-ink">
                {entry.actor ? (entry.actor.name ?? entry.actor.email) : "Someone"}
              </span>{" "}
              {VERB[entry.action]}
              {showEntity && (
                <>
                  {" "}
                  {entry.entityType}
                  {entry.label && <span className="font-serif"> “{entry.label}”</span>}
                </>
              )}{" "}
              <time dateTime={entry.createdAt} className="text-stone-500">
                {TIME.format(new Date(entry.createdAt))} UTC
              </time>
            </p>
            {entry.action === "update" && changes.length > 0 && <ChangeList changes={changes} />}
          </li>
        );
      })}
    </ol>
  );
}

function ChangeList({ changes }: { changes: FieldChange[] }) {
  return (
    <dl className="mt-2 space-y-1 text-stone-600">
      {changes.map((change) => (
        <div key={change.field}>
          <dt className="inline font-medium text-stone-700">{fieldLabel(change.field)}: </dt>
          <dd className="inline">
            <del className="text-rose-700/80">{valueInWords(change.before, change.field)}</del> →{" "}
            <ins className="text-emerald-800 no-underline">{valueInWords(change.after, change.field)}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}
