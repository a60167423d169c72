import { describe, expect, it } from "vitest";
import { groupItems, interactionKeys } from "./interaction-groups";

describe("interaction groups", () => {
  it("keys: the author's family name (accents, case and particles aside), else what stands in for it", () => {
    expect(
      interactionKeys({
        id: "a",
        author: [{ family: "Müller", given: "J." }],
        editor: [{ family: "Other" }],
      }),
    ).toEqual(["muller"]);
    expect(interactionKeys({ id: "b", author: [{ family: "de la Fontaine" }] })).toEqual(["fontaine"]);
    expect(interactionKeys({ id: "c", editor: [{ family: "Ed" }], translator: [{ family: "Tr" }] })).toEqual([
      "ed",
      "tr",
    ]);
    expect(
      interactionKeys({ id: "d", title: "Report: from Moscow", "container-title": "The Times" }),
    ).toEqual(["report", "report from moscow", "the times"]);
    expect(interactionKeys({ id: "e" })).toEqual(["item:e"]);
    expect(
      interactionKeys({ id: "f", author: [{ family: "A" }, { family: "B" }] }, { allNames: true }),
    ).toEqual(["a", "b"]);
  });

  it("groups items that share any key, transitively; others stay alone", () => {
    const items = [
      { csl: { id: "1", author: [{ family: "Smith" }] } },
      { csl: { id: "2", author: [{ family: "Jones" }] } },
      { csl: { id: "3", author: [{ family: "SMITH" }] } },
      { csl: { id: "4", title: "Jones", "container-title": "Pravda" } },
      { csl: { id: "5", author: [{ literal: "Pravda" }] } },
    ];
    expect(groupItems(items).map((group) => group.map((item) => item.csl.id))).toEqual([
      ["1", "3"],
      ["2", "4", "5"],
    ]);
  });
});
