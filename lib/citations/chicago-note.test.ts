import { describe, expect, it } from "vitest";
import { chicagoNote, type NoteSource, noteText } from "./chicago-note";

const base: NoteSource = {
  kind: "other",
  title: "",
  authors: [],
  recipients: [],
  editors: [],
  containerTitle: null,
  issuedEdtf: null,
  volume: null,
  issue: null,
  edition: null,
  publisher: null,
  publisherPlace: null,
  archive: null,
  archivePlace: null,
  archiveLocation: null,
  url: null,
};

const person = (given: string, family: string) => ({ given, family, literal: null });
const body = (literal: string) => ({ given: null, family: null, literal });

describe("chicagoNote", () => {
  it("a newspaper article: given name first, the comma inside the quotation marks, the paper in italics", () => {
    const runs = chicagoNote({
      ...base,
      kind: "newspaper_article",
      title: "Reply to Comrade Ivanov",
      authors: [person("I. V.", "Stalin")],
      containerTitle: "Pravda",
      publisherPlace: "Moscow",
      issuedEdtf: "1938-02",
    });
    expect(noteText(runs)).toBe("I. V. Stalin, “Reply to Comrade Ivanov,” Pravda (Moscow), February 1938.");
    expect(runs.filter((run) => run.italic).map((run) => run.text)).toEqual(["Pravda"]);
  });

  it("a descriptive title in square brackets takes no quotation marks", () => {
    const note = noteText(
      chicagoNote(
        {
          ...base,
          kind: "newspaper_article",
          title: "[Report of Stalin's reply to Ivanov]",
          containerTitle: "The Times",
          publisherPlace: "London",
          issuedEdtf: "1938-02",
        },
        "p. 14",
      ),
    );
    expect(note).toBe("[Report of Stalin's reply to Ivanov], Times (London), February 1938, p. 14.");
  });

  it("a book: italic title, place, publisher and year in parentheses, then the page", () => {
    const runs = chicagoNote(
      {
        ...base,
        kind: "book",
        title: "Stalin's Drive to the West, 1938-1945: The Origins of the Cold War",
        authors: [person("R. C.", "Raack")],
        publisher: "Stanford University Press",
        publisherPlace: "Stanford, CA",
        issuedEdtf: "1995",
      },
      "12",
    );
    expect(noteText(runs)).toBe(
      "R. C. Raack, Stalin's Drive to the West, 1938-1945: The Origins of the Cold War (Stanford, CA: Stanford University Press, 1995), 12.",
    );
    expect(runs.find((run) => run.italic)?.text).toBe(
      "Stalin's Drive to the West, 1938-1945: The Origins of the Cold War",
    );
  });

  it("an archival dispatch: author to recipient, reference and repository; a folio already in the reference is not repeated", () => {
    const note = noteText(
      chicagoNote(
        {
          ...base,
          kind: "dispatch",
          title: "[Dispatch on Stalin's reply to Ivanov]",
          authors: [body("British Embassy, Moscow")],
          recipients: [body("Foreign Office")],
          issuedEdtf: "1938-02",
          archive: "The National Archives",
          archivePlace: "Kew",
          archiveLocation: "FO 371/22286, f. 12",
        },
        "f. 12",
      ),
    );
    expect(note).toBe(
      "British Embassy, Moscow, to Foreign Office, Dispatch on Stalin's reply to Ivanov, February 1938, FO 371/22286, f. 12, The National Archives, Kew.",
    );
  });

  it("a chapter and a journal article", () => {
    expect(
      noteText(
        chicagoNote(
          {
            ...base,
            kind: "chapter",
            title: "Moscow in 1938",
            authors: [person("A.", "Writer")],
            editors: [person("B.", "Editor")],
            containerTitle: "Soviet Diplomacy",
            publisher: "Press",
            publisherPlace: "London",
            issuedEdtf: "2001",
          },
          "45",
        ),
      ),
    ).toBe("A. Writer, “Moscow in 1938,” in Soviet Diplomacy, ed. B. Editor (London: Press, 2001), 45.");
    expect(
      noteText(
        chicagoNote(
          {
            ...base,
            kind: "journal_article",
            title: "Who Read Stalin?",
            authors: [person("A.", "One"), person("B.", "Two"), person("C.", "Three")],
            containerTitle: "Slavic Review",
            volume: "54",
            issue: "2",
            issuedEdtf: "1995",
          },
          "301",
        ),
      ),
    ).toBe("A. One, B. Two, and C. Three, “Who Read Stalin?” Slavic Review 54, no. 2 (1995): 301.");
  });

  it("four or more authors: the first and et al., with no doubled full stop at the end", () => {
    const note = noteText(
      chicagoNote({
        ...base,
        title: "A Title",
        authors: [person("A.", "A"), person("B.", "B"), person("C.", "C"), person("D.", "D")],
      }),
    );
    expect(note).toBe("A. A et al., “A Title.”");
  });
});
