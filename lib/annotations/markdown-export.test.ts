import { expect, it } from "vitest";
import { annotationsToMarkdown } from "./markdown-export";
import type { MyAnnotation } from "./types";

const note = (overrides: Partial<MyAnnotation>): MyAnnotation => ({
  id: "a1",
  body: "Compare with the **FO minute**.",
  visibility: "private",
  author: null,
  createdAt: "1938-02-14T10:00:00.000Z",
  updatedAt: "1938-02-14T10:00:00.000Z",
  version: 1,
  selector: null,
  project: { id: "p", name: "Stalin's letter" },
  target: {
    kind: "passage",
    id: "x",
    label: "“not final”",
    href: "/x",
    citation: "Stalin, “Reply to Comrade Ivanov”, Pravda, February 1938, p. 1",
  },
  replyCount: 0,
  ...overrides,
});

it("groups notes by project, cites what each annotates, and keeps the Markdown body", () => {
  const markdown = annotationsToMarkdown(
    [
      note({}),
      note({
        id: "a2",
        visibility: "shared",
        replyCount: 2,
        target: { kind: "claim", id: "c", label: "C5 Stalin meant…", href: "/c", citation: null },
      }),
    ],
    new Date("2026-11-27T00:00:00Z"),
  );
  expect(markdown).toContain("## Stalin's letter");
  expect(markdown).toContain(
    "### Passage: “not final”\n\nSource: Stalin, “Reply to Comrade Ivanov”, Pravda, February 1938, p. 1",
  );
  expect(markdown).toContain("*Private · 14 February 1938*");
  expect(markdown).toContain("*Shared with the project · 14 February 1938 · 2 replies*");
  expect(markdown).toContain("Compare with the **FO minute**.");
  expect(markdown.match(/## Stalin's letter/g)).toHaveLength(1);
});
