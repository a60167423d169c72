import { CONTROL, TextField } from "@/components/ui/field";
import type { BindField, SourceKind } from "./fields";
import { Group } from "./group";

const CONTAINER_LABEL: Partial<Record<SourceKind, string>> = {
  newspaper_article: "Newspaper",
  journal_article: "Journal",
  chapter: "Book",
};

/** The newspaper, journal or book an item appeared in, and where in it. */
export function PublishedIn({
  kind,
  bind,
  language,
  asksDoi,
  hint,
}: {
  kind: SourceKind;
  bind: BindField;
  language: string;
  /** DOI is asked here only for kinds that have no publication section. */
  asksDoi: boolean;
  hint?: string;
}) {
  return (
    <Group legend="Published in" hint={hint}>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField label={CONTAINER_LABEL[kind] ?? "Title of the whole work"} {...bind("containerTitle")} />
        <TextField
          label="Name in its own script"
          hint="Правда beside Pravda: cited where the project cites originals, and found by search"
          lang={language || undefined}
          className={`${CONTROL} font-serif`}
          {...bind("containerTitleOriginal")}
        />
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <TextField label="Volume" {...bind("volume")} />
        <TextField label="Issue" {...bind("issue")} />
        <TextField label="Page(s)" {...bind("page")} />
      </div>
      {asksDoi && <TextField label="DOI" placeholder="10.1234/abcd" {...bind("doi")} />}
    </Group>
  );
}

/** Who published a book or report, where, in which edition and series. */
export function Publication({ bind, hint }: { bind: BindField; hint?: string }) {
  return (
    <Group legend="Publication" hint={hint}>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField label="Publisher" {...bind("publisher")} />
        <TextField label="Place of publication" {...bind("publisherPlace")} />
        <TextField label="Edition" {...bind("edition")} />
        <TextField label="Series" {...bind("collectionTitle")} />
        <TextField label="ISBN" {...bind("isbn")} />
        <TextField label="DOI" placeholder="10.1234/abcd" {...bind("doi")} />
      </div>
    </Group>
  );
}

export function OnTheWeb({ bind, hint }: { bind: BindField; hint?: string }) {
  return (
    <Group legend="On the web" hint={hint}>
      <TextField label="Web address" type="url" placeholder="https://" {...bind("url")} />
    </Group>
  );
}
