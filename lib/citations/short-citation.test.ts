import { expect, it } from "vitest";
import { shortCitation } from "./short-citation";

const base = { containerTitle: null, issuedEdtf: null, archive: null, archiveLocation: null };

it("cites a newspaper article with author, quoted title, paper and date in words", () => {
  expect(
    shortCitation({
      ...base,
      kind: "newspaper_article",
      title: "Reply to Comrade Ivanov",
      authors: [{ family: "Stalin", given: "I. V.", literal: null }],
      containerTitle: "Pravda",
      issuedEdtf: "1938-02",
    }),
  ).toBe("Stalin, “Reply to Comrade Ivanov”, Pravda, February 1938");
});

it("cites an archival minute with its location and archive, and a corporate author", () => {
  expect(
    shortCitation({
      ...base,
      kind: "minute",
      title: "Minute on Stalin's letter",
      authors: [{ family: null, given: null, literal: "Foreign Office, Northern Department" }],
      issuedEdtf: "1938-02~",
      archive: "The National Archives",
      archiveLocation: "FO 371/22286, f. 14",
    }),
  ).toBe(
    "Foreign Office, Northern Department, “Minute on Stalin's letter”, c. February 1938, FO 371/22286, f. 14, The National Archives",
  );
});

it("leaves a book's title unquoted", () => {
  expect(
    shortCitation({
      ...base,
      kind: "book",
      title: "Stalin's Drive to the West",
      authors: [],
      issuedEdtf: "1995",
    }),
  ).toBe("Stalin's Drive to the West, 1995");
});
