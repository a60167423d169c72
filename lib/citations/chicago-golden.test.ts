import { afterAll, describe, expect, it } from "vitest";
import type { CitationScript } from "@/lib/db/generated/enums";
import { cslDirectory } from "@/lib/env";
import { closeFormatPool } from "./format-pool";
import { formatBibliography, formatNotes, type NoteCite } from "./formatting";
import { followsChicago, itemForStyle } from "./item-for-style";
import type { CslItem } from "./render";
import { loadStyleCatalog, resolveStyle } from "./styles";

// The golden set: every kind of source the app offers, in English, French and Russian, cited by
// the styles Apparatus ships, compared with the strings the manuals' rules give. Each expected
// string is written from the rule named in the test (the Chicago Manual of Style, 17th edition,
// by section; APA 7th; the MLA Handbook, 9th edition), not copied from the formatter's output.
// The styles are the bundled files, so the set runs the same on every machine.

process.env.CITATION_WORKERS = "0";
afterAll(closeFormatPool);

const catalog = loadStyleCatalog(cslDirectory());
const CHICAGO = "apparatus-chicago-fullnote-bibliography";

/** A book cited in between, so that the second note of a source is a short note, not "Ibid.". */
const OTHER: CslItem = {
  id: "other",
  type: "book",
  title: "Another Book",
  author: [{ family: "Other", given: "A." }],
  issued: { "date-parts": [[2000]] },
};

interface Forms {
  note: string;
  short?: string;
  bibliography?: string;
}

async function cite(
  item: CslItem,
  options: { style?: string; script?: CitationScript; locator?: string; label?: string } = {},
): Promise<Required<Forms>> {
  const style = resolveStyle(catalog, options.style ?? CHICAGO);
  const target = { style, locale: "en-US" };
  const styled = itemForStyle(item, { script: options.script, chicago: followsChicago(style) });
  const cited: NoteCite = {
    id: item.id,
    ...(options.locator ? { locator: options.locator, label: options.label ?? "page" } : {}),
  };
  const [note, , short] = await formatNotes(target, [styled, OTHER], [[cited], [{ id: OTHER.id }], [cited]]);
  const { entries } = await formatBibliography(target, [styled]);
  return { note: note!, short: short!, bibliography: entries[0]!.html };
}

async function expectForms(item: CslItem, forms: Forms, options: Parameters<typeof cite>[1] = {}) {
  const got = await cite(item, options);
  expect(got.note).toBe(forms.note);
  if (forms.short !== undefined) expect(got.short).toBe(forms.short);
  if (forms.bibliography !== undefined) expect(got.bibliography).toBe(forms.bibliography);
}

// ─── The sources ─────────────────────────────────────────────────────────────────────────────

const RAACK: CslItem = {
  id: "raack",
  type: "book",
  title: "Stalin's Drive to the West, 1938-1945: The Origins of the Cold War",
  author: [{ family: "Raack", given: "R. C." }],
  publisher: "Stanford University Press",
  "publisher-place": "Stanford, CA",
  issued: { "date-parts": [[1995]] },
  language: "en",
};

const FONTAINE: CslItem = {
  id: "fontaine",
  type: "book",
  title: "Histoire de la guerre froide",
  "translated-title": "History of the Cold War",
  author: [{ family: "Fontaine", given: "André" }],
  publisher: "Fayard",
  "publisher-place": "Paris",
  issued: { "date-parts": [[1965]] },
  language: "fr",
};

const PONOMAREV: CslItem = {
  id: "ponomarev",
  type: "book",
  // The working title is the historian's English; the original is what Chicago cites.
  title: "History of Soviet foreign policy",
  "original-title": "История внешней политики СССР",
  author: [{ family: "Ponomarev", given: "B. N." }],
  publisher: "Nauka",
  "publisher-place": "Moscow",
  issued: { "date-parts": [[1980]] },
  language: "ru",
};

const ROBERTS: CslItem = {
  id: "roberts",
  type: "chapter",
  title: "The Soviet Union and the Munich Crisis",
  author: [{ family: "Roberts", given: "Geoffrey" }],
  editor: [
    { family: "Lukes", given: "Igor" },
    { family: "Goldstein", given: "Erik" },
  ],
  "container-title": "The Munich Crisis, 1938: Prelude to World War II",
  publisher: "Frank Cass",
  "publisher-place": "London",
  issued: { "date-parts": [[1999]] },
  page: "138-62",
  language: "en",
};

const HASLAM: CslItem = {
  id: "haslam",
  type: "article-journal",
  title: "Soviet Policy in 1938",
  author: [{ family: "Haslam", given: "Jonathan" }],
  "container-title": "Journal of Modern History",
  volume: "51",
  issue: "3",
  page: "383-402",
  issued: { "date-parts": [[1979, 9]] },
  language: "en",
};

const DURANTY: CslItem = {
  id: "duranty",
  type: "article-newspaper",
  title: "Stalin Answers a Komsomol",
  author: [{ family: "Duranty", given: "Walter" }],
  "container-title": "New York Times",
  issued: { "date-parts": [[1938, 2, 15]] },
  language: "en",
};

const TIMES_HEADLINE: CslItem = {
  id: "times-headline",
  type: "article-newspaper",
  title: "Soviet Aims Abroad",
  "container-title": "The Times",
  "publisher-place": "London",
  issued: { "date-parts": [[1938, 2, 15]] },
  language: "en",
};

const TIMES_REPORT: CslItem = {
  id: "times-report",
  type: "article-newspaper",
  title: "[Report of Stalin's reply to Ivanov]",
  "container-title": "The Times",
  "publisher-place": "London",
  issued: { "date-parts": [[1938, 2]] },
  language: "en",
};

const JOURNAL_DE_MOSCOU: CslItem = {
  id: "jdm",
  type: "article-newspaper",
  title: "Réponse au camarade Ivanov",
  "translated-title": "Reply to Comrade Ivanov",
  author: [{ family: "Stalin", given: "I. V." }],
  "container-title": "Le Journal de Moscou",
  issued: { "date-parts": [[1938, 2, 22]] },
  language: "fr",
};

const PRAVDA: CslItem = {
  id: "pravda",
  type: "article-newspaper",
  title: "Reply to Comrade Ivanov",
  "original-title": "Ответ товарищу Иванову",
  author: [{ family: "Stalin", given: "I. V." }],
  "container-title": "Pravda",
  "original-container-title": "Правда",
  "publisher-place": "Moscow",
  issued: { "date-parts": [[1938, 2, 14]] },
  language: "ru",
};

const MAISKY: CslItem = {
  id: "maisky",
  type: "letter",
  genre: "Letter",
  author: [{ family: "Maisky", given: "Ivan" }],
  recipient: [{ family: "Vansittart", given: "Robert" }],
  issued: { "date-parts": [[1938, 3, 2]] },
  archive: "The National Archives",
  "archive-place": "Kew",
  archive_location: "FO 371/22286",
  language: "en",
};

const DISPATCH: CslItem = {
  id: "dispatch",
  type: "manuscript",
  genre: "Dispatch",
  title: "[Dispatch on Stalin's reply to Ivanov]",
  author: [{ literal: "British Embassy" }],
  "publisher-place": "Moscow",
  recipient: [{ literal: "Foreign Office" }],
  issued: { "date-parts": [[1938, 2, 16]] },
  archive: "The National Archives",
  "archive-place": "Kew",
  archive_location: "FO 371/22286",
  language: "en",
};

const MINUTE: CslItem = {
  id: "minute",
  type: "manuscript",
  genre: "Minute",
  title: "[Northern Department minute on the Moscow dispatch]",
  author: [{ literal: "Foreign Office, Northern Department" }],
  issued: { "date-parts": [[1938, 2, 21]] },
  archive: "The National Archives",
  "archive-place": "Kew",
  archive_location: "FO 371/22286",
  language: "en",
};

const MEMORANDUM: CslItem = {
  id: "memorandum",
  type: "manuscript",
  genre: "Memorandum",
  title: "Soviet Policy in Europe",
  author: [{ family: "Collier", given: "Laurence" }],
  issued: { "date-parts": [[1938, 3, 5]] },
  archive: "The National Archives",
  "archive-place": "Kew",
  archive_location: "FO 371/22288",
  language: "en",
};

const RGASPI: CslItem = {
  id: "rgaspi",
  type: "manuscript",
  title: "[Note to the Politburo on the reply to Ivanov]",
  author: [{ family: "Litvinov", given: "M. M." }],
  issued: { "date-parts": [[1938, 2, 10]] },
  archive: "RGASPI",
  "archive-place": "Moscow",
  archive_location: "f. 558, op. 11, d. 1120",
  language: "ru",
};

const SPEECH: CslItem = {
  id: "speech",
  type: "speech",
  genre: "Speech",
  title: "Report to the Eighteenth Congress",
  author: [{ family: "Stalin", given: "I. V." }],
  event: "Eighteenth Congress of the All-Union Communist Party (Bolsheviks)",
  "event-place": "Moscow",
  issued: { "date-parts": [[1939, 3, 10]] },
  language: "en",
};

const DISCOVERY: CslItem = {
  id: "discovery",
  type: "webpage",
  title: "FO 371: Foreign Office: Political Departments: General Correspondence from 1906-1966",
  author: [{ literal: "The National Archives" }],
  "container-title": "Discovery",
  URL: "https://discovery.nationalarchives.gov.uk/details/r/C2763",
  accessed: { "date-parts": [[2026, 11, 2]] },
  language: "en",
};

// ─── Chicago notes and bibliography ──────────────────────────────────────────────────────────

describe("Chicago Manual of Style, 17th edition: notes and bibliography", () => {
  it("14.20–14.21, 14.100: a book: full note with its page, bibliography entry", async () => {
    const forms = await cite(RAACK, { locator: "15" });
    expect(forms.note).toBe(
      "R. C. Raack, <i>Stalin’s Drive to the West, 1938-1945: The Origins of the Cold War</i> (Stanford, CA: Stanford University Press, 1995), 15.",
    );
    expect(forms.bibliography).toBe(
      "Raack, R. C. <i>Stalin’s Drive to the West, 1938-1945: The Origins of the Cold War</i>. Stanford, CA: Stanford University Press, 1995.",
    );
  });

  it("14.29–14.33: a short note names the author and at most four key words of the main title, no subtitle, no dates", async () => {
    expect((await cite(RAACK, { locator: "16" })).short).toBe("Raack, <i>Stalin’s Drive</i>, 16.");
  });

  it("14.33: a title of four words or fewer is its own short title, a year in it included", async () => {
    expect((await cite(HASLAM, { locator: "390" })).short).toBe("Haslam, “Soviet Policy in 1938,” 390.");
  });

  it("14.98–99, 11.6: a French book: its title in French, sentence case, the translation in brackets, roman", async () => {
    await expectForms(
      FONTAINE,
      {
        note: "André Fontaine, <i>Histoire de la guerre froide</i> [History of the Cold War] (Paris: Fayard, 1965), 42.",
        // Five words: cut at four, at a word that is not a function word (14.33).
        short: "Fontaine, <i>Histoire de la guerre</i>, 42.",
        bibliography:
          "Fontaine, André. <i>Histoire de la guerre froide</i> [History of the Cold War]. Paris: Fayard, 1965.",
      },
      { locator: "42" },
    );
  });

  it("14.98–99, 11.103: a Russian book: the original title romanized (Library of Congress), the translation in brackets", async () => {
    await expectForms(
      PONOMAREV,
      {
        note: "B. N. Ponomarev, <i>Istoriia vneshnei politiki SSSR</i> [History of Soviet foreign policy] (Moscow: Nauka, 1980), 112.",
        short: "Ponomarev, <i>Istoriia vneshnei politiki SSSR</i>, 112.",
        bibliography:
          "Ponomarev, B. N. <i>Istoriia vneshnei politiki SSSR</i> [History of Soviet foreign policy]. Moscow: Nauka, 1980.",
      },
      { locator: "112" },
    );
  });

  it("14.33: a short title the historian recorded (or an import brought) is used as it is", async () => {
    const forms = await cite({ ...FONTAINE, "title-short": "Guerre froide" }, { locator: "43" });
    expect(forms.short).toBe("Fontaine, <i>Guerre froide</i>, 43.");
  });

  it("14.98: the original script where the project asks for it", async () => {
    const forms = await cite(PONOMAREV, { locator: "112", script: "original" });
    expect(forms.note).toBe(
      "B. N. Ponomarev, <i>История внешней политики СССР</i> [History of Soviet foreign policy] (Moscow: Nauka, 1980), 112.",
    );
  });

  it("14.98: romanized with the original script after it, where the project asks for both", async () => {
    const forms = await cite(PONOMAREV, { locator: "112", script: "both" });
    expect(forms.note).toBe(
      "B. N. Ponomarev, <i>Istoriia vneshnei politiki SSSR (История внешней политики СССР)</i> [History of Soviet foreign policy] (Moscow: Nauka, 1980), 112.",
    );
  });

  it("14.106: a chapter in an edited book: in, eds., the chapter's pages in the bibliography", async () => {
    await expectForms(
      ROBERTS,
      {
        note: "Geoffrey Roberts, “The Soviet Union and the Munich Crisis,” in <i>The Munich Crisis, 1938: Prelude to World War II</i>, ed. Igor Lukes and Erik Goldstein (London: Frank Cass, 1999), 140.",
        short: "Roberts, “Soviet Union,” 140.",
        bibliography:
          "Roberts, Geoffrey. “The Soviet Union and the Munich Crisis.” In <i>The Munich Crisis, 1938: Prelude to World War II</i>, edited by Igor Lukes and Erik Goldstein, 138–62. London: Frank Cass, 1999.",
      },
      { locator: "140" },
    );
  });

  it("14.171, 9.64: a journal article: volume, number, month and year, page ranges abbreviated", async () => {
    await expectForms(
      HASLAM,
      {
        note: "Jonathan Haslam, “Soviet Policy in 1938,” <i>Journal of Modern History</i> 51, no. 3 (September 1979): 390.",
        bibliography:
          "Haslam, Jonathan. “Soviet Policy in 1938.” <i>Journal of Modern History</i> 51, no. 3 (September 1979): 383–402.",
      },
      { locator: "390" },
    );
  });

  it("14.191: a signed article in an English newspaper, without a page", async () => {
    await expectForms(DURANTY, {
      note: "Walter Duranty, “Stalin Answers a Komsomol,” <i>New York Times</i>, February 15, 1938.",
      short: "Duranty, “Stalin Answers a Komsomol.”",
      bibliography: "Duranty, Walter. “Stalin Answers a Komsomol.” <i>New York Times</i>, February 15, 1938.",
    });
  });

  it("14.191: a signed newspaper article with the page it stands on", async () => {
    expect((await cite(DURANTY, { locator: "12" })).note).toBe(
      "Walter Duranty, “Stalin Answers a Komsomol,” <i>New York Times</i>, February 15, 1938, 12.",
    );
  });

  it("14.193, 14.197: an unsigned article: the headline first in the note, the newspaper without “The” and with its city, listed under the newspaper", async () => {
    await expectForms(TIMES_HEADLINE, {
      note: "“Soviet Aims Abroad,” <i>Times</i> (London), February 15, 1938.",
      short: "“Soviet Aims Abroad.”",
      bibliography: "<i>Times</i> (London). “Soviet Aims Abroad.” February 15, 1938.",
    });
  });

  it("14.193, 14.197: an unsigned article whose headline is not known: its description in brackets, no quotation marks", async () => {
    await expectForms(TIMES_REPORT, {
      note: "[Report of Stalin’s reply to Ivanov], <i>Times</i> (London), February 1938.",
      bibliography: "<i>Times</i> (London). [Report of Stalin’s reply to Ivanov]. February 1938.",
    });
  });

  it("14.98–99, 14.193: a French newspaper: the French headline in sentence case, its translation, the article of the paper’s name kept", async () => {
    await expectForms(JOURNAL_DE_MOSCOU, {
      note: "I. V. Stalin, “Réponse au camarade Ivanov” [Reply to Comrade Ivanov], <i>Le Journal de Moscou</i>, February 22, 1938.",
      short: "Stalin, “Réponse au camarade Ivanov.”",
      bibliography:
        "Stalin, I. V. “Réponse au camarade Ivanov” [Reply to Comrade Ivanov]. <i>Le Journal de Moscou</i>, February 22, 1938.",
    });
  });

  it("14.98–99, 14.193, 11.103: a Russian newspaper: headline and paper romanized, the translation in brackets, the city", async () => {
    await expectForms(
      PRAVDA,
      {
        note: "I. V. Stalin, “Otvet tovarishchu Ivanovu” [Reply to Comrade Ivanov], <i>Pravda</i> (Moscow), February 14, 1938, 1.",
        short: "Stalin, “Otvet tovarishchu Ivanovu,” 1.",
        bibliography:
          "Stalin, I. V. “Otvet tovarishchu Ivanovu” [Reply to Comrade Ivanov]. <i>Pravda</i> (Moscow), February 14, 1938.",
      },
      { locator: "1" },
    );
  });

  it("14.98: a Russian newspaper in the original script, the paper’s name as it is printed", async () => {
    const forms = await cite(PRAVDA, { script: "original" });
    expect(forms.note).toBe(
      "I. V. Stalin, “Ответ товарищу Иванову” [Reply to Comrade Ivanov], <i>Правда</i> (Moscow), February 14, 1938.",
    );
  });

  it("14.221–14.232: a letter in an archive: sender to recipient, date, piece and folio, archive; “letter” implied by “to”", async () => {
    await expectForms(
      MAISKY,
      {
        note: "Ivan Maisky to Robert Vansittart, March 2, 1938, FO 371/22286, fol. 23, The National Archives, Kew.",
        short: "Maisky to Vansittart, March 2, 1938, fol. 23.",
        bibliography:
          "Maisky, Ivan, to Robert Vansittart. March 2, 1938. FO 371/22286. The National Archives, Kew.",
      },
      { locator: "23", label: "folio" },
    );
  });

  it("14.221–14.232, 14.306: a dispatch: sender, place, to recipient, its kind in lower case, then the piece with its folio", async () => {
    await expectForms(
      DISPATCH,
      {
        note: "British Embassy, Moscow, to Foreign Office, dispatch, February 16, 1938, FO 371/22286, fol. 9, The National Archives, Kew.",
        short: "British Embassy to Foreign Office, dispatch, February 16, 1938, fol. 9.",
        bibliography:
          "British Embassy, Moscow, to Foreign Office. Dispatch, February 16, 1938. FO 371/22286. The National Archives, Kew.",
      },
      { locator: "9", label: "folio" },
    );
  });

  it("14.225, 14.306: a minute with a descriptive title: no quotation marks, no headline capitals, the folio after its piece", async () => {
    await expectForms(
      MINUTE,
      {
        note: "Foreign Office, Northern Department, Northern Department minute on the Moscow dispatch, February 21, 1938, FO 371/22286, fol. 14, The National Archives, Kew.",
        short:
          "Foreign Office, Northern Department, Northern Department minute on the Moscow dispatch, February 21, 1938, fol. 14.",
        bibliography:
          "Foreign Office, Northern Department. Northern Department minute on the Moscow dispatch, February 21, 1938. FO 371/22286. The National Archives, Kew.",
      },
      { locator: "14", label: "folio" },
    );
  });

  it("14.225, 14.306: a memorandum with a title of its own: in quotation marks and headline capitals", async () => {
    await expectForms(
      MEMORANDUM,
      {
        note: "Laurence Collier, “Soviet Policy in Europe,” March 5, 1938, FO 371/22288, fol. 31, The National Archives, Kew.",
        short: "Collier, “Soviet Policy in Europe,” fol. 31.",
      },
      { locator: "31", label: "folio" },
    );
  });

  it("14.221–14.232: a document of a Russian archive: fond, opis', delo and list, then the archive", async () => {
    await expectForms(
      RGASPI,
      {
        note: "M. M. Litvinov, Note to the Politburo on the reply to Ivanov, February 10, 1938, f. 558, op. 11, d. 1120, l. 14, RGASPI, Moscow.",
        short: "Litvinov, Note to the Politburo on the reply to Ivanov, February 10, 1938, l. 14.",
      },
      // lib/citations/data.ts gives a Russian archive's leaf the label whose English short form is "l.".
      { locator: "14", label: "line" },
    );
  });

  it("14.217: a speech: its title, then the occasion, place and date in parentheses", async () => {
    await expectForms(SPEECH, {
      note: "I. V. Stalin, “Report to the Eighteenth Congress” (speech, Eighteenth Congress of the All-Union Communist Party (Bolsheviks), Moscow, March 10, 1939).",
      bibliography:
        "Stalin, I. V. “Report to the Eighteenth Congress.” Speech presented at the Eighteenth Congress of the All-Union Communist Party (Bolsheviks), Moscow, March 10, 1939.",
    });
  });

  it("14.206: a web page: its owner, title, site, access date where there is no date of its own, URL", async () => {
    await expectForms(DISCOVERY, {
      note: "The National Archives, “FO 371: Foreign Office: Political Departments: General Correspondence from 1906-1966,” Discovery, accessed November 2, 2026, https://discovery.nationalarchives.gov.uk/details/r/C2763.",
      short: "The National Archives, “FO 371.”",
    });
  });

  it("14.260: a source known only through another: “quoted in”, joined as one sentence", async () => {
    const style = resolveStyle(catalog, CHICAGO);
    const items = [TIMES_HEADLINE, RAACK].map((item) => itemForStyle(item, { chicago: true }));
    const [note] = await formatNotes({ style, locale: "en-US" }, items, [
      [{ id: TIMES_HEADLINE.id }, { id: RAACK.id, prefix: "quoted in", locator: "23", label: "page" }],
    ]);
    expect(note).toBe(
      "“Soviet Aims Abroad,” <i>Times</i> (London), February 15, 1938, quoted in R. C. Raack, <i>Stalin’s Drive to the West, 1938-1945: The Origins of the Cold War</i> (Stanford, CA: Stanford University Press, 1995), 23.",
    );
  });

  it("14.34: Ibid. is not used; a note citing the source of the note before it gives the author and the page", async () => {
    const style = resolveStyle(catalog, CHICAGO);
    const [, second] = await formatNotes(
      { style, locale: "en-US" },
      [itemForStyle(RAACK)],
      [[{ id: RAACK.id, locator: "15", label: "page" }], [{ id: RAACK.id, locator: "16", label: "page" }]],
    );
    expect(second).toBe("Raack, 16.");
  });
});

// ─── Turabian, APA and MLA ───────────────────────────────────────────────────────────────────

describe("Turabian 9th edition (notes and bibliography): Chicago's rules", () => {
  const style = "apparatus-turabian-fullnote-bibliography";

  it("Turabian 16.1.3 (CMOS 14.98–99): a Russian newspaper romanized with its translation", async () => {
    expect((await cite(PRAVDA, { style })).note).toBe(
      "I. V. Stalin, “Otvet tovarishchu Ivanovu” [Reply to Comrade Ivanov], <i>Pravda</i> (Moscow), February 14, 1938.",
    );
  });

  it("Turabian 17.6 (CMOS 14.221–14.232): a dispatch, sender, place, to recipient", async () => {
    expect((await cite(DISPATCH, { style, locator: "9", label: "folio" })).bibliography).toBe(
      "British Embassy, Moscow, to Foreign Office. Dispatch, February 16, 1938. FO 371/22286. The National Archives, Kew.",
    );
  });
});

describe("APA 7th edition", () => {
  const style = "apparatus-apa";

  it("APA 9.38: a title in another language followed by its English translation in square brackets", async () => {
    expect((await cite(FONTAINE, { style })).bibliography).toBe(
      "Fontaine, A. (1965). <i>Histoire de la guerre froide</i> [History of the Cold War]. Fayard.",
    );
    expect((await cite(PRAVDA, { style })).bibliography).toBe(
      "Stalin, I. V. (1938, February 14). Otvet tovarishchu Ivanovu [Reply to Comrade Ivanov]. <i>Pravda</i>.",
    );
  });

  it("APA 9.21: an untitled document's description in square brackets, once", async () => {
    const forms = await cite(MINUTE, { style });
    expect(forms.bibliography).toBe(
      "Foreign Office, Northern Department. (1938). [Northern Department minute on the Moscow dispatch]. FO 371/22286, The National Archives, Kew.",
    );
    expect((await cite(TIMES_REPORT, { style })).note).toBe("([Report of Stalin’s reply to Ivanov], 1938)");
  });
});

describe("MLA Handbook, 9th edition", () => {
  const style = "apparatus-modern-language-association";

  it("MLA 5.? translated titles: the original title, then its translation in square brackets", async () => {
    expect((await cite(JOURNAL_DE_MOSCOU, { style })).bibliography).toBe(
      "Stalin, I. V. “Réponse au camarade Ivanov” [Reply to Comrade Ivanov]. <i>Le Journal de Moscou</i>, 22 Feb. 1938.",
    );
  });

  it("MLA 5.? descriptions: an untitled document described in plain text in place of a title", async () => {
    expect((await cite(MINUTE, { style })).bibliography).toBe(
      "Foreign Office, Northern Department. Northern Department minute on the Moscow dispatch. 21 Feb. 1938. The National Archives, Kew, FO 371/22286.",
    );
  });
});
