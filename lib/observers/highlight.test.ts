import { expect, it } from "vitest";
import { splitAtPhrase } from "./highlight";

it("finds a quoted phrase in its passage, whatever its case, spacing or apostrophes", () => {
  const passage =
    "… victory of socialism in one country … victory of socialism in our country is not final …";
  expect(splitAtPhrase(passage, "Victory of socialism  in our country is not final")).toEqual([
    "… victory of socialism in one country … ",
    "victory of socialism in our country is not final",
    " …",
  ]);
  expect(splitAtPhrase("the proletariat’s help", "proletariat's help")).toEqual([
    "the ",
    "proletariat’s help",
    "",
  ]);
});

it("answers null for a phrase that is not in the text, and does not read the phrase as a pattern", () => {
  expect(splitAtPhrase("Нужно усилить и укрепить", "in case of a military attack")).toBeNull();
  expect(splitAtPhrase("a (b) c", "(b)")).toEqual(["a ", "(b)", " c"]);
  expect(splitAtPhrase("anything", "  ")).toBeNull();
});
