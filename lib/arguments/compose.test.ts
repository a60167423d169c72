import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import type { CitableSource } from "@/lib/citations/export";
import { closeFormatPool } from "@/lib/citations/format-pool";
import type { CslItem } from "@/lib/citations/render";
import { loadStyleCatalog, resolveStyle } from "@/lib/citations/styles";
import { cslDirectory } from "@/lib/env";
import { type ComposablePoint, type ComposeInput, composeArgument } from "./compose";
import { writeDocx } from "./docx";
import { writeOdt } from "./odt";
import { plainText } from "./runs";

// An argument composed with the real Chicago style (bundled, or the server's full set) and
// written as Word and LibreOffice files, then read back as a word processor would.
process.env.CITATION_WORKERS = "0";
afterAll(closeFormatPool);

const catalog = loadStyleCatalog(cslDirectory());
const chicago = resolveStyle(catalog, "chicago-fullnote-bibliography");
// Chicago's 17th edition prefers a short note to "Ibid."; its with-ibid variant keeps it.
const chicagoIbid = resolveStyle(catalog, "chicago-fullnote-bibliography-with-ibid");

function citable(csl: CslItem, quotedIn: CitableSource["quotedIn"] = null): CitableSource {
  return { id: csl.id, csl, cslForPinpoint: csl, quotedIn };
}

const raack = citable({
  id: "raack",
  type: "book",
  title: "Stalin's Drive to the West, 1938-1945: The Origins of the Cold War",
  author: [{ family: "Raack", given: "R. C." }],
  issued: { "date-parts": [[1995]] },
  publisher: "Stanford University Press",
  "publisher-place": "Stanford, CA",
});
const pravda = citable({
  id: "pravda",
  type: "article-newspaper",
  title: "Ответ товарищу Иванову Ивану Филипповичу",
  author: [{ family: "Stalin", given: "I. V." }],
  "container-title": "Правда",
  issued: { "date-parts": [[1938, 2]] },
  language: "ru",
});
const journal = citable({
  id: "journal",
  type: "article-newspaper",
  title: "Réponse au camarade Ivanov",
  "container-title": "Le Journal de Moscou",
  issued: { "date-parts": [[1938, 2]] },
  language: "fr",
});
const times = citable(
  {
    id: "times",
    type: "article-newspaper",
    title: "[Report of Stalin's reply to Ivanov]",
    "container-title": "The Times",
    issued: { "date-parts": [[1938, 2]] },
  },
  { id: "raack", locator: "p. 40" },
);

const point = (
  text: string,
  cites: ComposablePoint["cites"],
  extra: Partial<ComposablePoint> = {},
): ComposablePoint => ({
  kind: "claim",
  depth: 1,
  text,
  cites,
  contrary: [],
  quote: "none",
  quotes: [],
  ...extra,
});
const page = (value: string) => ({ label: "page", value });

const input: ComposeInput = {
  title: "The defensive reading is a fantasy",
  sources: new Map([raack, pravda, journal, times].map((source) => [source.id, source])),
  points: [
    { kind: "section", depth: 0, text: "Février 1938", cites: [], contrary: [], quote: "none", quotes: [] },
    point("Raack calls the defensive reading a fantasy.", [{ sourceId: "raack", locator: page("15") }]),
    point("He says it again.", [{ sourceId: "raack", locator: page("16") }]),
    point(
      "Stalin spoke to the world, in Russian and in French.",
      [
        { sourceId: "pravda", locator: page("1") },
        { sourceId: "journal", locator: null },
      ],
      {
        quote: "both",
        quotes: [
          {
            original: {
              text: "Победа социализма в нашей стране не может считаться окончательной",
              lang: "ru",
            },
            translation: {
              text: "The victory of socialism in our country cannot be considered final",
              lang: "en",
            },
          },
        ],
        contrary: [{ sourceId: "times", locator: null }],
      },
    ),
    point("Raack once more.", [{ sourceId: "raack", locator: page("20") }]),
  ],
  checks: [
    {
      claimNumber: 5,
      statement: "Stalin meant the world to hear it.",
      independentOrigins: 1,
      warnings: ["Rests on a single origin."],
    },
  ],
};

const options = { style: chicago, locale: "en-US", bibliography: true, evidenceCheck: true };

describe("an argument in Chicago notes", () => {
  it("cites in full first, Ibid. next, short later; pinpoints, quoted in, and But see", async () => {
    const doc = await composeArgument(input, options);
    const notes = doc.notes.map(plainText);
    expect(notes).toHaveLength(4);
    expect(notes[0]).toBe(
      "R. C. Raack, Stalin’s Drive to the West, 1938-1945: The Origins of the Cold War (Stanford, CA: Stanford University Press, 1995), 15.",
    );
    // The same source again, in the next note: a short note (author only, as it is so near).
    expect(notes[1]).toBe("Raack, 16.");
    // A Cyrillic title romanized (Library of Congress), as Chicago recommends (14.98).
    expect(notes[2]).toContain(
      "I. V. Stalin, “Otvet tovarishchu Ivanovu Ivanu Filippovichu,” Pravda, February 1938, 1; “Réponse au camarade Ivanov,” Le Journal de Moscou, February 1938.",
    );
    // An untitled newspaper item: its description in brackets, the newspaper without its "The".
    expect(notes[2]).toMatch(
      / But see \[Report of Stalin’s reply to Ivanov\], Times, February 1938, quoted in Raack, Stalin’s Drive, 40\.$/,
    );
    // A short title: at most four words, no subtitle, no dates (14.33).
    expect(notes[3]).toBe("Raack, Stalin’s Drive, 20.");
    // Footnote marks stand at the end of each claim point, numbered in order.
    const marks = doc.blocks.flatMap((block) =>
      block.kind === "paragraph"
        ? block.content.flatMap((inline) => ("footnote" in inline ? [inline.footnote] : []))
        : [],
    );
    expect(marks).toEqual([1, 2, 3, 4]);
    // The title of the book is italic in the note, as Chicago sets it.
    expect(doc.notes[0]!.some((run) => run.italic && run.text.includes("Stalin’s Drive to the West"))).toBe(
      true,
    );
  });

  it("ends with the bibliography and the evidence check, each of which can be left out", async () => {
    const doc = await composeArgument(input, options);
    const headings = doc.blocks.flatMap((block) => (block.kind === "heading" ? [block.text] : []));
    expect(headings).toEqual(["Février 1938", "Bibliography", "Evidence check"]);
    const entries = doc.blocks.flatMap((block) =>
      block.kind === "bibliography-entry" ? [plainText(block.runs)] : [],
    );
    expect(entries[0]).toBe(
      "Raack, R. C. Stalin’s Drive to the West, 1938-1945: The Origins of the Cold War. Stanford, CA: Stanford University Press, 1995.",
    );
    const bare = await composeArgument(input, { ...options, bibliography: false, evidenceCheck: false });
    expect(bare.blocks.some((block) => block.kind === "heading" && block.text !== "Février 1938")).toBe(
      false,
    );
  });

  it("keeps the original script where the project asks for it", async () => {
    const original = await composeArgument(input, { ...options, script: "original" });
    expect(original.notes.map(plainText)[2]).toContain(
      "I. V. Stalin, “Ответ товарищу Иванову Ивану Филипповичу,” Правда",
    );
    const both = await composeArgument(input, { ...options, script: "both" });
    expect(both.notes.map(plainText)[2]).toContain(
      "“Otvet tovarishchu Ivanovu Ivanu Filippovichu (Ответ товарищу Иванову Ивану Филипповичу),”",
    );
  });

  it("says Ibid. where the style asks for it", async () => {
    const doc = await composeArgument(input, { ...options, style: chicagoIbid });
    expect(doc.notes.map(plainText)[1]).toBe("Ibid., 16.");
  });

  it("writes Word's footnotes part and LibreOffice's notes from the same document", async () => {
    const doc = await composeArgument(input, { ...options, style: chicagoIbid });
    const docx = unzipSync(await writeDocx(doc));
    const footnotes = new TextDecoder().decode(docx["word/footnotes.xml"]!);
    const bodies = [...footnotes.matchAll(/<w:footnote\b[^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)]
      .filter(([, id]) => Number(id) > 0)
      .map(([, , body]) => body!.replace(/<[^>]+>/g, ""));
    expect(bodies).toHaveLength(4);
    expect(bodies[1]).toContain("Ibid., 16.");
    expect(bodies[2]).toContain("Otvet tovarishchu Ivanovu");
    expect(bodies[2]).toContain("Réponse au camarade Ivanov");
    const document = new TextDecoder().decode(docx["word/document.xml"]!);
    expect(document).toContain("Février 1938");
    expect(document).toContain("Победа социализма");

    const odt = new TextDecoder().decode(unzipSync(writeOdt(doc))["content.xml"]!);
    const notes = [...odt.matchAll(/<text:note-body>([\s\S]*?)<\/text:note-body>/g)].map(([, body]) =>
      body!.replace(/<[^>]+>/g, ""),
    );
    expect(notes).toHaveLength(4);
    expect(notes[1]).toContain("Ibid., 16.");
    expect(notes[3]).toContain("Raack, Stalin’s Drive, 20.");
  });
});
