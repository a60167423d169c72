import { expect, it } from "vitest";
import { diffSnapshots } from "./changes";

it("lists the fields a reader cares about, not bookkeeping or derived date bounds", () => {
  const before = {
    id: "c",
    version: 1,
    statement: "Old",
    tags: ["a"],
    periodEdtf: "1938",
    periodStart: "1938-01-01",
    updatedAt: "x",
  };
  const after = {
    id: "c",
    version: 2,
    statement: "New",
    tags: ["a"],
    periodEdtf: "1938-02",
    periodStart: "1938-02-01",
    updatedAt: "y",
  };
  expect(diffSnapshots(before, after)).toEqual([
    { field: "periodEdtf", before: "1938", after: "1938-02" },
    { field: "statement", before: "Old", after: "New" },
  ]);
});
