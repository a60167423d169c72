import { strToU8, zipSync } from "fflate";
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import type { ArgumentDocument, Block, Inline, Run } from "./document";

// An argument as an OpenDocument text (LibreOffice's own format): native footnotes
// (text:note, numbered by the word processor), outline headings, block quotations, the original
// beside the translation in a two-column table, and the bibliography with a hanging indent.
// xmlbuilder2 writes the XML (and its escaping); fflate the package, whose first member must be
// the uncompressed "mimetype".

const NS = {
  "xmlns:office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
  "xmlns:style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
  "xmlns:text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
  "xmlns:table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
  "xmlns:fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
  "xmlns:svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
  "xmlns:meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
  "xmlns:dc": "http://purl.org/dc/elements/1.1/",
};
const MIMETYPE = "application/vnd.oasis.opendocument.text";

function languageAttributes(tag: string | null | undefined): Record<string, string> {
  if (!tag) return {};
  const [language, country] = tag.split("-");
  return { "fo:language": language!.toLowerCase(), "fo:country": country ? country.toUpperCase() : "none" };
}

/** Text as ODF wants it: tabs, line breaks and runs of spaces as elements (XML would collapse them). */
function addText(parent: XMLBuilder, text: string) {
  for (const part of text.split(/(\t|\n| {2,})/)) {
    if (!part) continue;
    if (part === "\t") parent.ele("text:tab");
    else if (part === "\n") parent.ele("text:line-break");
    else if (/^ {2,}$/.test(part)) parent.txt(" ").ele("text:s", { "text:c": String(part.length - 1) });
    else parent.txt(part);
  }
}

/** Automatic text styles, one per combination of formats used. */
class RunStyles {
  private readonly names = new Map<string, string>();
  constructor(private readonly container: XMLBuilder) {}

  nameFor(run: Run, lang?: string | null): string | null {
    const key = [
      run.italic && "i",
      run.bold && "b",
      run.smallCaps && "sc",
      run.superscript && "sup",
      run.subscript && "sub",
      run.underline && "u",
      lang,
    ]
      .filter(Boolean)
      .join("-");
    if (!key) return null;
    let name = this.names.get(key);
    if (!name) {
      name = `T${this.names.size + 1}`;
      this.names.set(key, name);
      const properties: Record<string, string> = {};
      if (run.italic) properties["fo:font-style"] = "italic";
      if (run.bold) properties["fo:font-weight"] = "bold";
      if (run.smallCaps) properties["fo:font-variant"] = "small-caps";
      if (run.superscript) properties["style:text-position"] = "super 58%";
      if (run.subscript) properties["style:text-position"] = "sub 58%";
      if (run.underline) {
        properties["style:text-underline-style"] = "solid";
        properties["style:text-underline-width"] = "auto";
        properties["style:text-underline-color"] = "font-color";
      }
      Object.assign(properties, languageAttributes(lang));
      this.container
        .ele("style:style", { "style:name": name, "style:family": "text" })
        .ele("style:text-properties", properties);
    }
    return name;
  }
}

function addRuns(parent: XMLBuilder, runs: Run[], styles: RunStyles, lang?: string | null) {
  for (const run of runs) {
    const name = styles.nameFor(run, lang);
    addText(name ? parent.ele("text:span", { "text:style-name": name }) : parent, run.text);
  }
}

function addInline(parent: XMLBuilder, content: Inline[], notes: Run[][], styles: RunStyles) {
  for (const inline of content) {
    if (!("footnote" in inline)) {
      addRuns(parent, [inline], styles);
      continue;
    }
    const note = parent.ele("text:note", {
      "text:id": `ftn${inline.footnote}`,
      "text:note-class": "footnote",
    });
    note.ele("text:note-citation").txt(String(inline.footnote));
    const body = note.ele("text:note-body").ele("text:p", { "text:style-name": "Footnote" });
    addRuns(body, notes[inline.footnote - 1] ?? [], styles);
  }
}

function addBlock(text: XMLBuilder, block: Block, doc: ArgumentDocument, styles: RunStyles) {
  switch (block.kind) {
    case "heading":
      addText(
        text.ele("text:h", {
          "text:style-name": `Heading_20_${block.level}`,
          "text:outline-level": String(block.level),
        }),
        block.text,
      );
      return;
    case "paragraph":
      addInline(
        text.ele("text:p", {
          "text:style-name": block.indent ? `Indent${Math.min(block.indent, 5)}` : "Text_20_body",
        }),
        block.content,
        doc.notes,
        styles,
      );
      return;
    case "bibliography-entry":
      addRuns(
        text.ele("text:p", {
          "text:style-name": block.hangingIndent ? "Bibliography_20_hanging" : "Bibliography",
        }),
        block.runs,
        styles,
      );
      return;
    case "quote": {
      const { original, translation } = block;
      const quote = (parent: XMLBuilder, side: { text: string; lang: string | null }) =>
        addRuns(
          parent.ele("text:p", { "text:style-name": "Quotations" }),
          [{ text: side.text }],
          styles,
          side.lang,
        );
      if (original && translation) {
        const table = text.ele("table:table", { "table:style-name": "SideBySide" });
        table.ele("table:table-column", { "table:number-columns-repeated": "2" });
        const row = table.ele("table:table-row");
        quote(row.ele("table:table-cell", { "office:value-type": "string" }), original);
        quote(row.ele("table:table-cell", { "office:value-type": "string" }), translation);
        return;
      }
      const side = original ?? translation;
      if (side) quote(text, side);
    }
  }
}

function contentXml(doc: ArgumentDocument): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("office:document-content", {
    ...NS,
    "office:version": "1.3",
  });
  const automatic = root.ele("office:automatic-styles");
  const table = automatic.ele("style:style", { "style:name": "SideBySide", "style:family": "table" });
  table.ele("style:table-properties", { "style:width": "16cm", "table:align": "margins" });
  for (let level = 1; level <= 5; level++) {
    automatic
      .ele("style:style", {
        "style:name": `Indent${level}`,
        "style:family": "paragraph",
        "style:parent-style-name": "Text_20_body",
      })
      .ele("style:paragraph-properties", { "fo:margin-left": `${level * 1.25}cm` });
  }
  const styles = new RunStyles(automatic);
  const text = root.ele("office:body").ele("office:text");
  addText(text.ele("text:p", { "text:style-name": "Title" }), doc.title);
  if (doc.subtitle) addText(text.ele("text:p", { "text:style-name": "Subtitle" }), doc.subtitle);
  for (const block of doc.blocks) addBlock(text, block, doc, styles);
  return root.end({ prettyPrint: false });
}

function paragraphStyle(
  styles: XMLBuilder,
  name: string,
  display: string,
  paragraph: Record<string, string>,
  textProperties: Record<string, string> = {},
  extra: Record<string, string> = {},
) {
  const style = styles.ele("style:style", {
    "style:name": name,
    "style:display-name": display,
    "style:family": "paragraph",
    "style:parent-style-name": "Standard",
    ...extra,
  });
  if (Object.keys(paragraph).length) style.ele("style:paragraph-properties", paragraph);
  if (Object.keys(textProperties).length) style.ele("style:text-properties", textProperties);
}

function stylesXml(doc: ArgumentDocument): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("office:document-styles", {
    ...NS,
    "office:version": "1.3",
  });
  root
    .ele("office:font-face-decls")
    .ele("style:font-face", { "style:name": "Times New Roman", "svg:font-family": "'Times New Roman'" });
  const styles = root.ele("office:styles");
  const defaults = styles.ele("style:default-style", { "style:family": "paragraph" });
  defaults.ele("style:text-properties", {
    "style:font-name": "Times New Roman",
    "fo:font-size": "12pt",
    ...languageAttributes(doc.lang),
  });
  styles.ele("style:style", { "style:name": "Standard", "style:family": "paragraph", "style:class": "text" });
  paragraphStyle(styles, "Text_20_body", "Text body", {
    "fo:margin-bottom": "0.25cm",
    "fo:line-height": "150%",
  });
  paragraphStyle(
    styles,
    "Title",
    "Title",
    { "fo:margin-bottom": "0.3cm" },
    { "fo:font-size": "20pt", "fo:font-weight": "bold" },
  );
  paragraphStyle(
    styles,
    "Subtitle",
    "Subtitle",
    { "fo:margin-bottom": "0.5cm" },
    { "fo:font-style": "italic" },
  );
  const headingSizes = { 1: "16pt", 2: "14pt", 3: "12pt" };
  for (const [level, size] of Object.entries(headingSizes)) {
    paragraphStyle(
      styles,
      `Heading_20_${level}`,
      `Heading ${level}`,
      { "fo:margin-top": "0.6cm", "fo:margin-bottom": "0.2cm", "fo:keep-with-next": "always" },
      { "fo:font-size": size, "fo:font-weight": "bold" },
      { "style:default-outline-level": level, "style:class": "text" },
    );
  }
  paragraphStyle(
    styles,
    "Quotations",
    "Quotations",
    {
      "fo:margin-left": "1cm",
      "fo:margin-right": "1cm",
      "fo:margin-bottom": "0.25cm",
    },
    { "fo:font-size": "11pt" },
  );
  paragraphStyle(
    styles,
    "Footnote",
    "Footnote",
    { "fo:margin-left": "0cm" },
    { "fo:font-size": "10pt" },
    { "style:class": "extra" },
  );
  paragraphStyle(styles, "Bibliography", "Bibliography", { "fo:margin-bottom": "0.2cm" });
  paragraphStyle(styles, "Bibliography_20_hanging", "Bibliography hanging", {
    "fo:margin-left": "1.27cm",
    "fo:text-indent": "-1.27cm",
    "fo:margin-bottom": "0.2cm",
  });
  return root.end({ prettyPrint: false });
}

function metaXml(doc: ArgumentDocument): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("office:document-meta", {
    ...NS,
    "office:version": "1.3",
  });
  const meta = root.ele("office:meta");
  meta.ele("dc:title").txt(doc.title);
  meta.ele("meta:generator").txt("Apparatus");
  meta.ele("dc:language").txt(doc.lang);
  return root.end({ prettyPrint: false });
}

function manifestXml(): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("manifest:manifest", {
    "xmlns:manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
    "manifest:version": "1.3",
  });
  root.ele("manifest:file-entry", {
    "manifest:full-path": "/",
    "manifest:version": "1.3",
    "manifest:media-type": MIMETYPE,
  });
  for (const file of ["content.xml", "styles.xml", "meta.xml"]) {
    root.ele("manifest:file-entry", { "manifest:full-path": file, "manifest:media-type": "text/xml" });
  }
  return root.end({ prettyPrint: false });
}

export function writeOdt(doc: ArgumentDocument): Uint8Array {
  // Object key order is the zip's member order: mimetype first, stored.
  return zipSync({
    mimetype: [strToU8(MIMETYPE), { level: 0 }],
    "META-INF/manifest.xml": strToU8(manifestXml()),
    "content.xml": strToU8(contentXml(doc)),
    "styles.xml": strToU8(stylesXml(doc)),
    "meta.xml": strToU8(metaXml(doc)),
  });
}
