import { describe, expect, it } from "vitest";
import type { SourceReference } from "@/lib/sources/types";
import {
  comparisonCsv,
  comparisonHtml,
  csvDocument,
  csvField,
  escapeHtml,
  exportFileName,
} from "./comparison-export";
import type { Citation, Comparison, ReadingView } from "./types";

function reference(id: string, shortCitation: string): SourceReference {
  return {
    id,
    title: shortCitation,
    kind: "newspaper_article",
    shortCitation,
    issued: "February 1938",
    archiveLocation: null,
    archival: false,
  };
}

/** A note made of plain text followed by an italic title. */
function citation(id: string, plain: string, italic: string, locator: string | null = null): Citation {
  return {
    source: reference(id, id),
    locator,
    short: id,
    note: plain + italic,
    noteRuns: [{ text: plain }, { text: italic, italic: true }],
  };
}

const span = { edtf: "1938-02", text: "February 1938", start: "1938-02-01", end: "1938-02-28" };

function reading(id: string, observerId: string, documentation: Citation | null): ReadingView {
  return {
    id,
    observerId,
    source: reference("pravda", "Stalin, “Reply”, Pravda"),
    readAt: span,
    summary: `Summary of ${id}, with "quotes", commas\nand a line break`,
    documentation,
    phrases: [],
    claimStances: [],
    version: 1,
    createdById: null,
  };
}

const timesNote = citation("times", "“Report,” ", "The Times");
const minuteNote = citation("minute", "Northern Department, minute, ", "FO 371/22286, f. 14");

const comparison: Comparison = {
  source: {
    ...reference("pravda", "Stalin, “Reply”, Pravda"),
    date: span,
    note: "I. V. Stalin, “Reply to Comrade Ivanov,” Pravda (Moscow), February 1938.",
    noteRuns: [
      { text: "I. V. Stalin, “Reply to Comrade Ivanov,” " },
      { text: "Pravda", italic: true },
      { text: " (Moscow), February 1938." },
    ],
  },
  passages: [],
  observers: [
    {
      id: "times",
      name: "The Times",
      kind: "newspaper",
      activeFrom: null,
      activeTo: null,
      affiliation: null,
    },
    {
      id: "northern",
      name: "Northern Department",
      kind: "ministry_department",
      activeFrom: null,
      activeTo: null,
      affiliation: null,
    },
  ],
  questions: [
    {
      id: "q1",
      text: "Is the posture defensive?",
      position: 0,
      version: 1,
      createdById: null,
      disagreement: true,
    },
    { id: "q2", text: "Final <victory>?", position: 1, version: 1, createdById: null, disagreement: false },
  ],
  answers: [
    {
      id: "a1",
      questionId: "q1",
      observerId: "times",
      readingId: "r-times",
      value: "ambiguous",
      note: "=SUM(A1) both ways",
      citation: timesNote,
      version: 1,
      createdById: null,
    },
    {
      id: "a2",
      questionId: "q1",
      observerId: "northern",
      readingId: "r-northern",
      value: "no",
      note: "“not a merely defensive posture”",
      citation: minuteNote,
      version: 1,
      createdById: null,
    },
    {
      id: "a3",
      questionId: "q2",
      observerId: "northern",
      readingId: null,
      value: "no",
      note: "<script>alert(1)</script>",
      citation: citation("raack", "Raack, ", "Stalin's Drive", "12"),
      version: 1,
      createdById: null,
    },
  ],
  readings: [reading("r-times", "times", timesNote), reading("r-northern", "northern", minuteNote)],
  totals: { readings: 2, questions: 2, passages: 0 },
};

describe("csvField", () => {
  it("quotes fields with commas, quotation marks or line breaks, doubling the quotation marks", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('the "fantasy"')).toBe('"the ""fantasy"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
    expect(csvField(1938)).toBe("1938");
  });

  it("keeps a spreadsheet from running a field as a formula, but leaves numbers and dashes in prose alone", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("@SUM")).toBe("'@SUM");
    expect(csvField("-cmd")).toBe("'-cmd");
    expect(csvField("-5")).toBe("-5");
    expect(csvField("- a dash")).toBe("- a dash");
  });

  it("a document starts with the UTF-8 byte order mark and ends rows with CRLF", () => {
    expect(
      csvDocument([
        ["Observer", "Answer"],
        ["Правда", "да"],
      ]),
    ).toBe("\uFEFFObserver,Answer\r\nПравда,да\r\n");
  });
});

describe("comparisonCsv", () => {
  it("one row per question and observer, with answer, note, Chicago citation and the reading", () => {
    const lines = comparisonCsv(comparison).slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "Source,Question,Disagreement,Observer,Answer,Note,Citation,Reading date,Reading,Reading documented by",
    );
    // 2 questions × 2 observers, a header, and the final line break.
    expect(lines).toHaveLength(6);
    expect(lines[1]).toContain("Is the posture defensive?,yes,The Times,Ambiguous,'=SUM(A1) both ways,");
    expect(lines[1]).toContain('"Summary of r-times, with ""quotes"", commas\nand a line break"');
    // The Times was not asked the second question: its answer is empty, its reading still shown.
    expect(lines[3]).toContain("Final <victory>?,no,The Times,,,,February 1938,");
  });
});

describe("comparisonHtml", () => {
  const html = comparisonHtml(comparison);

  it("a table of questions by observers, with disagreements marked", () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<th scope="col">The Times<sup>');
    expect(html).toContain('<tr class="disagreement"><th scope="row">Is the posture defensive?');
    expect(html).toContain("Observers disagree");
    expect(html).toContain("<strong>Ambiguous</strong>");
  });

  it("numbers a Chicago note per source cited: the source, each reading's documenting source, then other citations", () => {
    const notes = [...html.matchAll(/<li id="note-(\d+)">(.*?)<\/li>/g)].map((match) => match[2]);
    expect(notes).toEqual([
      "I. V. Stalin, “Reply to Comrade Ivanov,” <i>Pravda</i> (Moscow), February 1938.",
      "“Report,” <i>The Times</i>",
      "Northern Department, minute, <i>FO 371/22286, f. 14</i>",
      "Raack, <i>Stalin&#39;s Drive</i>",
    ]);
    // The Times' answer cites its reading's source: it reuses note 2 rather than adding one.
    expect(html).toContain('<strong>Ambiguous</strong><sup><a href="#note-2">2</a></sup>');
  });

  it("says when the source has more readings or questions than the export carries", () => {
    expect(html).not.toContain('class="left-out"');
    const bounded = comparisonHtml({ ...comparison, totals: { readings: 250, questions: 2, passages: 0 } });
    expect(bounded).toContain(
      '<p class="left-out">This source has 250 readings: the first 2 in date order are shown.</p>',
    );
  });

  it("escapes what the historian typed", () => {
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Final &lt;victory&gt;?");
    expect(escapeHtml(`<a href="x">'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&lt;/a&gt;");
  });
});

it("names the file after the source, with an ASCII fallback for old clients", () => {
  expect(exportFileName({ title: 'Ответ "товарищу" Иванову: 1938/02' }, "csv")).toEqual({
    utf8: "Comparison - Ответ товарищу Иванову 1938 02.csv",
    ascii: "Comparison - 1938 02.csv",
  });
  expect(exportFileName({ title: "Réponse au camarade Ivanov" }, "html").ascii).toBe(
    "Comparison - Reponse au camarade Ivanov.html",
  );
});
