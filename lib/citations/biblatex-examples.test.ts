import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseBibtex } from "./bibtex";
import { planImport } from "./import-plan";
import type { CslItem } from "./render";

// The biblatex package's own example database (tests/fixtures/README.md), a real file that nobody
// here wrote, imported whole. Every expected value below was written by reading the .bib file,
// not by copying what the parser returns.

const FILE = readFileSync(path.join(process.cwd(), "tests/fixtures/biblatex-examples.bib"), "utf8");
const parsed = parseBibtex(FILE);
const plan = planImport(parsed, []);
const items = new Map<string, CslItem>();
for (const entry of parsed) if (entry.ok) items.set(entry.label!, entry.item);

/** Each entry of the file as written: its type, key and raw fields (for the checks of every entry). */
const raw = [...FILE.matchAll(/^@(\w+)\{([^,\s]+),([\s\S]*?)\n\}/gm)].map(([, type, key, body]) => ({
  type: type!.toLowerCase(),
  key: key!,
  field: (name: string) =>
    new RegExp(`^\\s*${name}\\s*=\\s*\\{?([^},\\n]+)\\}?,?\\s*$`, "m").exec(body!)?.[1]?.trim() ?? null,
}));

const NOCASE = (text: string) => `<span class="nocase">${text}</span>`;

describe("biblatex-examples.bib", () => {
  it("has 92 entries: 90 sources and 2 @set groups, and none fails", () => {
    expect(raw).toHaveLength(92);
    expect(parsed).toHaveLength(92);
    expect(parsed.filter((entry) => entry.ok)).toHaveLength(90);
    expect(parsed.filter((entry) => !entry.ok && entry.error !== undefined)).toEqual([]);
    expect(plan.filter((entry) => entry.status === "error")).toEqual([]);
  });

  it("skips the two @set entries and says why: their members are imported on their own", () => {
    const skipped = plan.filter((entry) => entry.status === "skipped");
    expect(skipped.map((entry) => [entry.label, entry.skipped])).toEqual([
      [
        "set",
        "A BibLaTeX @set: it groups the entries herrmann, aksin, yoon, which are imported on their own.",
      ],
      [
        "stdmodel",
        "A BibLaTeX @set: it groups the entries glashow, weinberg, salam, which are imported on their own.",
      ],
    ]);
    for (const member of ["herrmann", "aksin", "yoon", "glashow", "weinberg", "salam"])
      expect(plan.find((entry) => entry.label === member)?.status).toBe("new");
  });

  it("marks as duplicates only the four entries that repeat another entry of the file", () => {
    const duplicates = plan
      .filter((entry) => entry.status === "duplicate")
      .map((entry) => [entry.label, plan[entry.duplicateOf!.entryIndex!]!.label, entry.duplicateOf!.reason]);
    expect(duplicates).toEqual([
      // The same five-volume work with the same fields, only `related` added to point at its volumes.
      ["knuth:ct:related", "knuth:ct", "title"],
      // The 1997 Dover reprint twice: once with origyear/origpublisher, once with `related`.
      ["kullback:related", "kullback:reprint", "title"],
      // The same 1909 book, only `related` added to point at its translation.
      ["vangennep:related", "vangennep", "title"],
      // "the same item given as an online entry" (the file's own annotation of baez/online).
      ["baez/online", "baez/article", "title"],
    ]);
    expect(plan.filter((entry) => entry.status === "new")).toHaveLength(86);
  });

  it("never takes a part for a duplicate of the book it is in (crossref or a shared ISBN)", () => {
    // gaonkar:in repeats its collection's ISBN; westfahl:space inherits everything through crossref.
    for (const part of ["gaonkar:in", "westfahl:space", "kant:kpv", "kant:ku", "nietzsche:historie"])
      expect(plan.find((entry) => entry.label === part)?.status, part).toBe("new");
    expect(items.get("gaonkar:in")).toMatchObject({ ISBN: "0-822-32714-7", type: "chapter" });
    expect(items.get("gaonkar")).toMatchObject({ ISBN: "0-822-32714-7", type: "book" });
  });

  it("gives every entry the CSL type of its entry type, a title without LaTeX, and its date", () => {
    const typeOf: Record<string, string> = {
      article: "article-journal",
      book: "book",
      collection: "book",
      manual: "book",
      incollection: "chapter",
      inbook: "chapter",
      inproceedings: "paper-conference",
      online: "webpage",
      patent: "patent",
      periodical: "periodical",
      report: "report",
      thesis: "thesis",
    };
    const dateOf = (value: string | null) =>
      value?.split("/").map((part) => part.split("-").map(Number)) ?? undefined;
    for (const entry of raw.filter((entry) => entry.type !== "set")) {
      const item = items.get(entry.key)!;
      expect(item.type, entry.key).toBe(typeOf[entry.type]);
      expect(item.title, entry.key).toMatch(/\p{L}/u);
      expect(item.title, entry.key).not.toMatch(/[\\{}~]|--/);
      const parent = raw.find((other) => other.key === entry.field("crossref"));
      const date = entry.field("date") ?? entry.field("year") ?? parent?.field("date") ?? null;
      expect((item.issued as { "date-parts"?: number[][] } | undefined)?.["date-parts"], entry.key).toEqual(
        dateOf(date),
      );
    }
  });

  // Key, CSL type, title exactly as the entry gives it (subtitle joined with a colon; LaTeX read:
  // ~ a space, -- an en dash, \mkbibquote quotation marks, braced words kept from case changes),
  // and the date.
  const TABLE: [string, string, string, number[][]][] = [
    [
      "aksin",
      "article-journal",
      "Effect of immobilization on catalytic characteristics of saturated Pd-N-heterocyclic carbenes in Mizoroki-Heck reactions",
      [[2006]],
    ],
    [
      "angenendt",
      "article-journal",
      "In Honore Salvatoris – Vom Sinn und Unsinn der Patrozinienkunde",
      [[2002]],
    ],
    ["bertram", "article-journal", "Gromov invariants for holomorphic maps on Riemann surfaces", [[1996]]],
    ["doody", "article-journal", "Hemingway's Style and Jake's Narration", [[1974]]],
    [
      "herrmann",
      "article-journal",
      "A carbocyclic carbene as an efficient catalyst ligand for C–C coupling reactions",
      [[2006]],
    ],
    [
      "kastenholz",
      "article-journal",
      "Computation of methodology-independent ionic solvation free energies from molecular simulations: I. The electrostatic potential in molecular liquids",
      [[2006]],
    ],
    [
      "murray",
      "article-journal",
      `Alkanethiolate gold cluster molecules with core diameters from 1.5 to 5.2 ${NOCASE("nm")}: Core and monolayer properties as a function of core size`,
      [[1998]],
    ],
    [
      "sarfraz",
      "article-journal",
      `Technical section: ${NOCASE("An")} algorithm for automatic capturing of the font outlines`,
      [[2002]],
    ],
    [
      "shore",
      "article-journal",
      "Twice-Born, Once Conceived: Meaning Construction and Cultural Cognition",
      [[1991, 3]],
    ],
    [
      "spiegelberg",
      "article-journal",
      "“Intention” und “Intentionalität” in der Scholastik, bei Brentano und Husserl",
      [[1969]],
    ],
    ["reese", "article-journal", "Georgia in Anglo-Spanish Diplomacy, 1736-1739", [[1958]]],
    ["moore:related", "article-journal", "Cramming more components onto integrated circuits", [[1998]]],
    ["aristotle:poetics", "book", "Poetics", [[1968]]],
    [
      "averroes/hannes",
      "book",
      "Des Averroës Abhandlung: “Über die Möglichkeit der Conjunktion” oder “Über den materiellen Intellekt”",
      [[1892]],
    ],
    [
      "averroes/hercz",
      "book",
      "Drei Abhandlungen über die Conjunction des separaten Intellects mit dem Menschen: Von Averroes (Vater und Sohn), aus dem Arabischen übersetzt von Samuel Ibn Tibbon",
      [[1869]],
    ],
    ["cicero", "book", "De natura deorum. Über das Wesen der Götter", [[1995]]],
    [
      "gerhardt",
      "book",
      "The Federal Appointments Process: A Constitutional and Historical Analysis",
      [[2000]],
    ],
    ["iliad", "book", "Die Ilias", [[2004]]],
    ["knuth:ct", "book", "Computers & Typesetting", [[1984], [1986]]],
    ["knuth:ct:a", "book", "The TeXbook", [[1984]]],
    ["knuth:ct:b", "book", "TeX: The Program", [[1986]]],
    [
      "nietzsche:ksa1",
      "book",
      "Die Geburt der Tragödie. Unzeitgemäße Betrachtungen I–IV. Nachgelassene Schriften 1870–1973",
      [[1988]],
    ],
    ["nussbaum", "book", "Aristotle's “De Motu Animalium”", [[1978]]],
    ["piccato", "book", "City of Suspects: Crime in Mexico City, 1900–1931", [[2001]]],
    ["vazques-de-parga", "book", "Las Peregrinaciones a Santiago de Compostela", [[1993]]],
    ["britannica", "book", "The New Encyclopædia Britannica", [[2003]]],
    [
      "jaffe",
      "book",
      'Regesta Pontificum Romanorum ab condita ecclesia ad annum post Christum natum <span style="font-variant:small-caps;">mcxcviii</span>',
      [[1885], [1888]],
    ],
    [
      "westfahl:space",
      "chapter",
      "The True Frontier: Confronting and Avoiding the Realities of Space in American Science Fiction Films",
      [[2000]],
    ],
    ["gaonkar:in", "chapter", "On Alternative Modernities", [[2001]]],
    ["kant:kpv", "chapter", "Kritik der praktischen Vernunft", [[1968]]],
    [
      "nietzsche:historie",
      "chapter",
      "Unzeitgemässe Betrachtungen. Zweites Stück: Vom Nutzen und Nachtheil der Historie für das Leben",
      [[1988]],
    ],
    ["brandt", "chapter", "Die nordischen Länder von der Mitte des 11. Jahrhunderts bis 1448", [[1987]]],
    [
      "moraux",
      "paper-conference",
      "Le <i>De Anima</i> dans la tradition grècque: Quelques aspects de l'interpretation du traité, de Theophraste à Themistius",
      [[1979]],
    ],
    ["salam", "paper-conference", "Weak and Electromagnetic Interactions", [[1968]]],
    [
      "cms",
      "book",
      "The Chicago Manual of Style: The Essential Guide for Writers, Editors, and Publishers",
      [[2003]],
    ],
    ["ctan", "webpage", "CTAN: The Comprehensive TeX Archive Network", [[2006]]],
    ["markey", "webpage", "Tame the BeaST: The B to X of BibTeX", [[2005, 10, 16]]],
    ["itzhaki", "webpage", "Some remarks on 't Hooft's S-matrix for black holes", [[1996, 3, 11]]],
    ["almendro", "patent", "Elektromagnetisches Signalhorn", [[1998]]],
    [
      "kowalik",
      "patent",
      "Estimateur d'un défaut de fonctionnement d'un modulateur en quadrature et étage de modulation l'utilisant",
      [[1995, 1, 11]],
    ],
    ["laufenberg", "patent", "Elektrische Einrichtung und Betriebsverfahren", [[2006, 9, 13]]],
    ["sorace", "patent", "High-Speed Digital-to-RF Converter", [[1997, 9, 16]]],
    ["jcg", "periodical", "Computers and Graphics", [[2011]]],
    [
      "chiu",
      "report",
      "A Hybrid Hierarchical Model of a Multiple Virtual Storage (MVS) Operating System",
      [[1978]],
    ],
    ["padhye", "report", "A Stochastic Model of TCP Reno Congestion Avoidance and Control", [[1999]]],
    [
      "geer",
      "thesis",
      "Earl, Saint, Bishop, Skald – and Music: The Orkney Earldom of the Twelfth Century. A Musicological Study",
      [[1985]],
    ],
    ["loh", "thesis", "High-Resolution Micromachined Interferometric Accelerometer", [[1992]]],
  ];

  it.each(TABLE)("%s: %s “%s”", (key, type, title, date) => {
    expect(items.get(key)).toMatchObject({ type, title, issued: { "date-parts": date } });
  });

  it("theses, reports, patents, periodicals and online entries: readable genres, places, numbers", () => {
    expect(items.get("geer")).toMatchObject({
      genre: "PhD thesis",
      publisher: "Uppsala Universitet",
      "publisher-place": "Uppsala",
    });
    expect(items.get("loh")).toMatchObject({ genre: "Master's thesis" });
    expect(items.get("chiu")).toMatchObject({
      genre: "Research report",
      number: "RC-6947",
      publisher: "IBM",
    });
    expect(items.get("padhye")).toMatchObject({ genre: "Technical report", number: "99-02" });
    expect(items.get("almendro")).toMatchObject({
      number: "EU-29702195U",
      "publisher-place": "France; United Kingdom; Germany",
    });
    expect(items.get("kowalik")).toMatchObject({ genre: "French patent request", number: "9500261" });
    expect(items.get("laufenberg")).toMatchObject({ genre: "European patent" });
    expect(items.get("sorace")).toMatchObject({ genre: "U.S. patent" });
    expect(items.get("jcg")).toMatchObject({
      volume: "35",
      issue: "4",
      ISSN: "0097-8493",
      "volume-title": `Semantic ${NOCASE("3D")} Media and Content`,
    });
    expect(items.get("ctan")).toMatchObject({
      URL: "http://www.ctan.org",
      accessed: { "date-parts": [[2006, 10, 1]] },
    });
    expect(items.get("itzhaki")).toMatchObject({ URL: "https://arxiv.org/abs/hep-th/9603067" });
    // Lists of places; series as words (a key, or an integer printed as an ordinal).
    expect(items.get("iliad")!["publisher-place"]).toBe("Düsseldorf; Zürich");
    expect(items.get("nietzsche:ksa")!["publisher-place"]).toBe("München; Berlin; New York");
    expect(items.get("gillies")!["collection-title"]).toBe("new series");
    expect(items.get("reese")!["collection-title"]).toBe("3rd series");
    // {and} in a publisher only keeps biblatex from splitting it; it is not case protection.
    expect(items.get("coleridge")!.publisher).toBe("Routledge and Kegan Paul");
  });

  it("a crossref child takes its parent's fields as biblatex does; names keep their particles", () => {
    expect(items.get("westfahl:space")).toMatchObject({
      "container-title": "Space and Beyond: The Frontier Theme in Science Fiction",
      editor: [{ family: "Westfahl", given: "Gary" }],
      publisher: "Greenwood",
      "publisher-place": "Westport, Conn.; London",
      page: "55-65",
    });
    // useprefix (vangennep) against useprefix=false (brandt, geer): "van Gennep", "Brandt, Ahasver von".
    expect(items.get("vangennep")!.author).toEqual([
      { family: "Gennep", given: "Arnold", "non-dropping-particle": "van" },
    ]);
    expect(items.get("brandt")!.author).toEqual([
      { family: "Brandt", given: "Ahasver", "dropping-particle": "von" },
      { family: "Hoffmann", given: "Erich" },
    ]);
  });
});
