import { describe, expect, it } from "vitest";
import { moveDown, moveUp, shiftDepth } from "./outline";

const outline = (spec: string) =>
  spec
    .trim()
    .split("\n")
    .map((line) => ({ id: line.trim(), depth: (line.length - line.trimStart().length) / 2 }));
const show = (points: { id: string; depth: number }[]) =>
  points.map((point) => `${"  ".repeat(point.depth)}${point.id}`).join("\n");

const chapter = outline(`
A
  a1
  a2
B
  b1
`);

describe("outline moves", () => {
  it("moves a point up past its sibling, with the points under it", () => {
    expect(show(moveUp(chapter, 3))).toBe(
      show(
        outline(`
B
  b1
A
  a1
  a2
`),
      ),
    );
  });

  it("moves a point down past the next sibling's subtree", () => {
    expect(show(moveDown(chapter, 1))).toBe(
      show(
        outline(`
A
  a2
  a1
B
  b1
`),
      ),
    );
  });

  it("does not move a first child above its parent, or a last one below its parent's sibling", () => {
    expect(moveUp(chapter, 1)).toBe(chapter);
    expect(moveDown(chapter, 2)).toBe(chapter);
  });

  it("indents under the point above and outdents back, with the subtree", () => {
    const indented = shiftDepth(chapter, 3, 1, 5);
    expect(show(indented)).toBe(
      show(
        outline(`
A
  a1
  a2
  B
    b1
`),
      ),
    );
    expect(show(shiftDepth(indented, 3, -1, 5))).toBe(show(chapter));
  });

  it("refuses an indent deeper than one level under the point above, and past the maximum", () => {
    expect(shiftDepth(chapter, 2, 1, 5)).not.toBe(chapter);
    expect(shiftDepth(shiftDepth(chapter, 2, 1, 5), 2, 1, 5).map((p) => p.depth)).toEqual([0, 1, 2, 0, 1]);
    expect(shiftDepth(chapter, 0, 1, 5)).toBe(chapter);
    expect(shiftDepth(chapter, 1, 1, 1)).toBe(chapter);
  });
});
