import { formatEdtf } from "@/lib/dates/edtf";
import type { SourceKind } from "@/lib/db/generated/enums";
import { isDescriptiveTitle } from "./descriptive-title";
import type { CitableName } from "./short-citation";

// A small Chicago notes-bibliography formatter (full first notes) for the comparison exports: the
// kinds of source a comparison of readings cites, without a CSL engine. Full CSL styles are the
// job of the citation export.

export interface NoteSource {
  kind: SourceKind;
  title: string;
  authors: CitableName[];
  recipients: CitableName[];
  editors: CitableName[];
  containerTitle: string | null;
  issuedEdtf: string | null;
  volume: string | null;
  issue: string | null;
  edition: string | null;
  publisher: string | null;
  publisherPlace: string | null;
  archive: string | null;
  archivePlace: string | null;
  /** The composed archival reference: FO 371/22286, f. 12. */
  archiveLocation: string | null;
  url: string | null;
}

/** A stretch of note text; titles of books and newspapers are italic. */
export interface NoteRun {
  text: string;
  italic?: boolean;
}

interface Segment {
  runs: NoteRun[];
  /** A title in quotation marks: the comma or full stop that follows goes inside them. */
  quoted?: boolean;
  /** What joins the segment to the one before (", " unless said otherwise). */
  joiner?: string;
}

/** "I. V. Stalin", "British Embassy, Moscow": given name first, as a note has it. */
function noteName(name: CitableName): string {
  return name.literal ?? [name.given, name.family].filter(Boolean).join(" ");
}

function nameList(names: CitableName[]): string | null {
  const written = names.map(noteName).filter(Boolean);
  if (written.length === 0) return null;
  if (written.length > 3) return `${written[0]} et al.`;
  if (written.length === 3) return `${written[0]}, ${written[1]}, and ${written[2]}`;
  return written.join(" and ");
}

function text(value: string | null | undefined, options: Omit<Segment, "runs"> = {}): Segment | null {
  return value ? { runs: [{ text: value }], ...options } : null;
}

function italic(value: string | null | undefined, options: Omit<Segment, "runs"> = {}): Segment | null {
  return value ? { runs: [{ text: value, italic: true }], ...options } : null;
}

/** Unpublished kinds, whose descriptive title is given without brackets (CMOS 14.225). */
const UNPUBLISHED_KINDS = new Set<SourceKind>([
  "archival_document",
  "letter",
  "dispatch",
  "minute",
  "speech",
]);

function title(source: NoteSource, italicTitle: boolean): Segment {
  if (isDescriptiveTitle(source.title)) {
    const description = UNPUBLISHED_KINDS.has(source.kind) ? source.title.slice(1, -1) : source.title;
    return { runs: [{ text: description }] };
  }
  return italicTitle ? italic(source.title)! : { runs: [{ text: source.title }], quoted: true };
}

function date(source: NoteSource): string | null {
  return source.issuedEdtf ? formatEdtf(source.issuedEdtf) : null;
}

function year(source: NoteSource): string | null {
  return source.issuedEdtf?.match(/^-?\d{4}/)?.[0] ?? null;
}

/** "(Stanford, CA: Stanford University Press, 1995)" */
function publication(source: NoteSource): Segment | null {
  const imprint = [source.publisherPlace, source.publisher].filter(Boolean).join(": ");
  const inside = [imprint, year(source)].filter(Boolean).join(", ");
  return inside ? { runs: [{ text: `(${inside})` }], joiner: " " } : null;
}

function authorSegment(source: NoteSource): Segment | null {
  const authors = nameList(source.authors);
  const recipients = nameList(source.recipients);
  // "British Embassy, Moscow, to Foreign Office"; "Maisky to Vansittart" (14.222).
  if (authors && recipients && source.publisherPlace)
    return text(`${authors}, ${source.publisherPlace}, to ${recipients}`);
  // A name with a comma of its own ("British Embassy, Moscow") is set off before "to".
  if (authors && recipients) return text(`${authors}${authors.includes(",") ? "," : ""} to ${recipients}`);
  return text(authors ?? (recipients ? `To ${recipients}` : null));
}

/** "f. 12", "fol. 12" and "fols. 12" name the same folio: compared in one form. */
export function folioForm(text: string): string {
  return text.replace(/\bf(?:ol)?(s?)\.\s*/g, "fol$1. ");
}

/** The pinpoint, unless the archival reference already ends with it ("FO 371/22286, fol. 12"). */
function pinpoint(source: NoteSource, locator: string | null): Segment | null {
  if (!locator) return null;
  if (source.archiveLocation && folioForm(source.archiveLocation).includes(folioForm(locator))) return null;
  return text(locator);
}

function segmentsOf(source: NoteSource, locator: string | null): (Segment | null)[] {
  const author = authorSegment(source);
  const archival = Boolean(source.archive || source.archiveLocation);
  if (archival) {
    // Author to recipient, title, date, reference, repository, place.
    return [
      author,
      title(source, false),
      text(date(source)),
      text(source.archiveLocation),
      pinpoint(source, locator),
      text(source.archive),
      text(source.archivePlace),
    ];
  }
  switch (source.kind) {
    case "book":
      return [
        author,
        title(source, true),
        text(source.edition && `${source.edition} ed.`),
        publication(source),
        text(locator),
      ];
    case "chapter":
      return [
        author,
        title(source, false),
        italic(source.containerTitle, { joiner: ", in " }),
        text(nameList(source.editors) && `ed. ${nameList(source.editors)}`),
        publication(source),
        text(locator),
      ];
    case "journal_article": {
      const volume = [source.volume, source.issue && `no. ${source.issue}`].filter(Boolean).join(", ");
      const issued = date(source);
      return [
        author,
        title(source, false),
        italic(source.containerTitle),
        text(volume, { joiner: " " }),
        text(issued && `(${issued})`, { joiner: " " }),
        text(locator, { joiner: ": " }),
      ];
    }
    case "newspaper_article":
      return [
        author,
        title(source, false),
        // "Times (London)": an initial "The" is dropped from a newspaper's name (14.193).
        italic(source.containerTitle?.replace(/^The\s+(?=\S)/, "")),
        text(source.publisherPlace && `(${source.publisherPlace})`, { joiner: " " }),
        text(date(source)),
        text(locator),
      ];
    default:
      return [
        author,
        title(source, false),
        italic(source.containerTitle),
        text(date(source)),
        text(locator),
        text(source.url),
      ];
  }
}

function appendText(runs: NoteRun[], value: string) {
  const last = runs.at(-1);
  if (last && !last.italic) last.text += value;
  else runs.push({ text: value });
}

/**
 * The first full note for a source, with a pinpoint: I. V. Stalin, “Reply to Comrade Ivanov,”
 * *Pravda* (Moscow), February 1938. Quoted titles take the following comma inside the quotation
 * marks, as Chicago has it.
 */
export function chicagoNote(source: NoteSource, locator: string | null = null): NoteRun[] {
  const segments = segmentsOf(source, locator).filter((segment): segment is Segment => segment !== null);
  const runs: NoteRun[] = [];
  segments.forEach((segment, index) => {
    const next = segments[index + 1];
    const last = index === segments.length - 1;
    if (index > 0) {
      const previous = segments[index - 1]!;
      const joiner = segment.joiner ?? ", ";
      // After a quoted title the comma already stands inside the quotation marks.
      appendText(runs, previous.quoted ? joiner.replace(/^,/, "") : joiner);
    }
    if (segment.quoted) appendText(runs, "“");
    for (const run of segment.runs) {
      if (run.italic) runs.push({ ...run });
      else appendText(runs, run.text);
    }
    if (segment.quoted) {
      // A title ending in ? or ! takes no further comma or full stop.
      const closed = /[?!]$/.test(segment.runs.at(-1)?.text ?? "");
      const punctuation = closed ? "" : last ? "." : (next?.joiner ?? ", ").startsWith(",") ? "," : "";
      appendText(runs, `${punctuation}”`);
    }
  });
  const end = runs.at(-1);
  if (end && !/[.?!]”?$/.test(end.text)) appendText(runs, ".");
  return runs;
}

/** A note as plain text (italics dropped). */
export function noteText(runs: NoteRun[]): string {
  return runs.map((run) => run.text).join("");
}
