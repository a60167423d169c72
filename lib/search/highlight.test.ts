import { describe, expect, it } from "vitest";
import { highlightPhrase, highlightRomanized, MATCH_END, MATCH_START, parseHighlights } from "./highlight";

const mark = (word: string) => `${MATCH_START}${word}${MATCH_END}`;

describe("parseHighlights", () => {
  it("strips the marks and keeps their offsets", () => {
    expect(parseHighlights(`Reply to ${mark("Comrade")} Ivanov`)).toEqual({
      text: "Reply to Comrade Ivanov",
      highlights: [[9, 16]],
    });
  });

  it("joins marks separated only by spaces into one", () => {
    const parsed = parseHighlights(`Le ${mark("Journal")} ${mark("de")} ${mark("Moscou")}, 1938`);
    expect(parsed.highlights).toEqual([[3, 20]]);
    expect(parsed.text.slice(3, 20)).toBe("Journal de Moscou");
  });

  it("keeps marks apart when words stand between them", () => {
    const parsed = parseHighlights(`${mark("Stalin")} wrote to ${mark("Ivanov")}`);
    expect(parsed.highlights.map(([start, end]) => parsed.text.slice(start, end))).toEqual([
      "Stalin",
      "Ivanov",
    ]);
  });

  it("ignores an empty or unclosed mark", () => {
    expect(parseHighlights(`a ${MATCH_START}${MATCH_END}b ${MATCH_START}c`)).toEqual({
      text: "a b c",
      highlights: [],
    });
  });
});

describe("highlightPhrase", () => {
  it("finds a reference whatever its case", () => {
    const text = "The National Archives · fo 371/22286, f. 12";
    const { highlights } = highlightPhrase(text, "FO 371/22286");
    expect(highlights.map(([start, end]) => text.slice(start, end))).toEqual(["fo 371/22286"]);
  });

  it("folds accents on both sides and maps offsets back to the original text", () => {
    const text = "Réponse au camarade; la réponse";
    const { highlights } = highlightPhrase(text, "reponse");
    expect(highlights.map(([start, end]) => text.slice(start, end))).toEqual(["Réponse", "réponse"]);
  });

  it("marks nothing when the phrase is absent or blank", () => {
    expect(highlightPhrase("Pravda", "Izvestia").highlights).toEqual([]);
    expect(highlightPhrase("Pravda", "  ").highlights).toEqual([]);
  });
});

describe("highlightRomanized", () => {
  const marks = (text: string, query: string) =>
    highlightRomanized(text, query).highlights.map(([start, end]) => text.slice(start, end));

  it("marks the Cyrillic words a Latin query found through their romanization, in any case", () => {
    expect(marks("Сталин отвечает на письмо Сталина", "Stalin")).toEqual(["Сталин", "Сталина"]);
    expect(marks("Ответ товарищу Иванову Ивану Филипповичу", "Otvet tovarishchu")).toEqual([
      "Ответ товарищу",
    ]);
  });

  it("marks the Latin words a Cyrillic query found, and a name's other form", () => {
    expect(marks("Pravda, February 1938", "Правда")).toEqual(["Pravda"]);
    expect(marks("J. Staline, Les questions du léninisme", "Stalin")).toEqual(["Staline"]);
    expect(marks("Stalin's reply", "Staline")).toEqual(["Stalin"]);
  });

  it("marks nothing for an unrelated or too short query", () => {
    expect(marks("Сталин отвечает", "Molotov")).toEqual([]);
    expect(marks("Но он прав", "no")).toEqual([]);
    // A shorter word marks a query word it begins only from four letters on.
    expect(marks("Иван", "Ivanovich")).toEqual(["Иван"]);
    expect(marks("Ива", "Ivanovich")).toEqual([]);
  });
});
