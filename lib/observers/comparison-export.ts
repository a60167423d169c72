import type { NoteRun } from "@/lib/citations/chicago-note";
import { ANSWER_LABEL } from "./schema";
import type { AnswerView, Citation, Comparison, ReadingView } from "./types";

// A comparison exported two ways: CSV for a spreadsheet (one row per question and observer), and
// a formatted HTML table with a Chicago note for each reading's documenting source, to paste into
// a word processor or print.

/** Excel reads a CSV as UTF-8 (Cyrillic, accents, curly quotes) only when it starts with a BOM. */
const BOM = "\uFEFF";

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quotation mark or a line break, with
 * quotation marks doubled. A field a spreadsheet would run as a formula (=, +, @, or - before a
 * letter) is prefixed with an apostrophe.
 */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+@\t\r]|^-[^\d\s]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvDocument(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = rows.map((row) => row.map(csvField).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

function answerFor(comparison: Comparison, questionId: string, observerId: string): AnswerView | undefined {
  return comparison.answers.find(
    (answer) => answer.questionId === questionId && answer.observerId === observerId,
  );
}

function readingsOf(comparison: Comparison, observerId: string): ReadingView[] {
  return comparison.readings.filter((reading) => reading.observerId === observerId);
}

/** The reading an answer was taken from, else the observer's first reading of the source. */
function readingFor(comparison: Comparison, observerId: string, answer: AnswerView | undefined) {
  const readings = readingsOf(comparison, observerId);
  return readings.find((reading) => reading.id === answer?.readingId) ?? readings[0];
}

/** One row per question and observer; an observer who has not been asked leaves Answer empty. */
export function comparisonCsv(comparison: Comparison): string {
  const rows: (string | number | null)[][] = [
    [
      "Source",
      "Question",
      "Disagreement",
      "Observer",
      "Answer",
      "Note",
      "Citation",
      "Reading date",
      "Reading",
      "Reading documented by",
    ],
  ];
  for (const question of comparison.questions) {
    for (const observer of comparison.observers) {
      const answer = answerFor(comparison, question.id, observer.id);
      const reading = readingFor(comparison, observer.id, answer);
      rows.push([
        comparison.source.note,
        question.text,
        question.disagreement ? "yes" : "no",
        observer.name,
        answer ? ANSWER_LABEL[answer.value] : "",
        answer?.note ?? "",
        answer?.citation?.note ?? "",
        reading?.readAt.text ?? "",
        reading?.summary ?? "",
        reading?.documentation?.note ?? "",
      ]);
    }
  }
  return csvDocument(rows);
}

/**
 * The file name of an export, from the source's title: as UTF-8 (for filename*), and reduced to
 * printable ASCII for clients that read only filename.
 */
export function exportFileName(source: { title: string }, extension: "csv" | "html") {
  const base = `Comparison - ${source.title}`
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 120)
    .trim();
  const ascii = base
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return { utf8: `${base}.${extension}`, ascii: `${ascii || "Comparison"}.${extension}` };
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function runsHtml(runs: readonly NoteRun[]): string {
  return runs.map((run) => (run.italic ? `<i>${escapeHtml(run.text)}</i>` : escapeHtml(run.text))).join("");
}

/** Numbers notes in order of first reference; the same source at the same pinpoint keeps its number. */
class Notes {
  private readonly list: NoteRun[][] = [];
  private readonly numbers = new Map<string, number>();

  ref(key: string, runs: NoteRun[]): string {
    let number = this.numbers.get(key);
    if (number === undefined) {
      this.list.push(runs);
      number = this.list.length;
      this.numbers.set(key, number);
    }
    return `<sup><a href="#note-${number}">${number}</a></sup>`;
  }

  cite(citation: Citation | null): string {
    return citation ? this.ref(`${citation.source.id}|${citation.locator ?? ""}`, citation.noteRuns) : "";
  }

  html(): string {
    return this.list.map((runs, index) => `<li id="note-${index + 1}">${runsHtml(runs)}</li>`).join("\n");
  }
}

const STYLE = `
body { font-family: Georgia, "Times New Roman", serif; color: #1f1d1a; margin: 2rem; line-height: 1.4; }
h1 { font-size: 1.4rem; font-weight: normal; }
h2 { font-size: 1.1rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin-top: 1rem; }
caption { text-align: left; font-style: italic; margin-bottom: 0.5rem; }
th, td { border: 1px solid #a8a29e; padding: 0.4rem 0.5rem; vertical-align: top; text-align: left; }
thead th { background: #f5f5f4; }
tr.disagreement th, tr.disagreement td { background: #fef3c7; }
.flag { display: block; font-size: 0.8rem; font-style: italic; color: #92400e; }
.date { display: block; font-weight: normal; font-size: 0.85rem; color: #57534e; }
.notes { font-size: 0.9rem; }
sup a { text-decoration: none; }
.left-out { font-style: italic; color: #92400e; }
`;

/** What a comparison leaves out of a source's readings and questions (see COMPARISON_LIMITS), in words. */
export function leftOutOf(comparison: Comparison): string[] {
  const { totals } = comparison;
  const said: string[] = [];
  if (totals.readings > comparison.readings.length) {
    said.push(
      `This source has ${totals.readings} readings: the first ${comparison.readings.length} in date order are shown.`,
    );
  }
  if (totals.questions > comparison.questions.length) {
    said.push(
      `This source has ${totals.questions} questions: the first ${comparison.questions.length} are shown.`,
    );
  }
  return said;
}

/**
 * The comparison as a standalone HTML document: the questions by observers, disagreements marked,
 * the readings with their dates, and a numbered Chicago note for every source cited (first each
 * reading's documenting source, then any other source an answer cites).
 */
export function comparisonHtml(comparison: Comparison): string {
  const notes = new Notes();
  const { source } = comparison;
  const title = `How observers read ${source.shortCitation}`;
  const sourceRef = notes.ref(`${source.id}|`, source.noteRuns);

  const headers = comparison.observers.map((observer) => {
    const readings = readingsOf(comparison, observer.id);
    const refs = readings.map((reading) => notes.cite(reading.documentation)).join("");
    const dates = readings
      .map((reading) => reading.readAt.text)
      .filter(Boolean)
      .join("; ");
    return `<th scope="col">${escapeHtml(observer.name)}${refs}${dates ? `<span class="date">${escapeHtml(dates)}</span>` : ""}</th>`;
  });

  const rows = comparison.questions.map((question) => {
    const cells = comparison.observers.map((observer) => {
      const answer = answerFor(comparison, question.id, observer.id);
      if (!answer) return "<td>—</td>";
      const note = answer.note ? ` ${escapeHtml(answer.note)}` : "";
      return `<td><strong>${ANSWER_LABEL[answer.value]}</strong>${notes.cite(answer.citation)}${note}</td>`;
    });
    const flag = question.disagreement ? '<span class="flag">Observers disagree</span>' : "";
    return `<tr${question.disagreement ? ' class="disagreement"' : ""}><th scope="row">${escapeHtml(question.text)}${flag}</th>${cells.join("")}</tr>`;
  });

  const observerName = new Map(comparison.observers.map((observer) => [observer.id, observer.name]));
  const readingRows = comparison.readings.map(
    (reading) =>
      `<tr><th scope="row">${escapeHtml(observerName.get(reading.observerId) ?? "")}${notes.cite(reading.documentation)}</th><td>${escapeHtml(reading.readAt.text ?? "undated")}</td><td>${escapeHtml(reading.summary)}</td></tr>`,
  );

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>How observers read ${runsHtml(source.noteRuns).replace(/\.$/, "")}${sourceRef}</h1>
${leftOutOf(comparison)
  .map((text) => `<p class="left-out">${escapeHtml(text)}</p>\n`)
  .join("")}<table>
<caption>Questions asked of each observer's reading. Shaded rows: the observers' answers (other than silence) differ.</caption>
<thead><tr><th scope="col">Question</th>${headers.join("")}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
<h2>Readings</h2>
<table>
<thead><tr><th scope="col">Observer</th><th scope="col">When</th><th scope="col">Reading</th></tr></thead>
<tbody>
${readingRows.join("\n")}
</tbody>
</table>
<h2>Notes</h2>
<ol class="notes">
${notes.html()}
</ol>
</body>
</html>
`;
}
