import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { ArgumentDocument, Block, Inline, Run } from "./document";

// An argument as a Word document (the `docx` package writes the OOXML): Word's own footnotes
// (word/footnotes.xml, so that Word numbers and moves them), Word's heading styles, block
// quotations, the original beside the translation in a two-column table, and a hanging indent
// for the bibliography. Sizes are in half-points, indents in twentieths of a point.

const INDENT_STEP = 720;
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function textRun(run: Run, language?: string | null): TextRun {
  return new TextRun({
    text: run.text,
    italics: run.italic,
    bold: run.bold,
    smallCaps: run.smallCaps,
    superScript: run.superscript,
    subScript: run.subscript,
    underline: run.underline ? {} : undefined,
    language: language ? { value: language } : undefined,
  });
}

function inlineRuns(content: Inline[]): (TextRun | FootnoteReferenceRun)[] {
  return content.map((inline) =>
    "footnote" in inline ? new FootnoteReferenceRun(inline.footnote) : textRun(inline),
  );
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };

function quoteParagraph(text: string, lang: string | null): Paragraph {
  return new Paragraph({ style: "Quote", children: [textRun({ text }, lang)] });
}

function blockContent(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun(block.text)] })];
    case "paragraph":
      return [
        new Paragraph({ indent: { left: block.indent * INDENT_STEP }, children: inlineRuns(block.content) }),
      ];
    case "bibliography-entry":
      return [
        new Paragraph({
          style: "Bibliography",
          indent: block.hangingIndent ? { left: INDENT_STEP, hanging: INDENT_STEP } : undefined,
          children: block.runs.map((run) => textRun(run)),
        }),
      ];
    case "quote": {
      const { original, translation } = block;
      if (original && translation) {
        const cell = (side: { text: string; lang: string | null }) =>
          new TableCell({
            borders: NO_BORDERS,
            width: { size: 50, type: WidthType.PERCENTAGE },
            children: [quoteParagraph(side.text, side.lang)],
          });
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            borders: { ...NO_BORDERS, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
            rows: [new TableRow({ children: [cell(original), cell(translation)] })],
          }),
          new Paragraph({ children: [] }),
        ];
      }
      const side = original ?? translation;
      return side ? [quoteParagraph(side.text, side.lang)] : [];
    }
  }
}

export async function writeDocx(doc: ArgumentDocument): Promise<Uint8Array> {
  const footnotes = Object.fromEntries(
    doc.notes.map((runs, index) => [
      String(index + 1),
      { children: [new Paragraph({ children: runs.map((run) => textRun(run)) })] },
    ]),
  );
  const document = new Document({
    title: doc.title,
    creator: "Apparatus",
    styles: {
      default: {
        document: { run: { font: "Times New Roman", size: 24, language: { value: doc.lang } } },
      },
      paragraphStyles: [
        {
          id: "Quote",
          name: "Quote",
          basedOn: "Normal",
          next: "Normal",
          quickFormat: true,
          run: { size: 22 },
          paragraph: {
            indent: { left: INDENT_STEP, right: INDENT_STEP },
            spacing: { before: 120, after: 120 },
          },
        },
        {
          id: "Bibliography",
          name: "Bibliography",
          basedOn: "Normal",
          paragraph: { spacing: { after: 120 } },
        },
        { id: "FootnoteText", name: "footnote text", basedOn: "Normal", run: { size: 20 } },
      ],
    },
    footnotes,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
          ...(doc.subtitle
            ? [
                new Paragraph({
                  alignment: AlignmentType.LEFT,
                  children: [new TextRun({ text: doc.subtitle, italics: true })],
                }),
              ]
            : []),
          ...doc.blocks.flatMap(blockContent),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
