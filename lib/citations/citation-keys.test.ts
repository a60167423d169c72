import { describe, expect, it } from "vitest";
import { asciiFold, citationKeys } from "./citation-keys";

describe("citation keys", () => {
  it("ASCII from any script: Cyrillic transliterated, accents dropped", () => {
    expect(asciiFold("Сталин Щёголев")).toBe("Stalin Shchegolev");
    expect(asciiFold("Müller Straße Ørsted")).toBe("Muller Strasse orsted");
  });

  it("name, year, first title word; unique; an imported key is kept", () => {
    const keys = citationKeys([
      {
        id: "1",
        author: [{ family: "Сталин" }],
        issued: { "date-parts": [[1938]] },
        title: "Ответ товарищу",
      },
      { id: "2", author: [{ family: "Stalin" }], issued: { "date-parts": [[1938]] }, title: "Otvet" },
      { id: "3", title: "The Times report" },
      { id: "4", "citation-key": "kept:key", title: "x" },
      { id: "5" },
    ]);
    expect(keys).toEqual(["Stalin1938Otvet", "Stalin1938Otveta", "Times", "kept:key", "ref"]);
  });
});
