import { formatEdtf } from "@/lib/dates/edtf";

// How pickers name sources and passages, on the server (lists sent with a form) and in the
// browser (passages a form loads when a source is chosen) alike.

/** How a source is named in a picker: title, container, date. */
export function sourceOptionLabel(source: {
  title: string;
  containerTitle: string | null;
  issuedEdtf: string | null;
}) {
  return [source.title, source.containerTitle, source.issuedEdtf && formatEdtf(source.issuedEdtf)]
    .filter(Boolean)
    .join(", ");
}

/** A passage in a picker: its source, page or folio, and the start of its text. */
export function passageOptionLabel(
  sourceLabel: string,
  passage: { text: string; page: string | null; folio: string | null },
) {
  const where = [passage.page && `p. ${passage.page}`, passage.folio && `fol. ${passage.folio}`];
  return `${sourceLabel} — ${[...where, `“${excerpt(passage.text, 70)}”`].filter(Boolean).join(" ")}`;
}

/** The start of a text, cut at `length` characters with an ellipsis. */
export function excerpt(text: string, length: number) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
