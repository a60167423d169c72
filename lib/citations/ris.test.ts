import { describe, expect, it } from "vitest";
import type { CslItem } from "./render";
import { parseRis, toRis } from "./ris";

const MINUTE: CslItem = {
  id: "m",
  type: "manuscript",
  genre: "Minute",
  title: "[Northern Department minute]",
  author: [
    { literal: "Foreign Office, Northern Department" },
    { family: "Fontaine", given: "Jean", "non-dropping-particle": "de la" },
  ],
  issued: { "date-parts": [[1938, 2, 14]] },
  archive: "The National Archives",
  "archive-place": "Kew",
  archive_location: "FO 371/22286, f. 14",
  abstract: "A long abstract ".repeat(10).trim(),
  language: "en",
};

const LETTER: CslItem = {
  id: "l",
  type: "article-newspaper",
  title: "Reply to Comrade Ivanov",
  "original-title": "Ответ товарищу Иванову",
  "container-title": "Pravda",
  language: "ru",
};

describe("RIS", () => {
  it("writes Zotero's archive tags, the full date and one line per value, with a note after the records", () => {
    const { text, lost } = toRis([MINUTE, { id: "b", type: "interview", title: "Talk" }]);
    expect(text).toContain(
      "TY  - MANSCPT\nID  - Foreign1938Northern\nAU  - Foreign Office, Northern Department,\nAU  - de la Fontaine, Jean",
    );
    expect(text).toContain("DA  - 1938/02/14/");
    expect(text).toContain("DB  - The National Archives\nAV  - Kew\nAN  - FO 371/22286, f. 14");
    expect(text).toContain(`AB  - ${MINUTE.abstract}\n`);
    expect(lost).toEqual([{ key: "Talk", title: "Talk", variables: ["type (interview)"] }]);
    expect(text.trimEnd().endsWith("Talk: type (interview)")).toBe(true);
  });

  it("reads back what it wrote: literals, particles, dates, archives", () => {
    const [entry] = parseRis(toRis([MINUTE]).text);
    expect(entry!.ok && entry!.item).toMatchObject({ ...MINUTE, id: "Foreign1938Northern" });
  });

  it("a Russian title: TI the romanized original, TT the translation, OP the Cyrillic; read back as such", () => {
    const { text, lost } = toRis([LETTER]);
    expect(text).toContain(
      "TI  - Otvet tovarishchu Ivanovu\nTT  - Reply to Comrade Ivanov\nOP  - Ответ товарищу Иванову",
    );
    // The working title travels as the translation: said, not silently dropped.
    expect(lost[0]!.variables).toEqual(["title (the original title, romanized, takes its place)"]);
    const [entry] = parseRis(text);
    expect(entry!.ok && entry!.item).toMatchObject({
      type: "article-newspaper",
      title: "Otvet tovarishchu Ivanovu",
      "transliterated-title": "Otvet tovarishchu Ivanovu",
      "original-title": "Ответ товарищу Иванову",
      "translated-title": "Reply to Comrade Ivanov",
    });
  });

  it("joins wrapped lines (inside a word at 70 characters), and reports a record without ER", () => {
    const value = "x".repeat(70);
    const entries = parseRis(
      `TY  - BOOK\nTI  - ${value}\nyz and more\nER  - \nTY  - JOUR\nTI  - Open\n\nTY  - NEWS\nTI  - Last\nER  - \n`,
    );
    expect(entries[0]!.ok && entries[0]!.item.title).toBe(`${value}yz and more`);
    expect(entries[1]).toMatchObject({ ok: false, line: 5 });
    expect(entries[1]!.ok || entries[1]!.error).toMatch(
      /line 5 has no end \(ER\) before the next record on line 8/,
    );
    expect(entries[2]).toMatchObject({ ok: true, line: 8 });
  });
});
