// citeproc's HTML (a small, fixed set of tags) as plain text and as RTF, and the three kinds of
// document an export is written as. RTF keeps italics, bold, small capitals and super/subscript
// as Word reads them, and every non-ASCII character as a \u escape, so Cyrillic survives.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith("#x") || body.startsWith("#X"))
      return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(Number(body.slice(1)));
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, (char) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[char]};`);
}

/** citeproc HTML → plain text (tags dropped; a numbered style's number and entry split by a tab). */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<div class="csl-left-margin">([\s\S]*?)<\/div>\s*/g, "$1\t")
      .replace(/<br\s*\/?>/g, "\n")
      .replace(/<[^>]+>/g, ""),
  )
    .replace(/\u00a0/g, " ")
    .trim();
}

/** RTF text: \ { } escaped, every non-ASCII UTF-16 unit as \uN? (signed, as RTF wants). */
export function rtfEscape(value: string): string {
  let result = "";
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === "\\" || char === "{" || char === "}") result += `\\${char}`;
    else if (char === "\n") result += "\\line ";
    else if (char === "\t") result += "\\tab ";
    else if (code < 128) result += char;
    else {
      for (let i = 0; i < char.length; i++) {
        const unit = char.charCodeAt(i);
        result += `\\u${unit > 32767 ? unit - 65536 : unit}?`;
      }
    }
  }
  return result;
}

const RTF_OPEN: [RegExp, string][] = [
  [/^<(i|em)>$/, "{\\i "],
  [/^<(b|strong)>$/, "{\\b "],
  [/^<sup>$/, "{\\super "],
  [/^<sub>$/, "{\\sub "],
  [/^<span style="font-style:\s*normal;?">$/, "{\\i0 "],
  [/^<span style="font-weight:\s*normal;?">$/, "{\\b0 "],
  [/^<span style="font-variant:\s*small-caps;?">$/, "{\\scaps "],
  [/^<span style="text-decoration:\s*underline;?">$/, "{\\ul "],
  [/^<span style="baseline">$/, "{\\nosupersub "],
];

/** citeproc HTML → RTF: formatting tags become groups, every other tag only its text. */
export function htmlToRtf(html: string): string {
  const html2 = html.replace(/<div class="csl-left-margin">([\s\S]*?)<\/div>\s*/g, "$1\t");
  const stack: boolean[] = [];
  return html2
    .split(/(<[^>]+>)/)
    .map((part, index) => {
      if (index % 2 === 0) return rtfEscape(decodeEntities(part));
      if (part.startsWith("</")) {
        const opened = stack.pop();
        return opened ? "}" : "";
      }
      if (part.endsWith("/>")) return part.startsWith("<br") ? "\\line " : "";
      const open = RTF_OPEN.find(([pattern]) => pattern.test(part))?.[1];
      stack.push(Boolean(open));
      return open ?? "";
    })
    .join("")
    .concat("}".repeat(stack.filter(Boolean).length));
}

// ─── Documents ───────────────────────────────────────────────────────────────────────────────

export interface DocumentSection {
  heading: string;
  /** Short text under the heading (e.g. which sub-claim the evidence comes through). */
  intro?: string;
  kind: "notes" | "bibliography";
  /** citeproc HTML, one per note or entry. */
  entries: string[];
  /** The number of the first note (notes run on through the sections). */
  start?: number;
}

export interface ExportDocument {
  title: string;
  subtitle?: string;
  lang: string;
  sections: DocumentSection[];
  /** Said at the end: what a format could not carry, which style was used instead ... */
  notices: string[];
  hangingIndent: boolean;
}

export function renderHtmlDocument(doc: ExportDocument): string {
  const sections = doc.sections
    .map((section) => {
      const body =
        section.kind === "notes"
          ? `<ol class="notes" start="${section.start ?? 1}">\n${section.entries.map((entry) => `  <li>${entry}</li>`).join("\n")}\n</ol>`
          : `<div class="csl-bib-body">\n${section.entries.map((entry) => `  <div class="csl-entry">${entry}</div>`).join("\n")}\n</div>`;
      const intro = section.intro ? `\n<p class="intro">${escapeHtml(section.intro)}</p>` : "";
      return `<section>\n<h2>${escapeHtml(section.heading)}</h2>${intro}\n${body}\n</section>`;
    })
    .join("\n");
  const notices = doc.notices.length
    ? `\n<aside class="notices">\n${doc.notices.map((notice) => `<p>${escapeHtml(notice)}</p>`).join("\n")}\n</aside>`
    : "";
  return `<!DOCTYPE html>
<html lang="${escapeHtml(doc.lang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(doc.title)}</title>
<style>
body { font-family: "Times New Roman", Georgia, serif; max-width: 46rem; margin: 2rem auto; line-height: 1.5; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
.csl-entry { margin: 0.3rem 0;${doc.hangingIndent ? " padding-left: 2em; text-indent: -2em;" : ""} }
.notes li { margin: 0.3rem 0; }
.intro, .notices { color: #555; font-size: 0.9rem; }
</style>
</head>
<body>
<h1>${escapeHtml(doc.title)}</h1>${doc.subtitle ? `\n<p>${escapeHtml(doc.subtitle)}</p>` : ""}
${sections}${notices}
</body>
</html>
`;
}

export function renderTextDocument(doc: ExportDocument): string {
  const lines: string[] = [doc.title, "=".repeat(Math.min(doc.title.length, 78))];
  if (doc.subtitle) lines.push(doc.subtitle);
  for (const section of doc.sections) {
    lines.push("", section.heading, "-".repeat(Math.min(section.heading.length, 78)));
    if (section.intro) lines.push(section.intro);
    section.entries.forEach((entry, index) => {
      const textEntry = htmlToText(entry);
      lines.push(section.kind === "notes" ? `${(section.start ?? 1) + index}. ${textEntry}` : textEntry);
    });
  }
  if (doc.notices.length) lines.push("", ...doc.notices);
  return `${lines.join("\n")}\n`;
}

export function renderRtfDocument(doc: ExportDocument): string {
  const paragraphs: string[] = [`{\\pard\\sa240\\b\\fs28 ${rtfEscape(doc.title)}\\par}`];
  if (doc.subtitle) paragraphs.push(`{\\pard\\sa240 ${rtfEscape(doc.subtitle)}\\par}`);
  for (const section of doc.sections) {
    paragraphs.push(`{\\pard\\sb240\\sa120\\b ${rtfEscape(section.heading)}\\par}`);
    if (section.intro) paragraphs.push(`{\\pard\\sa120 ${rtfEscape(section.intro)}\\par}`);
    section.entries.forEach((entry, index) => {
      if (section.kind === "notes") {
        paragraphs.push(
          `{\\pard\\sa120\\li360\\fi-360 ${(section.start ?? 1) + index}.\\tab ${htmlToRtf(entry)}\\par}`,
        );
      } else {
        const indent = doc.hangingIndent ? "\\li720\\fi-720" : "";
        paragraphs.push(`{\\pard\\sa120${indent} ${htmlToRtf(entry)}\\par}`);
      }
    });
  }
  for (const notice of doc.notices) paragraphs.push(`{\\pard\\sb240\\fs20 ${rtfEscape(notice)}\\par}`);
  return `{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1{\\fonttbl{\\f0\\froman Times New Roman;}}\\f0\\fs24\n${paragraphs.join("\n")}\n}\n`;
}
