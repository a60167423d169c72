// An argument as a word-processor document, before it is written as .docx, .odt or Markdown:
// headings, paragraphs that carry footnote references, block quotations, and the bibliography.
// The writers (./docx.ts, ./odt.ts, ./markdown.ts) know nothing of claims or citations.

/** A stretch of text with one formatting (citeproc's HTML, parsed: see runsFromHtml). */
export interface Run {
  text: string;
  italic?: boolean;
  bold?: boolean;
  smallCaps?: boolean;
  superscript?: boolean;
  subscript?: boolean;
  underline?: boolean;
}

/** Inside a paragraph: text, or the reference mark of footnote n (1-based, in document order). */
export type Inline = Run | { footnote: number };

export type Block =
  /** A section heading; level 1 is the top (Word's "Heading 1"). */
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  /** Body text; indent 0 is flush, each level a further indent (a point under a point). */
  | { kind: "paragraph"; content: Inline[]; indent: number }
  /**
   * A quotation set off from the text. With both the original and a translation, the two stand
   * side by side (a two-column table); with one, it is an ordinary block quotation.
   */
  | {
      kind: "quote";
      original?: { text: string; lang: string | null };
      translation?: { text: string; lang: string | null };
      /** Where it comes from, as said under the quotation ("Pravda, p. 1"); optional. */
      attribution?: string;
    }
  /** One bibliography entry (hanging indent when the style asks for it). */
  | { kind: "bibliography-entry"; runs: Run[]; hangingIndent: boolean };

export interface ArgumentDocument {
  title: string;
  /** Under the title (style and locale, date). */
  subtitle?: string;
  /** BCP 47 language of the document (en-US, fr-FR ...). */
  lang: string;
  blocks: Block[];
  /** The footnotes' texts: notes[0] is footnote 1. */
  notes: Run[][];
}
