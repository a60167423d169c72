import { expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

it("follows same-site paths only", () => {
  expect(safeReturnPath("/projects/abc/claims/x?tab=1")).toBe("/projects/abc/claims/x?tab=1");
  for (const unsafe of ["https://evil.example", "//evil.example", "/\\evil.example", "", null, undefined]) {
    expect(safeReturnPath(unsafe)).toBe("/projects");
  }
});
