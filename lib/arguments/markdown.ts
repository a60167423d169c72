import type { ArgumentDocument, Block, Inline, Run } from "./document";

// An argument as Pandoc Markdown, for historians who write in plain text: a YAML title block,
// headings, footnotes as [^n] with their texts at the end, small capitals as Pandoc's
// [text]{.smallcaps}, and the original of a quotation in a fenced div that names its language.

/** Markdown's special characters in running text, escaped so that they print as typed. */
function escapeText(text: string): string {
  return text.replace(/([\\`*_[\]{}<>#|~^$])/g, "\\$1");
}

/** A line that would start a heading, a quotation or a list is escaped at its start. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([>+-]|\d+[.)])(\s)/, "$1\\$2$3");
}

function runText(run: Run): string {
  if (!run.text.trim()) return escapeText(run.text);
  // Emphasis marks must touch the words: the spaces around them stay outside.
  const [, before, core, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text)!;
  let text = escapeText(core!);
  if (run.smallCaps) text = `[${text}]{.smallcaps}`;
  if (run.superscript) text = `^${text.replace(/ /g, "\\ ")}^`;
  if (run.subscript) text = `~${text.replace(/ /g, "\\ ")}~`;
  if (run.underline) text = `[${text}]{.underline}`;
  if (run.bold) text = `**${text}**`;
  if (run.italic) text = `*${text}*`;
  return `${before}${text}${after}`;
}

function inlineText(content: Inline[]): string {
  return content.map((inline) => ("footnote" in inline ? `[^${inline.footnote}]` : runText(inline))).join("");
}

function paragraph(text: string): string {
  return text
    .split("\n")
    .map((line) => escapeLineStart(line.trim()))
    .join("\n");
}

function quoted(text: string): string {
  return text
    .split("\n")
    .map((line) => `> ${escapeLineStart(escapeText(line))}`.trimEnd())
    .join("\n");
}

function withLanguage(text: string, lang: string | null): string {
  return lang ? `::: {lang=${lang}}\n${text}\n:::` : text;
}

function block(item: Block): string {
  switch (item.kind) {
    case "heading":
      return `${"#".repeat(item.level)} ${escapeText(item.text)}`;
    case "paragraph":
      return paragraph(inlineText(item.content));
    case "bibliography-entry":
      return paragraph(item.runs.map(runText).join(""));
    case "quote":
      return [item.original, item.translation]
        .filter((side): side is { text: string; lang: string | null } => !!side)
        .map((side) => withLanguage(quoted(side.text), side.lang))
        .join("\n\n");
  }
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

export function writeMarkdown(doc: ArgumentDocument): string {
  const header = ["---", `title: ${yamlString(doc.title)}`];
  if (doc.subtitle) header.push(`subtitle: ${yamlString(doc.subtitle)}`);
  header.push(`lang: ${doc.lang}`, "---");
  const body = doc.blocks.map(block).filter(Boolean);
  const notes = doc.notes.map(
    (runs, index) => `[^${index + 1}]: ${runs.map(runText).join("").replace(/\n/g, " ")}`,
  );
  return `${[header.join("\n"), ...body, ...(notes.length ? [notes.join("\n")] : [])].join("\n\n")}\n`;
}
