import { decodeEntities } from "@/lib/citations/markup";
import type { Run } from "./document";

// citeproc's HTML (a small, fixed set of tags) as runs of formatted text for the word-processor
// writers. Nested tags combine; "font-style:normal" inside italics turns them off (a title
// within a title); any other tag keeps only its text.

type Format = Omit<Run, "text">;

const OPENERS: [RegExp, Format][] = [
  [/^<(i|em)>$/, { italic: true }],
  [/^<(b|strong)>$/, { bold: true }],
  [/^<sup>$/, { superscript: true }],
  [/^<sub>$/, { subscript: true }],
  [/^<span style="font-style:\s*normal;?">$/, { italic: false }],
  [/^<span style="font-weight:\s*normal;?">$/, { bold: false }],
  [/^<span style="font-variant:\s*small-caps;?">$/, { smallCaps: true }],
  [/^<span style="text-decoration:\s*underline;?">$/, { underline: true }],
  [/^<span style="baseline">$/, { superscript: false, subscript: false }],
];

function sameFormat(a: Format, b: Format): boolean {
  const keys: (keyof Format)[] = ["italic", "bold", "smallCaps", "superscript", "subscript", "underline"];
  return keys.every((key) => Boolean(a[key]) === Boolean(b[key]));
}

export function runsFromHtml(html: string): Run[] {
  const source = html
    .replace(/<div class="csl-left-margin">([\s\S]*?)<\/div>\s*/g, "$1\t")
    .replace(/<br\s*\/?>/g, "\n");
  const stack: Format[] = [{}];
  const runs: Run[] = [];
  source.split(/(<[^>]+>)/).forEach((part, index) => {
    if (index % 2 === 1) {
      if (part.startsWith("</")) {
        if (stack.length > 1) stack.pop();
      } else if (!part.endsWith("/>")) {
        const change = OPENERS.find(([pattern]) => pattern.test(part))?.[1] ?? {};
        stack.push({ ...stack.at(-1)!, ...change });
      }
      return;
    }
    const text = decodeEntities(part);
    if (!text) return;
    const format = stack.at(-1)!;
    const last = runs.at(-1);
    if (last && sameFormat(last, format)) last.text += text;
    else {
      const run: Run = { text };
      for (const [key, value] of Object.entries(format) as [keyof Format, boolean][])
        if (value) run[key] = true;
      runs.push(run);
    }
  });
  return runs;
}

export function plainText(runs: Run[]): string {
  return runs.map((run) => run.text).join("");
}
