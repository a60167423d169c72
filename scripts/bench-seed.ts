// npm run bench:seed -- --sources 100000 --claims 50000 --passages 300000 --evidence 500000
//   [--observers 500] [--readings N] [--annotations N] [--seed 1] [--reset]
//
// Fills the benchmark database (scripts/bench-database.ts) with a synthetic project at the scale of
// a career's research: sources in English, French, Russian (Cyrillic), German, Polish and Italian
// with archival references (TNA "FO 371/22286, f. 123", Russian "RGASPI, f. 17, op. 3, d. 1000,
// l. 12"), EDTF dates, contributors, passages with translations, claims with tags, evidence,
// provenance chains up to five levels deep (no cycles: a source derives only from earlier ones),
// observers with readings, comparison questions, and private and shared notes.
// Deterministic: the same arguments make the same rows. Rows go in through multi-row INSERT ...
// SELECT FROM unnest(arrays) in batches inside transactions, with every trigger and constraint of
// the migrations in force (a search index maintained by triggers is filled as it would be).
//
// Findable items for `npm run bench`: claim C1 ("the bench claim") with exactly 200 evidence items
// whose sources each sit four derivations below an origin; a rare word in seven passages; a common
// word in most English passages; Cyrillic words; sources filed under FO 371/22286.

import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { edtfBounds } from "../lib/dates/edtf";
import { applyMigrations } from "../lib/db/tooling/migrations";
import { RELATION_TYPES } from "../lib/sources/schema";
import { transliterateCyrillic } from "../lib/text/transliterate";
import {
  BENCH_PROJECT_ID,
  BENCH_PROJECT_NAME,
  type BenchManifest,
  type BenchSizes,
  MANIFEST_MARKER,
  openBenchDatabase,
  readManifest,
} from "./bench-database";

const { values: args } = parseArgs({
  options: {
    sources: { type: "string", default: "100000" },
    claims: { type: "string", default: "50000" },
    passages: { type: "string", default: "300000" },
    evidence: { type: "string", default: "500000" },
    observers: { type: "string", default: "500" },
    readings: { type: "string" },
    annotations: { type: "string" },
    seed: { type: "string", default: "1" },
    reset: { type: "boolean", default: false },
  },
});

const S = Number(args.sources);
const C = Number(args.claims);
const P = Number(args.passages);
const E = Number(args.evidence);
const O = Number(args.observers);
const sizes: BenchSizes = {
  sources: S,
  claims: C,
  passages: P,
  evidence: E,
  observers: O,
  readings: Number(args.readings ?? Math.max(1000, Math.round(S / 10))),
  annotations: Number(args.annotations ?? Math.max(1000, Math.round(P / 15))),
  seed: Number(args.seed),
};
for (const [name, value] of Object.entries(sizes)) {
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
}
// The bench claim's chain takes 570 sources (200 cited, 370 upstream) and 200 of the evidence items.
if (S < 2000 || C < 100 || P < S || E < 1000 || O < 20) {
  throw new Error(
    "Too small: at least --sources 2000 --claims 100 --passages <sources> --evidence 1000 --observers 20",
  );
}

const BENCH_USER_EMAIL = "bench@example.org";
const BENCH_USER_PASSWORD = "apparatus-bench";
const COLLEAGUE_EMAIL = "bench-colleague@example.org";
const WORDS = { common: "government", rare: "palimpsest", cyrillic: "Коминтерн", archival: "FO 371/22286" };
const RARE_PASSAGES = 7;

// ─── Deterministic randomness: one small generator per entity, so any row can be recomputed ──

function hash32(...parts: number[]): number {
  let h = 0x811c9dc5 ^ sizes.seed;
  for (const part of parts) {
    h = Math.imul(h ^ part, 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
  }
  return h >>> 0;
}

type Rng = () => number;
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAG = {
  source: 1,
  passage: 2,
  claim: 3,
  evidence: 4,
  observer: 5,
  reading: 6,
  annotation: 7,
  relation: 8,
  contributor: 9,
  translation: 10,
  phrase: 11,
  stance: 12,
  question: 13,
  answer: 14,
  layout: 15,
} as const;
const rngFor = (tag: number, index: number) => mulberry32(hash32(tag, index));

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const chance = (rng: Rng, p: number) => rng() < p;

/** A cuid-shaped id (25 characters, starting with "c") that is a pure function of table and index. */
const ID_PREFIX = { source: "s", passage: "p", claim: "k", evidence: "e", observer: "o", reading: "r" };
function entityId(table: keyof typeof TAG, index: number): string {
  const tag = TAG[table];
  const h1 = hash32(tag, index, 1).toString(36).padStart(7, "0");
  const h2 = hash32(tag, index, 2).toString(36).padStart(7, "0");
  const prefix = ID_PREFIX[table as keyof typeof ID_PREFIX] ?? "x";
  return `cb${prefix}${tag.toString(36)}${index.toString(36).padStart(7, "0")}${h1}${h2}`.slice(0, 25);
}

// ─── Vocabulary ──────────────────────────────────────────────────────────────────────────────

const LANGUAGES = ["en", "fr", "ru", "de", "pl", "it"] as const;
type Language = (typeof LANGUAGES)[number];
const LANGUAGE_WEIGHTS = [0.44, 0.15, 0.2, 0.12, 0.045, 0.045];
function pickLanguage(rng: Rng): Language {
  let r = rng();
  for (const [index, weight] of LANGUAGE_WEIGHTS.entries()) {
    r -= weight;
    if (r < 0) return LANGUAGES[index]!;
  }
  return "en";
}

const SENTENCES: Record<
  Language,
  { subjects: string[]; verbs: string[]; objects: string[]; tails: string[] }
> = {
  en: {
    subjects: [
      "The government",
      "The Soviet government",
      "The British government",
      "His Majesty's Government",
      "Comrade Stalin",
      "The Foreign Office",
      "The Embassy",
      "The Comintern",
      "Litvinov",
      "The Northern Department",
      "Our Moscow correspondent",
      "The Politburo",
      "The French government",
      "The Ambassador",
      "Mr. Collier",
      "Lord Chilston",
      "The Daily Worker",
      "The Labour Party",
    ],
    verbs: [
      "declared that",
      "reported that",
      "insisted that",
      "denied that",
      "doubted whether",
      "suggested that",
      "noted that",
      "feared that",
      "minuted that",
      "was told that",
    ],
    objects: [
      "the victory of socialism in one country was not yet final",
      "the capitalist encirclement remained a real danger",
      "the Popular Front would not survive the winter",
      "the trials had shaken confidence in Moscow",
      "the letter was meant for foreign consumption",
      "the international proletariat must come to the aid of the Soviet Union",
      "no change of policy was intended",
      "the statement revived the old doctrine of world revolution",
      "the press had been instructed to reprint the reply in full",
      "the Comintern's sections abroad would read it as an order",
      "the government would not comment on a party document",
      "the purge of the diplomatic service continued",
      "the reply to Ivanov was addressed to the whole world",
      "the Embassy had no means of verifying the report",
    ],
    tails: [
      "",
      "",
      " in February 1938",
      " according to the press",
      " without further comment",
      " in a private conversation",
      " at the Narkomindel",
      " on the evening of the fourteenth",
    ],
  },
  fr: {
    subjects: [
      "Le gouvernement",
      "Le gouvernement soviétique",
      "Staline",
      "Le Komintern",
      "L'ambassadeur",
      "Le correspondant du Temps",
      "Litvinov",
      "Le Quai d'Orsay",
      "M. Coulondre",
      "L'Humanité",
    ],
    verbs: ["a déclaré que", "affirme que", "rapporte que", "estime que", "souligne que", "note que"],
    objects: [
      "la victoire du socialisme n'est pas encore définitive",
      "l'encerclement capitaliste demeure un danger réel",
      "le Front populaire ne survivra pas à l'hiver",
      "les procès ont ébranlé la confiance envers Moscou",
      "aucun changement de politique n'est envisagé",
      "la lettre était destinée à l'étranger",
      "la presse soviétique a reproduit la réponse à Ivanov",
      "les sections de l'Internationale y verront une consigne",
    ],
    tails: ["", "", " en février 1938", " selon la presse", " sans autre commentaire", " à Moscou"],
  },
  ru: {
    subjects: [
      "Советское правительство",
      "Товарищ Сталин",
      "Исполком Коминтерна",
      "Литвинов",
      "Наркоминдел",
      "Корреспондент «Правды»",
      "Политбюро ЦК ВКП(б)",
      "Рабочий класс",
      "Секретариат Коминтерна",
      "Английская печать",
    ],
    verbs: [
      "заявляет, что",
      "подчёркивает, что",
      "сообщает, что",
      "отрицает, что",
      "считает, что",
      "напоминает, что",
    ],
    objects: [
      "победа социализма в нашей стране ещё не окончательна",
      "капиталистическое окружение остаётся реальной опасностью",
      "международный пролетариат должен помочь Советскому Союзу",
      "решения Коминтерна обязательны для всех секций",
      "политика Коминтерна не изменилась",
      "ответ товарищу Иванову обращён ко всему миру",
      "буржуазная печать извращает смысл письма",
      "задачи Коминтерну поставлены ясно",
      "интервенция капиталистических государств возможна",
    ],
    tails: ["", "", " в феврале 1938 года", " по сообщению ТАСС", " без комментариев", " в Москве"],
  },
  de: {
    subjects: [
      "Die Sowjetregierung",
      "Die Regierung",
      "Stalin",
      "Die Komintern",
      "Der Botschafter",
      "Das Auswärtige Amt",
      "Graf von der Schulenburg",
      "Die Frankfurter Zeitung",
    ],
    verbs: ["erklärt, dass", "berichtet, dass", "bestreitet, dass", "befürchtet, dass", "betont, dass"],
    objects: [
      "der Sieg des Sozialismus noch nicht endgültig ist",
      "die kapitalistische Einkreisung eine Gefahr bleibt",
      "die Prozesse das Vertrauen in Moskau erschüttert haben",
      "keine Änderung der Politik beabsichtigt ist",
      "die Volksfront den Winter nicht überstehen wird",
      "der Brief für das Ausland bestimmt war",
      "die Sektionen der Komintern ihn als Weisung lesen werden",
    ],
    tails: ["", "", " im Februar 1938", " laut Presseberichten", " ohne weiteren Kommentar", " in Moskau"],
  },
  pl: {
    subjects: [
      "Rząd sowiecki",
      "Stalin",
      "Komintern",
      "Ambasador",
      "Ministerstwo Spraw Zagranicznych",
      "Gazeta Polska",
    ],
    verbs: ["oświadcza, że", "donosi, że", "zaprzecza, że", "obawia się, że", "podkreśla, że"],
    objects: [
      "zwycięstwo socjalizmu nie jest jeszcze ostateczne",
      "okrążenie kapitalistyczne pozostaje zagrożeniem",
      "procesy podważyły zaufanie do Moskwy",
      "żadna zmiana polityki nie jest zamierzona",
      "list był przeznaczony dla zagranicy",
    ],
    tails: ["", "", " w lutym 1938 roku", " według prasy", " w Moskwie"],
  },
  it: {
    subjects: [
      "Il governo sovietico",
      "Stalin",
      "Il Comintern",
      "L'ambasciatore",
      "Palazzo Chigi",
      "Il Corriere della Sera",
    ],
    verbs: ["dichiara che", "riferisce che", "nega che", "teme che", "sottolinea che"],
    objects: [
      "la vittoria del socialismo non è ancora definitiva",
      "l'accerchiamento capitalistico resta un pericolo",
      "i processi hanno scosso la fiducia in Mosca",
      "nessun cambiamento di politica è previsto",
      "la lettera era destinata all'estero",
      "la città è più tranquilla di quanto si pensasse",
    ],
    tails: ["", "", " nel febbraio 1938", " secondo la stampa", " a Mosca", " però senza commento"],
  },
};

const PLACES = [
  "Moscow",
  "Leningrad",
  "Kiev",
  "Minsk",
  "Warsaw",
  "Berlin",
  "Paris",
  "London",
  "Rome",
  "Prague",
  "Vienna",
  "Riga",
  "Tallinn",
  "Helsinki",
  "Bucharest",
  "Madrid",
  "Barcelona",
  "Geneva",
  "Tokyo",
  "Harbin",
];
const TOPICS = [
  "the Comintern",
  "the Popular Front",
  "collective security",
  "the purges",
  "the Spanish war",
  "the Anti-Comintern Pact",
  "the Franco-Soviet pact",
  "world revolution",
  "socialism in one country",
  "the Moscow trials",
  "the Five-Year Plan",
  "Soviet foreign trade",
  "the League of Nations",
  "the Far East",
  "the Baltic states",
  "the Czechoslovak crisis",
];
const FAMILIES = [
  ["Collier", "Laurence"],
  ["Chilston", "Aretas"],
  ["Maclean", "Fitzroy"],
  ["Vansittart", "Robert"],
  ["Cadogan", "Alexander"],
  ["Sargent", "Orme"],
  ["Coulondre", "Robert"],
  ["Payart", "Jean"],
  ["Schulenburg", "Friedrich-Werner"],
  ["Tippelskirch", "Werner"],
  ["Grzybowski", "Wacław"],
  ["Rosso", "Augusto"],
  ["Davies", "Joseph"],
  ["Kennan", "George"],
  ["Henderson", "Loy"],
  ["Duranty", "Walter"],
  ["Cholerton", "Alfred"],
  ["Werth", "Alexander"],
  ["Chamberlin", "William Henry"],
  ["Lyons", "Eugene"],
];
const RUSSIAN_NAMES: [family: string, given: string, familyLatin: string, givenLatin: string][] = [
  ["Сталин", "Иосиф", "Stalin", "Iosif"],
  ["Литвинов", "Максим", "Litvinov", "Maksim"],
  ["Молотов", "Вячеслав", "Molotov", "Viacheslav"],
  ["Жданов", "Андрей", "Zhdanov", "Andrei"],
  ["Майский", "Иван", "Maiskii", "Ivan"],
  ["Кольцов", "Михаил", "Koltsov", "Mikhail"],
  ["Радек", "Карл", "Radek", "Karl"],
  ["Димитров", "Георгий", "Dimitrov", "Georgii"],
  ["Мануильский", "Дмитрий", "Manuilskii", "Dmitrii"],
  ["Потёмкин", "Владимир", "Potemkin", "Vladimir"],
  ["Иванов", "Иван", "Ivanov", "Ivan"],
  ["Суриц", "Яков", "Surits", "Iakov"],
];
const HISTORIANS: [family: string, given: string, particle?: string][] = [
  ["Raack", "R. C."],
  ["Haslam", "Jonathan"],
  ["Carr", "E. H."],
  ["Roberts", "Geoffrey"],
  ["Kotkin", "Stephen"],
  ["Service", "Robert"],
  ["Fitzpatrick", "Sheila"],
  ["Khlevniuk", "Oleg"],
  ["Gorodetsky", "Gabriel"],
  ["Pons", "Silvio"],
  ["Carley", "Michael Jabara"],
  ["Dullin", "Sabine"],
  ["Wolikow", "Serge"],
  ["Studer", "Brigitte"],
  ["Weber", "Hermann"],
  ["Hildermeier", "Manfred"],
  ["Materski", "Wojciech"],
  ["Andreucci", "Franco"],
  ["Broué", "Pierre"],
  ["Gaulle", "Charles", "de"],
  ["Laue", "Theodore", "von"],
  ["Dongen", "Luc", "van"],
];
const NEWSPAPERS: Record<Language, string[]> = {
  en: [
    "The Times",
    "The Manchester Guardian",
    "Daily Telegraph",
    "The New York Times",
    "Daily Worker",
    "The Observer",
  ],
  fr: ["Le Temps", "L'Humanité", "Le Figaro", "Le Populaire", "Le Petit Parisien"],
  ru: ["Правда", "Известия", "Труд", "Красная звезда", "Коммунистический Интернационал"],
  de: ["Frankfurter Zeitung", "Völkischer Beobachter", "Berliner Tageblatt", "Deutsche Allgemeine Zeitung"],
  pl: ["Gazeta Polska", "Kurier Warszawski", "Robotnik", "Ilustrowany Kuryer Codzienny"],
  it: ["Corriere della Sera", "La Stampa", "Il Popolo d'Italia", "Il Messaggero"],
};
const TITLE_TEMPLATES: Record<Language, string[]> = {
  en: [
    "{person} on {topic}",
    "{Topic}: a statement from {place}",
    "The situation in {place}",
    "{place} and {topic}",
    "Reply of {person} to a letter from {place}",
    "Our {place} correspondent on {topic}",
    "New light on {topic}",
  ],
  fr: [
    "{person} et le Komintern",
    "La situation à {place}",
    "Une déclaration de {person}",
    "Le Kremlin et {place}",
    "Les événements de {place}",
  ],
  ru: [
    "Ответ товарища {person} на письмо",
    "О задачах Коминтерна",
    "К вопросу о победе социализма",
    "Положение в {place}",
    "Корреспонденция: события в {place}",
    "Против клеветы буржуазной печати",
  ],
  de: [
    "{person} über die Komintern",
    "Die Lage in {place}",
    "Moskau und {place}",
    "Eine Erklärung aus {place}",
  ],
  pl: ["Sytuacja w {place}", "Oświadczenie {person}", "Komintern a Europa", "Wiadomości z {place}"],
  it: [
    "La situazione a {place}",
    "Dichiarazione di {person}",
    "Il Comintern e l'Europa",
    "Notizie da {place}",
  ],
};
const RUSSIAN_TITLE_TRANSLATIONS: Record<string, string> = {
  "Ответ товарища {person} на письмо": "Comrade {person}'s reply to a letter",
  "О задачах Коминтерна": "On the tasks of the Comintern",
  "К вопросу о победе социализма": "On the question of the victory of socialism",
  "Положение в {place}": "The situation in {place}",
  "Корреспонденция: события в {place}": "Report: events in {place}",
  "Против клеветы буржуазной печати": "Against the slanders of the bourgeois press",
};
const RUSSIAN_PLACES = ["Москве", "Ленинграде", "Киеве", "Минске", "Варшаве", "Берлине", "Париже", "Лондоне"];

function transliterate(text: string): string {
  return transliterateCyrillic(text).replace(/[«»]/g, '"');
}

function fillTemplate(rng: Rng, template: string, language: Language): string {
  const person = language === "ru" ? pick(rng, RUSSIAN_NAMES)[0] : pick(rng, RUSSIAN_NAMES)[2];
  const place = language === "ru" ? pick(rng, RUSSIAN_PLACES) : pick(rng, PLACES);
  const topic = pick(rng, TOPICS);
  return template
    .replaceAll("{person}", person)
    .replaceAll("{place}", place)
    .replaceAll("{Topic}", topic.charAt(0).toUpperCase() + topic.slice(1))
    .replaceAll("{topic}", topic);
}

function sentence(rng: Rng, language: Language): string {
  const bank = SENTENCES[language];
  return `${pick(rng, bank.subjects)} ${pick(rng, bank.verbs)} ${pick(rng, bank.objects)}${pick(rng, bank.tails)}.`;
}

// ─── Sources ─────────────────────────────────────────────────────────────────────────────────

const KINDS = [
  ["newspaper_article", 0.34, "article-newspaper"],
  ["archival_document", 0.09, "manuscript"],
  ["dispatch", 0.1, "manuscript"],
  ["minute", 0.08, "manuscript"],
  ["letter", 0.07, "letter"],
  ["speech", 0.03, "speech"],
  ["book", 0.1, "book"],
  ["chapter", 0.05, "chapter"],
  ["journal_article", 0.1, "article-journal"],
  ["web_page", 0.02, "webpage"],
  ["other", 0.02, "document"],
] as const;
type Kind = (typeof KINDS)[number][0];
function pickKind(rng: Rng): (typeof KINDS)[number] {
  let r = rng();
  for (const kind of KINDS) {
    r -= kind[1];
    if (r < 0) return kind;
  }
  return KINDS[0];
}
const SECONDARY: ReadonlySet<Kind> = new Set(["book", "chapter", "journal_article", "web_page"]);

/** Bench chain layout: origins, then levels 1..3, then the 200 cited leaves, at the start of the sources. */
const CHAIN = { origins: 20, level1: 50, level2: 100, level3: 200, leaves: 200 };
const CHAIN_START = {
  origins: 0,
  level1: CHAIN.origins,
  level2: CHAIN.origins + CHAIN.level1,
  level3: CHAIN.origins + CHAIN.level1 + CHAIN.level2,
  leaves: CHAIN.origins + CHAIN.level1 + CHAIN.level2 + CHAIN.level3,
};
const CHAIN_SOURCES = CHAIN_START.leaves + CHAIN.leaves;
/** Sources filed under FO 371/22286 (the archival reference the bench searches for). */
const FO_22286_SOURCES = [21, 24, 27, 75, 90, 180, 700, 1234, 1500, 1999];

function edtfFor(rng: Rng, year: number): string {
  const month = int(rng, 1, 12);
  const day = int(rng, 1, 28);
  const mm = String(month).padStart(2, "0");
  const dd = String(day).padStart(2, "0");
  const form = rng();
  if (form < 0.58) return `${year}-${mm}-${dd}`;
  if (form < 0.78) return `${year}-${mm}`;
  if (form < 0.88) return `${year}`;
  if (form < 0.92) return `${year}~`;
  if (form < 0.95) return `${year}-${mm}-${dd}?`;
  if (form < 0.97) return `${Math.floor(year / 10)}X`;
  return `${year}/${year + int(rng, 1, 3)}`;
}

interface SourceFacts {
  kind: Kind;
  language: Language;
  year: number;
}

function sourceFacts(index: number): SourceFacts {
  const rng = rngFor(TAG.source, index);
  const kind = FO_22286_SOURCES.includes(index)
    ? index % 2
      ? "dispatch"
      : "minute"
    : index < CHAIN_SOURCES
      ? chainKind(index)
      : pickKind(rng)[0];
  const language =
    index < CHAIN_SOURCES
      ? chainLanguage(index)
      : kind === "dispatch" || kind === "minute"
        ? "en"
        : pickLanguage(rng);
  const year = SECONDARY.has(kind)
    ? int(rng, 1950, 2023)
    : rng() < 0.6
      ? int(rng, 1934, 1941)
      : int(rng, 1917, 1991);
  return { kind, language, year };
}

function chainKind(index: number): Kind {
  if (index < CHAIN_START.level1) return index % 2 ? "archival_document" : "newspaper_article"; // Pravda, RGASPI
  if (index < CHAIN_START.level2) return index % 3 ? "newspaper_article" : "dispatch";
  if (index < CHAIN_START.level3) return index % 2 ? "newspaper_article" : "minute";
  if (index < CHAIN_START.leaves) return index % 4 ? "newspaper_article" : "journal_article";
  return index % 5 ? "book" : "journal_article";
}
function chainLanguage(index: number): Language {
  if (index < CHAIN_START.level1) return "ru";
  return LANGUAGES[index % LANGUAGES.length]!;
}

const EMBASSIES = [
  "British Embassy, Moscow",
  "French Embassy, Moscow",
  "German Embassy, Moscow",
  "Polish Embassy, Moscow",
];
const DEPARTMENTS = [
  "Foreign Office, Northern Department",
  "Foreign Office, Central Department",
  "Foreign Office, Western Department",
];

interface SourceRow {
  values: unknown[];
  contributors: unknown[][];
}

function sourceRow(index: number, projectId: string, userId: string): SourceRow {
  const rng = mulberry32(hash32(TAG.source, index, 3));
  const { kind, language, year } = sourceFacts(index);
  const cslType = KINDS.find((entry) => entry[0] === kind)![2];
  const id = entityId("source", index);
  const edtf = edtfFor(rng, year);
  const bounds = edtfBounds(edtf);
  let title: string;
  let titleOriginal: string | null = null;
  let titleTransliterated: string | null = null;
  let titleTranslated: string | null = null;
  let containerTitle: string | null = null;
  let genre: string | null = null;
  let publisher: string | null = null;
  let publisherPlace: string | null = null;
  let page: string | null = null;
  let volume: string | null = null;
  let issue: string | null = null;
  let doi: string | null = null;
  let isbn: string | null = null;
  let url: string | null = null;
  const archival: Record<string, string | null> = {
    archive: null,
    archivePlace: null,
    archivalScheme: null,
    archiveRepository: null,
    archiveCollection: null,
    archiveSeries: null,
    archiveFile: null,
    archiveFolio: null,
    archiveLocation: null,
  };
  const contributors: unknown[][] = [];
  const contributor = (
    role: string,
    name: { family?: string; given?: string; literal?: string; particle?: string; original?: string },
  ) =>
    contributors.push([
      `${id}c${contributors.length}`,
      id,
      role,
      contributors.filter((row) => row[2] === role).length,
      name.family ?? null,
      name.given ?? null,
      name.literal ?? null,
      name.particle ?? null,
      name.original ?? null,
    ]);
  const template = pick(rng, TITLE_TEMPLATES[language]);
  const headline = fillTemplate(rng, template, language);

  switch (kind) {
    case "newspaper_article":
    case "speech":
    case "other": {
      containerTitle = pick(rng, NEWSPAPERS[language]);
      page = String(int(rng, 1, 12));
      if (language === "ru") {
        titleOriginal = headline;
        titleTransliterated = transliterate(headline);
        const english = RUSSIAN_TITLE_TRANSLATIONS[template];
        titleTranslated = english
          ? fillTemplate(mulberry32(hash32(TAG.source, index, 9)), english, "en")
          : null;
        title = headline;
      } else title = headline;
      if (kind === "speech") title = `Speech: ${title}`;
      if (chance(rng, 0.45)) {
        if (language === "ru") {
          const [family, given, familyLatin, givenLatin] = pick(rng, RUSSIAN_NAMES);
          contributor("author", { family: familyLatin, given: givenLatin, original: `${given} ${family}` });
        } else {
          const [family, given] = pick(rng, FAMILIES);
          contributor("author", { family, given });
        }
      } else contributor("author", { literal: language === "en" ? "Our Own Correspondent" : containerTitle });
      break;
    }
    case "dispatch":
    case "minute": {
      genre = kind === "dispatch" ? "Dispatch" : "Minute";
      const from = kind === "dispatch" ? pick(rng, EMBASSIES) : pick(rng, DEPARTMENTS);
      title = `[${genre} of the ${from} on ${pick(rng, TOPICS)}]`;
      contributor("author", { literal: from });
      if (kind === "dispatch") contributor("recipient", { literal: "Foreign Office" });
      const random = 21000 + ((index * 7919) % 3000);
      const file = FO_22286_SOURCES.includes(index) ? 22286 : random === 22286 ? 22285 : random;
      Object.assign(archival, {
        archive: "The National Archives",
        archivePlace: "Kew",
        archivalScheme: "tna",
        archiveCollection: "FO",
        archiveSeries: "371",
        archiveFile: String(file),
        archiveFolio: String(int(rng, 1, 400)),
      });
      break;
    }
    case "archival_document": {
      const russian = language === "ru" || chance(rng, 0.5);
      if (russian) {
        const repository = pick(rng, ["RGASPI", "GARF", "AVP RF", "RGAE"]);
        const collection =
          repository === "RGASPI" ? pick(rng, ["17", "495", "558", "82"]) : String(int(rng, 1, 9000));
        titleOriginal =
          collection === "17"
            ? `Протокол заседания Политбюро ЦК ВКП(б) № ${int(rng, 1, 70)}`
            : `Записка о положении в ${pick(rng, RUSSIAN_PLACES)}`;
        titleTransliterated = transliterate(titleOriginal);
        titleTranslated =
          collection === "17" ? "Minutes of a Politburo session" : "Memorandum on the situation";
        title = titleOriginal;
        Object.assign(archival, {
          archive: repository,
          archivePlace: "Moscow",
          archivalScheme: "russian",
          archiveRepository: repository,
          archiveCollection: collection,
          archiveSeries: String(int(rng, 1, 20)),
          archiveFile: String(int(rng, 1, 3000)),
          archiveFolio: String(int(rng, 1, 300)),
        });
        contributor("author", { literal: collection === "17" ? "Политбюро ЦК ВКП(б)" : "Наркоминдел" });
      } else {
        const place = pick(rng, [
          "Archives nationales",
          "Bundesarchiv",
          "Archiwum Akt Nowych",
          "Archivio Centrale dello Stato",
        ]);
        title = `[Report on ${pick(rng, TOPICS)}]`;
        Object.assign(archival, {
          archive: place,
          archivalScheme: "generic",
          archiveRepository: place,
          archiveCollection: `${pick(rng, ["F7", "R", "MSZ", "PS"])} ${int(rng, 1, 20000)}`,
          archiveFile: String(int(rng, 1, 500)),
          archiveFolio: String(int(rng, 1, 200)),
        });
      }
      break;
    }
    case "letter": {
      const [family, given] = pick(rng, FAMILIES);
      const [rFamily, rGiven] = pick(rng, FAMILIES);
      title = `Letter from ${given} ${family} to ${rGiven} ${rFamily}`;
      contributor("author", { family, given });
      contributor("recipient", { family: rFamily, given: rGiven });
      if (chance(rng, 0.5))
        archival.archiveLocation = `Private papers, box ${int(rng, 1, 90)}, folder ${int(rng, 1, 40)}`;
      break;
    }
    default: {
      const historian = pick(rng, HISTORIANS);
      const topic = pick(rng, TOPICS);
      const y1 = int(rng, 1917, 1939);
      title =
        language === "fr"
          ? `Moscou et le monde, ${y1}–${y1 + int(rng, 1, 10)}`
          : language === "de"
            ? `Die Sowjetunion und Europa, ${y1}–${y1 + int(rng, 1, 10)}`
            : language === "ru"
              ? `Коминтерн и Европа, ${y1}–${y1 + int(rng, 1, 10)} гг.`
              : `${topic.charAt(0).toUpperCase()}${topic.slice(1)}, ${y1}–${y1 + int(rng, 1, 10)}`;
      if (language === "ru") {
        titleOriginal = title;
        titleTransliterated = transliterate(title);
      }
      contributor("author", { family: historian[0], given: historian[1], particle: historian[2] });
      if (chance(rng, 0.3)) {
        const second = pick(rng, HISTORIANS);
        contributor("author", { family: second[0], given: second[1], particle: second[2] });
      }
      if (kind === "book") {
        publisher = pick(rng, [
          "Cambridge University Press",
          "Yale University Press",
          "Gallimard",
          "Nauka",
          "Oldenbourg",
          "Macmillan",
        ]);
        publisherPlace = pick(rng, ["Cambridge", "New Haven", "Paris", "Moscow", "Munich", "London"]);
        isbn = `978${String(100000000 + index).slice(0, 9)}${index % 10}`;
      } else if (kind === "chapter") {
        containerTitle = `Essays on ${pick(rng, TOPICS)}`;
        contributor("editor", { family: pick(rng, HISTORIANS)[0], given: "A." });
        page = `${int(rng, 1, 300)}–${int(rng, 301, 340)}`;
      } else if (kind === "journal_article") {
        containerTitle = pick(rng, [
          "Slavic Review",
          "Europe-Asia Studies",
          "Cahiers du monde russe",
          "Jahrbücher für Geschichte Osteuropas",
          "Voprosy istorii",
        ]);
        volume = String(int(rng, 1, 80));
        issue = String(int(rng, 1, 4));
        page = `${int(rng, 1, 500)}–${int(rng, 501, 540)}`;
        doi = `10.2307/${1000000 + index}`;
      } else {
        url = `https://example.org/archive/${id}`;
      }
    }
  }
  // A few sources are known only through another, earlier one ("quoted in").
  const quotedIn =
    index > CHAIN_SOURCES + 10 && chance(rng, 0.01)
      ? entityId("source", int(rng, CHAIN_SOURCES, index - 1))
      : null;
  const issued = bounds ? [[year]] : undefined;
  const csl = JSON.stringify({
    id,
    type: cslType,
    title,
    ...(containerTitle ? { "container-title": containerTitle } : {}),
    ...(issued ? { issued: { "date-parts": issued } } : {}),
    ...(archival.archive ? { archive: archival.archive } : {}),
    language,
  });
  const createdAt = new Date(
    Date.UTC(2021, 0, 1) + Math.floor((index / S) * 4 * 365 * 86_400_000),
  ).toISOString();
  const values = [
    id,
    projectId,
    kind,
    cslType,
    genre,
    title,
    titleOriginal,
    titleTransliterated,
    titleTranslated,
    edtf,
    bounds ? bounds.start.toISOString().slice(0, 10) : null,
    bounds ? bounds.end.toISOString().slice(0, 10) : null,
    containerTitle,
    volume,
    issue,
    page,
    publisher,
    publisherPlace,
    language,
    doi,
    isbn,
    url,
    archival.archive,
    archival.archivePlace,
    archival.archivalScheme,
    archival.archiveRepository,
    archival.archiveCollection,
    archival.archiveSeries,
    archival.archiveFile,
    archival.archiveFolio,
    archival.archiveLocation,
    quotedIn,
    quotedIn ? `p. ${int(rng, 1, 400)}` : null,
    csl,
    userId,
    createdAt,
    createdAt,
  ];
  return { values, contributors };
}

// ─── Bulk insert: INSERT ... SELECT FROM unnest(one array per column), pipelined ─────────────

/** pg types of the columns; anything not int goes over the wire as text and is cast in SQL. */
type ColumnType = "text" | "int" | "date" | "timestamp" | "jsonb" | "text[]" | `"${string}"`;

/** The one statement in flight on the loading connection (pg runs one at a time). */
let inFlight: Promise<unknown> | null = null;

class BulkInsert {
  private columns: unknown[][];
  rows = 0;
  private readonly sql: string;

  constructor(
    private readonly client: pg.Client,
    private readonly table: string,
    private readonly spec: [name: string, type: ColumnType][],
    /** The inserter of the rows these reference: its pending rows are sent first. */
    private readonly after: BulkInsert | null = null,
    private readonly batchSize = 5000,
  ) {
    this.columns = spec.map(() => []);
    const names = spec.map(([name]) => `"${name}"`).join(", ");
    const params = spec.map(([, type], at) => `$${at + 1}::${type === "int" ? "int" : "text"}[]`).join(", ");
    const select = spec
      .map(([, type], at) =>
        type === "text" || type === "int"
          ? `c${at}`
          : `c${at}::${type === "timestamp" ? "timestamp(3)" : type}`,
      )
      .join(", ");
    const aliases = spec.map((_, at) => `c${at}`).join(", ");
    this.sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${params}) AS u(${aliases})`;
  }

  async add(values: unknown[]): Promise<void> {
    if (values.length !== this.spec.length) {
      throw new Error(`${this.table}: ${values.length} values for ${this.spec.length} columns`);
    }
    for (let at = 0; at < values.length; at++) this.columns[at]!.push(values[at]);
    this.rows++;
    if (this.columns[0]!.length >= this.batchSize) await this.flush();
  }

  /** Sends the batch once the statement in flight is done, so generation overlaps the database's work. */
  async flush(): Promise<void> {
    const batch = this.columns;
    if (!batch[0]!.length) return;
    this.columns = this.spec.map(() => []);
    // Referenced rows go in first.
    if (this.after) await this.after.flush();
    if (inFlight) await inFlight;
    inFlight = this.client.query(this.sql, batch);
  }

  async done(): Promise<number> {
    await this.flush();
    if (inFlight) await inFlight;
    inFlight = null;
    return this.rows;
  }
}

const NOW = "2025-06-01T12:00:00.000Z";
const timings: [string, number, number][] = [];
async function step(label: string, client: pg.Client, run: () => Promise<number>): Promise<void> {
  const start = performance.now();
  process.stdout.write(`  ${label.padEnd(34)}`);
  await client.query("BEGIN");
  const rows = await run();
  await client.query("COMMIT");
  const seconds = (performance.now() - start) / 1000;
  timings.push([label, rows, seconds]);
  console.log(
    `${String(rows.toLocaleString("en-US")).padStart(10)} rows  ${seconds.toFixed(1).padStart(6)} s  ${Math.round(
      rows / Math.max(seconds, 0.001),
    )
      .toLocaleString("en-US")
      .padStart(8)} rows/s`,
  );
}

/** Spreads `total` over `count` slots with a long tail (exponential weights), deterministically. */
function spread(
  total: number,
  count: number,
  tag: number,
  skip: (slot: number) => boolean,
  cap: number,
): Int32Array {
  const counts = new Int32Array(count);
  const weights = new Float64Array(count);
  let sum = 0;
  for (let slot = 0; slot < count; slot++) {
    if (skip(slot)) continue;
    const u = mulberry32(hash32(tag, slot, 7))();
    weights[slot] = -Math.log(1 - u * 0.9999);
    sum += weights[slot]!;
  }
  let assigned = 0;
  for (let slot = 0; slot < count; slot++) {
    counts[slot] = Math.min(cap, Math.floor((weights[slot]! / sum) * total));
    assigned += counts[slot]!;
  }
  const rng = mulberry32(hash32(tag, 99));
  while (assigned < total) {
    const slot = Math.floor(rng() * count);
    if (skip(slot) || counts[slot]! >= cap) continue;
    counts[slot]!++;
    assigned++;
  }
  return counts;
}

// ─── Main ────────────────────────────────────────────────────────────────────────────────────

const started = performance.now();
const database = await openBenchDatabase();
console.log(`Benchmark database: ${database.where}`);
const client = new pg.Client({ connectionString: database.url });
await client.connect();

const existing = await readManifest(client);
const sameSizes = (manifest: BenchManifest) => JSON.stringify(manifest.sizes) === JSON.stringify(sizes);
if (existing && !args.reset) {
  if (existing.complete && sameSizes(existing)) {
    console.log(
      `The bench project is already there with these sizes (generated ${existing.generatedAt} in ${existing.generationSeconds.toFixed(0)} s): reusing it. Pass --reset to rebuild.`,
    );
    // Migrations added since apply to the data in place (a new index's migration backfills it).
    const applied = await applyMigrations(database.url);
    if (applied.length) {
      console.log(`Applied the migrations added since: ${applied.join(", ")}`);
      // A backfill leaves dead rows and a full GIN pending list, which autovacuum would clear
      // in time; clear them now, so that the bench measures the index, not the migration.
      await client.query("VACUUM ANALYZE");
    }
    printSignIn();
    await client.end();
    await database.stop();
    process.exit(0);
  }
  if (existing.complete) {
    console.error(
      `The bench database holds a project of other sizes (${JSON.stringify(existing.sizes)}). Pass --reset to rebuild it with ${JSON.stringify(sizes)}.`,
    );
    await client.end();
    await database.stop();
    process.exit(1);
  }
  console.log("Found an incomplete bench project (an interrupted run): rebuilding.");
}
if (existing || args.reset) {
  console.log("Resetting: dropping the schema and applying the migrations again…");
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
}
const applied = await applyMigrations(database.url);
const { rows: migrationRows } = await client.query<{ migration_name: string }>(
  `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`,
);
console.log(
  `Migrations: ${migrationRows.length} in force${applied.length ? ` (${applied.length} applied now)` : ""}: ${migrationRows.map((row) => row.migration_name).join(", ")}`,
);
const { rows: triggerRows } = await client.query<{ table: string; trigger: string }>(
  `SELECT c.relname AS table, t.tgname AS trigger FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
   JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND n.nspname = 'public' ORDER BY 1, 2`,
);
console.log(
  triggerRows.length
    ? `Triggers in force (inserts pay for them): ${triggerRows.map((row) => `${row.table}.${row.trigger}`).join(", ")}`
    : "No triggers on the tables (no search-index migration yet).",
);
// Durability is not the point of a benchmark load: commits need not wait for the disk.
await client.query("SET synchronous_commit = off");

console.log(
  `\nGenerating: ${S.toLocaleString("en-US")} sources, ${P.toLocaleString("en-US")} passages, ${C.toLocaleString("en-US")} claims, ${E.toLocaleString("en-US")} evidence, ${O} observers, ${sizes.readings.toLocaleString("en-US")} readings, ${sizes.annotations.toLocaleString("en-US")} notes (seed ${sizes.seed})`,
);

const projectId = BENCH_PROJECT_ID;
const userId = "cbenchuser000000000000001";
const colleagueId = "cbenchuser000000000000002";
const passwordHash = await hashPassword(BENCH_USER_PASSWORD);

await step("users, project, memberships", client, async () => {
  await client.query(
    `INSERT INTO "User" (id, name, email, "passwordHash", "createdAt", "updatedAt") VALUES
     ($1, 'Bench Historian', $2, $3, $7, $7), ($4, 'Bench Colleague', $5, $6, $7, $7)`,
    [userId, BENCH_USER_EMAIL, passwordHash, colleagueId, COLLEAGUE_EMAIL, passwordHash, NOW],
  );
  await client.query(
    `INSERT INTO "Project" (id, name, description, "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, $4)`,
    [
      projectId,
      BENCH_PROJECT_NAME,
      `Synthetic project of npm run bench:seed (incomplete). ${MANIFEST_MARKER}{"complete":false}`,
      NOW,
    ],
  );
  await client.query(
    `INSERT INTO "Membership" (id, "projectId", "userId", role, "createdAt", "updatedAt") VALUES
     ('cbenchmember0000000000001', $1, $2, 'owner', $4, $4), ('cbenchmember0000000000002', $1, $3, 'editor', $4, $4)`,
    [projectId, userId, colleagueId, NOW],
  );
  return 5;
});

// Sources, their contributors.
const sourceLanguage = new Uint8Array(S);
await step("sources + contributors", client, async () => {
  const sources = new BulkInsert(client, "Source", [
    ["id", "text"],
    ["projectId", "text"],
    ["kind", '"SourceKind"'],
    ["cslType", "text"],
    ["genre", "text"],
    ["title", "text"],
    ["titleOriginal", "text"],
    ["titleTransliterated", "text"],
    ["titleTranslated", "text"],
    ["issuedEdtf", "text"],
    ["issuedStart", "date"],
    ["issuedEnd", "date"],
    ["containerTitle", "text"],
    ["volume", "text"],
    ["issue", "text"],
    ["page", "text"],
    ["publisher", "text"],
    ["publisherPlace", "text"],
    ["language", "text"],
    ["doi", "text"],
    ["isbn", "text"],
    ["url", "text"],
    ["archive", "text"],
    ["archivePlace", "text"],
    ["archivalScheme", '"ArchivalLocatorScheme"'],
    ["archiveRepository", "text"],
    ["archiveCollection", "text"],
    ["archiveSeries", "text"],
    ["archiveFile", "text"],
    ["archiveFolio", "text"],
    ["archiveLocation", "text"],
    ["quotedInId", "text"],
    ["quotedInLocator", "text"],
    ["csl", "jsonb"],
    ["createdById", "text"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ]);
  const contributors: unknown[][] = [];
  for (let index = 0; index < S; index++) {
    const row = sourceRow(index, projectId, userId);
    sourceLanguage[index] = LANGUAGES.indexOf(row.values[18] as Language);
    contributors.push(...row.contributors);
    await sources.add(row.values);
  }
  const sourceCount = await sources.done();
  const names = new BulkInsert(client, "SourceContributor", [
    ["id", "text"],
    ["sourceId", "text"],
    ["role", '"ContributorRole"'],
    ["position", "int"],
    ["family", "text"],
    ["given", "text"],
    ["literal", "text"],
    ["nonDroppingParticle", "text"],
    ["original", "text"],
  ]);
  for (const row of contributors) await names.add(row);
  return sourceCount + (await names.done());
});

// Provenance: the bench chain's four levels, then a forest among the other sources (a source
// derives only from an earlier one, so there is no cycle), capped at five derivations.
await step("provenance relations", client, async () => {
  const relations = new BulkInsert(client, "SourceRelation", [
    ["id", "text"],
    ["projectId", "text"],
    ["fromSourceId", "text"],
    ["toSourceId", "text"],
    ["type", '"SourceRelationType"'],
    ["note", "text"],
    ["createdById", "text"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ]);
  let count = 0;
  const relate = (from: number, to: number, type: string, note: string | null = null) =>
    relations.add([
      `cbrel${String(count++).padStart(20, "0")}`,
      projectId,
      entityId("source", from),
      entityId("source", to),
      type,
      note,
      userId,
      NOW,
      NOW,
    ]);
  const levels: [from: keyof typeof CHAIN, to: keyof typeof CHAIN, type: string][] = [
    ["level1", "origins", "reports"],
    ["level2", "level1", "translates"],
    ["level3", "level2", "reprints"],
    ["leaves", "level3", "quotes"],
  ];
  for (const [from, to, type] of levels) {
    for (let at = 0; at < CHAIN[from]; at++) {
      await relate(
        CHAIN_START[from] + at,
        CHAIN_START[to] + Math.floor((at * CHAIN[to]) / CHAIN[from]),
        type,
      );
    }
  }
  const depth = new Uint8Array(S);
  for (let index = CHAIN_SOURCES + 1; index < S; index++) {
    const rng = rngFor(TAG.relation, index);
    if (!chance(rng, 0.55)) continue;
    let parent = -1;
    for (let attempt = 0; attempt < 4 && parent < 0; attempt++) {
      const candidate = Math.max(
        CHAIN_SOURCES,
        index - 1 - Math.floor(rng() * Math.min(3000, index - CHAIN_SOURCES)),
      );
      if (candidate < index && depth[candidate]! < 5) parent = candidate;
    }
    if (parent < 0) continue;
    depth[index] = depth[parent]! + 1;
    const type = sourceLanguage[index] !== sourceLanguage[parent] ? "translates" : pick(rng, RELATION_TYPES);
    await relate(index, parent, type, chance(rng, 0.1) ? "Wording identical except for the headline." : null);
    if (chance(rng, 0.08)) {
      const other = CHAIN_SOURCES + Math.floor(rng() * (index - CHAIN_SOURCES));
      if (other !== parent && other < index) await relate(index, other, "cites");
    }
  }
  return relations.done();
});

// Passages, grouped by source (the bench chain's leaves get at least one each).
const passagesPerSource = spread(P - CHAIN.leaves, S, TAG.passage, () => false, 60);
for (let at = 0; at < CHAIN.leaves; at++) passagesPerSource[CHAIN_START.leaves + at]!++;
const passageSource = new Int32Array(P);
const firstPassage = new Int32Array(S + 1);
{
  let next = 0;
  for (let source = 0; source < S; source++) {
    firstPassage[source] = next;
    for (let k = 0; k < passagesPerSource[source]!; k++) passageSource[next++] = source;
  }
  firstPassage[S] = next;
}
const rarePassages = new Set<number>();
{
  // Seven English passages spread over the project hold the rare word.
  let source = CHAIN_SOURCES;
  for (let found = 0; found < RARE_PASSAGES && source < S; source += Math.floor(S / (RARE_PASSAGES + 2))) {
    let candidate = source;
    while (
      candidate < S &&
      (LANGUAGES[sourceLanguage[candidate]!] !== "en" || passagesPerSource[candidate] === 0)
    )
      candidate++;
    if (candidate < S) {
      rarePassages.add(firstPassage[candidate]!);
      found++;
    }
  }
}

function passageText(index: number): string {
  const rng = rngFor(TAG.passage, index);
  const language = LANGUAGES[sourceLanguage[passageSource[index]!]!]!;
  const sentences: string[] = [];
  const count = int(rng, 2, 5);
  for (let k = 0; k < count; k++) sentences.push(sentence(rng, language));
  if (rarePassages.has(index))
    sentences.push("The minute survives only as a palimpsest of later annotations.");
  if (chance(rng, 0.15)) {
    const [family] = pick(rng, RUSSIAN_NAMES);
    const latin = RUSSIAN_NAMES.find((name) => name[0] === family)![2];
    sentences.push(
      language === "ru"
        ? `Подпись: ${family}.`
        : `Signed: ${latin}, ${int(rng, 1, 28)}.${int(rng, 1, 12)}.${int(rng, 1934, 1941)}.`,
    );
  }
  return sentences.join(" ");
}

await step("passages + translations", client, async () => {
  const passages = new BulkInsert(client, "Passage", [
    ["id", "text"],
    ["projectId", "text"],
    ["sourceId", "text"],
    ["text", "text"],
    ["language", "text"],
    ["page", "text"],
    ["folio", "text"],
    ["column", "text"],
    ["note", "text"],
    ["position", "int"],
    ["createdById", "text"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ]);
  const translations = new BulkInsert(
    client,
    "PassageTranslation",
    [
      ["id", "text"],
      ["passageId", "text"],
      ["language", "text"],
      ["text", "text"],
      ["translator", "text"],
      ["createdAt", "timestamp"],
      ["updatedAt", "timestamp"],
    ],
    passages,
  );
  for (let index = 0; index < P; index++) {
    const rng = rngFor(TAG.layout, index);
    const source = passageSource[index]!;
    const { kind, language } = sourceFacts(source);
    const archival = kind === "dispatch" || kind === "minute" || kind === "archival_document";
    const id = entityId("passage", index);
    const note =
      FO_22286_SOURCES.includes(source) || (index % 50_000 === 17 && index > 0)
        ? "Cf. FO 371/22286, f. 45, for the Embassy's covering note."
        : chance(rng, 0.05)
          ? "Pencilled marginal mark beside this paragraph."
          : null;
    await passages.add([
      id,
      projectId,
      entityId("source", source),
      passageText(index),
      language,
      archival ? null : String(int(rng, 1, 12)),
      archival ? `${int(rng, 1, 300)}${chance(rng, 0.3) ? "v" : ""}` : null,
      kind === "newspaper_article" ? String(int(rng, 1, 6)) : null,
      note,
      index - firstPassage[source]!,
      userId,
      NOW,
      NOW,
    ]);
    if (language !== "en" && chance(rng, 0.3)) {
      const english = rngFor(TAG.translation, index);
      const count = int(english, 2, 4);
      const text = Array.from({ length: count }, () => sentence(english, "en")).join(" ");
      await translations.add([
        `${id}t0`,
        id,
        "en",
        text,
        chance(rng, 0.5) ? "Bench Historian" : null,
        NOW,
        NOW,
      ]);
      if (language === "ru" && chance(rng, 0.2)) {
        await translations.add([`${id}t1`, id, "fr", sentence(english, "fr"), null, NOW, NOW]);
      }
    }
  }
  return (await passages.done()) + (await translations.done());
});

// Claims: C1 is the bench claim.
const TAGS = [
  "comintern",
  "popular-front",
  "purges",
  "appeasement",
  "press",
  "diplomacy",
  "foreign-office",
  "embassy",
  "pravda",
  "izvestiia",
  "stalin",
  "litvinov",
  "trials",
  "spain",
  "france",
  "germany",
  "poland",
  "italy",
  "japan",
  "league",
  "propaganda",
  "intelligence",
  "trade",
  "famine",
  "historiography",
  "reception",
  "translation",
  "reprint",
  "archives",
  "rgaspi",
  "tna",
  "quai-dorsay",
  "auswärtiges-amt",
  "коминтерн",
  "печать",
  ...Array.from({ length: 120 }, (_, at) => `theme-${at + 1}`),
];
const STATUSES = [
  ["working", 0.4],
  ["supported", 0.25],
  ["contested", 0.2],
  ["refuted", 0.05],
  ["abandoned", 0.1],
] as const;
const CLAIM_TEMPLATES = [
  "The {paper} reprinted the reply to Ivanov within {n} days",
  "{person} read the letter as a return to world revolution",
  "The Foreign Office did not treat the statement as a change of policy ({n})",
  "British diplomats in Moscow reported the letter before the press did",
  "The {paper} translation softened the passage on the international proletariat",
  "{person}'s reading depended on a single report from Moscow",
  "The statement was aimed at the Comintern's sections abroad, case {n}",
  "Le Temps presented the letter as a domestic text",
  "Die deutsche Presse las den Brief als Drohung ({n})",
  "The reprints all go back to one Pravda text of 14 February 1938",
];
const benchClaimId = entityId("claim", 0);
await step("claims", client, async () => {
  const claims = new BulkInsert(client, "Claim", [
    ["id", "text"],
    ["projectId", "text"],
    ["number", "int"],
    ["statement", "text"],
    ["attribution", "text"],
    ["status", '"ClaimStatus"'],
    ["tags", "text[]"],
    ["periodEdtf", "text"],
    ["periodStart", "date"],
    ["periodEnd", "date"],
    ["note", "text"],
    ["createdById", "text"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ]);
  for (let index = 0; index < C; index++) {
    const rng = rngFor(TAG.claim, index);
    let r = rng();
    let status = "working";
    for (const [name, weight] of STATUSES) {
      r -= weight;
      if (r < 0) {
        status = name;
        break;
      }
    }
    const statement =
      index === 0
        ? "The bench claim: the reply to Ivanov reached Western readers only through Pravda's text of 14 February 1938"
        : pick(rng, CLAIM_TEMPLATES)
            .replaceAll("{paper}", pick(rng, NEWSPAPERS[pickLanguage(rng)]))
            .replaceAll("{person}", pick(rng, HISTORIANS)[0])
            .replaceAll("{n}", String(int(rng, 1, 999)));
    const tags = [...new Set(Array.from({ length: int(rng, 0, 4) }, () => pick(rng, TAGS)))];
    const period = chance(rng, 0.7) ? edtfFor(rng, int(rng, 1930, 1945)) : null;
    const bounds = period ? edtfBounds(period) : null;
    const time = new Date(Date.UTC(2021, 0, 1) + Math.floor((index / C) * 4 * 365 * 86_400_000));
    await claims.add([
      entityId("claim", index),
      projectId,
      index + 1,
      statement,
      chance(rng, 0.5) ? pick(rng, HISTORIANS)[0] : null,
      index === 0 ? "contested" : status,
      `{${tags.join(",")}}`,
      period,
      bounds?.start.toISOString().slice(0, 10) ?? null,
      bounds?.end.toISOString().slice(0, 10) ?? null,
      chance(rng, 0.1) ? "Check against the Russian original." : null,
      chance(rng, 0.85) ? userId : colleagueId,
      time.toISOString(),
      new Date(time.getTime() + int(rng, 0, 400) * 86_400_000).toISOString(),
    ]);
  }
  return claims.done();
});

// Evidence: the bench claim's 200 items first, then a long-tailed spread over the other claims.
const STANCES = [
  "supports",
  "supports",
  "supports",
  "contradicts",
  "qualifies",
  "qualifies",
  "context",
] as const;
const evidencePerClaim = spread(E - CHAIN.leaves, C, TAG.evidence, (slot) => slot === 0, 400);
// C2, C3 and C4 rest on C1 (their first item), so the bench claim is also "used by" others.
for (let claim = 1; claim <= 3; claim++) {
  if (evidencePerClaim[claim]! > 0) continue;
  const largest = evidencePerClaim.indexOf(Math.max(...evidencePerClaim));
  evidencePerClaim[largest]!--;
  evidencePerClaim[claim] = 1;
}
await step("evidence", client, async () => {
  const evidence = new BulkInsert(client, "Evidence", [
    ["id", "text"],
    ["projectId", "text"],
    ["claimId", "text"],
    ["passageId", "text"],
    ["sourceId", "text"],
    ["supportingClaimId", "text"],
    ["stance", '"Stance"'],
    ["confidence", "int"],
    ["rationale", "text"],
    ["position", "int"],
    ["createdById", "text"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ]);
  let index = 0;
  const add = (
    claim: number,
    position: number,
    target: [string | null, string | null, string | null],
    rng: Rng,
  ) =>
    evidence.add([
      entityId("evidence", index++),
      projectId,
      entityId("claim", claim),
      ...target,
      pick(rng, STANCES),
      int(rng, 1, 5),
      chance(rng, 0.3) ? "The wording matches the Pravda text." : null,
      position,
      userId,
      NOW,
      NOW,
    ]);
  for (let at = 0; at < CHAIN.leaves; at++) {
    const rng = rngFor(TAG.evidence, at);
    const leaf = CHAIN_START.leaves + at;
    const target: [string | null, string | null, string | null] =
      at % 10 === 9
        ? [null, entityId("source", leaf), null]
        : [entityId("passage", firstPassage[leaf]!), null, null];
    await add(0, at, target, rng);
  }
  for (let claim = 1; claim < C; claim++) {
    for (let position = 0; position < evidencePerClaim[claim]!; position++) {
      const rng = rngFor(TAG.evidence, index);
      const r = rng();
      let target: [string | null, string | null, string | null];
      if (claim <= 3 && position === 0) target = [null, null, benchClaimId];
      else if (r < 0.05 && claim > 1) {
        // Sub-claims point only to lower numbers, so there is no circle (and never to C1 at random).
        const sub = Math.max(1, claim - 1 - Math.floor(rng() * Math.min(5000, claim - 1)));
        target = [null, null, entityId("claim", sub)];
      } else if (r < 0.2) {
        target = [null, entityId("source", CHAIN_SOURCES + Math.floor(rng() * (S - CHAIN_SOURCES))), null];
      } else {
        target = [
          entityId(
            "passage",
            firstPassage[CHAIN_SOURCES]! + Math.floor(rng() * (P - firstPassage[CHAIN_SOURCES]!)),
          ),
          null,
          null,
        ];
      }
      await add(claim, position, target, rng);
    }
  }
  return evidence.done();
});

// Observers and their readings, phrases, stances; comparison questions and answers.
const OBSERVER_SEEDS: [name: string, kind: string, affiliation?: string][] = [
  ["Foreign Office", "ministry_department"],
  ["Foreign Office, Northern Department", "ministry_department", "Foreign Office"],
  ["British Embassy, Moscow", "embassy", "Foreign Office"],
  ["Quai d'Orsay", "ministry_department"],
  ["French Embassy, Moscow", "embassy", "Quai d'Orsay"],
  ["Auswärtiges Amt", "ministry_department"],
  ["Deutsche Botschaft Moskau", "embassy", "Auswärtiges Amt"],
  ["Ministerstwo Spraw Zagranicznych", "ministry_department"],
  ["Ambasada RP w Moskwie", "embassy", "Ministerstwo Spraw Zagranicznych"],
  ["Ministero degli Affari Esteri", "ministry_department"],
  ["Ambasciata d'Italia a Mosca", "embassy", "Ministero degli Affari Esteri"],
  ["Secret Intelligence Service", "intelligence_service"],
  ["Deuxième Bureau", "intelligence_service"],
  ["Abwehr", "intelligence_service"],
  ["Политбюро ЦК ВКП(б)", "party_body"],
  ["Исполком Коминтерна", "party_body"],
  ["Bureau politique du PCF", "party_body"],
  ["The Times", "newspaper"],
  ["Le Temps", "newspaper"],
  ["Правда", "newspaper"],
];
const observerKind: string[] = [];
await step("observers, readings, questions", client, async () => {
  const observers = new BulkInsert(client, "Observer", [
    ["id", "text"],
    ["projectId", "text"],
    ["name", "text"],
    ["kind", '"ObserverKind"'],
    ["activeFrom", "int"],
    ["activeTo", "int"],
    ["affiliationId", "text"],
    ["note", "text"],
    ["createdById", "text"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ]);
  const nameIndex = new Map<string, number>();
  for (let index = 0; index < O; index++) {
    const rng = rngFor(TAG.observer, index);
    let name: string;
    let kind: string;
    let affiliation: number | null = null;
    if (index < OBSERVER_SEEDS.length) {
      const [seedName, seedKind, parent] = OBSERVER_SEEDS[index]!;
      name = seedName;
      kind = seedKind;
      affiliation = parent ? nameIndex.get(parent)! : null;
    } else {
      const r = rng();
      if (r < 0.35) {
        const [family, given] = pick(rng, [
          ...FAMILIES,
          ...RUSSIAN_NAMES.map((row) => [row[2], row[3]] as [string, string]),
        ]);
        name = `${given} ${family} (${index})`;
        kind = "person";
        affiliation = int(rng, 0, 10);
      } else if (r < 0.6) {
        const [family, given, particle] = pick(rng, HISTORIANS);
        name = `${given} ${particle ? `${particle} ` : ""}${family} (${index})`;
        kind = "historian";
      } else if (r < 0.75) {
        const paper = pick(rng, NEWSPAPERS[pickLanguage(rng)]);
        name = `${paper}, ${pick(rng, PLACES)} bureau (${index})`;
        kind = "newspaper";
      } else if (r < 0.88) {
        name = `Consulate at ${pick(rng, PLACES)} (${index})`;
        kind = "embassy";
        affiliation = pick(rng, [0, 3, 5, 7, 9]);
      } else {
        name = `Institute of ${pick(rng, TOPICS).replace(/^the /, "")} studies (${index})`;
        kind = "institution";
      }
    }
    nameIndex.set(name, index);
    observerKind.push(kind);
    const from = kind === "historian" ? int(rng, 1950, 2000) : int(rng, 1917, 1935);
    await observers.add([
      entityId("observer", index),
      projectId,
      name,
      kind,
      from,
      chance(rng, 0.7) ? from + int(rng, 3, 30) : null,
      affiliation === null ? null : entityId("observer", affiliation),
      chance(rng, 0.2) ? "Read the Soviet press through the Embassy's translations." : null,
      userId,
      NOW,
      NOW,
    ]);
  }
  let rows = await observers.done();

  const readings = new BulkInsert(client, "Reading", [
    ["id", "text"],
    ["projectId", "text"],
    ["observerId", "text"],
    ["sourceId", "text"],
    ["documentingSourceId", "text"],
    ["documentingLocator", "text"],
    ["readAtEdtf", "text"],
    ["readAtStart", "date"],
    ["readAtEnd", "date"],
    ["summary", "text"],
    ["createdById", "text"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ]);
  const phrases = new BulkInsert(
    client,
    "ReadingPhrase",
    [
      ["id", "text"],
      ["readingId", "text"],
      ["text", "text"],
      ["passageId", "text"],
      ["position", "int"],
    ],
    readings,
  );
  const stances = new BulkInsert(
    client,
    "ReadingClaimStance",
    [
      ["id", "text"],
      ["readingId", "text"],
      ["claimId", "text"],
      ["stance", '"Stance"'],
      ["note", "text"],
    ],
    readings,
  );
  // Much-read sources: the bench chain's first levels and a thousand others.
  const muchRead = (rng: Rng) =>
    chance(rng, 0.3)
      ? int(rng, 0, CHAIN_START.level3 - 1)
      : CHAIN_SOURCES + int(rng, 0, Math.min(1000, S - CHAIN_SOURCES - 1));
  const readersOf = new Map<number, { observer: number; reading: number }[]>();
  for (let index = 0; index < sizes.readings; index++) {
    const rng = rngFor(TAG.reading, index);
    const observer = Math.floor(rng() ** 1.5 * O);
    const source = chance(rng, 0.5) ? muchRead(rng) : int(rng, 0, S - 1);
    const { year } = sourceFacts(source);
    const readYear = observerKind[observer] === "historian" ? int(rng, 1960, 2020) : year + int(rng, 0, 2);
    const edtf = edtfFor(rng, readYear);
    const bounds = edtfBounds(edtf);
    const id = entityId("reading", index);
    const documenting = chance(rng, 0.8) ? int(rng, 0, S - 1) : null;
    await readings.add([
      id,
      projectId,
      entityId("observer", observer),
      entityId("source", source),
      documenting === null ? null : entityId("source", documenting),
      documenting === null ? null : `f. ${int(rng, 1, 300)}`,
      edtf,
      bounds?.start.toISOString().slice(0, 10) ?? null,
      bounds?.end.toISOString().slice(0, 10) ?? null,
      `${sentence(rng, "en")} ${sentence(rng, "en")}`,
      userId,
      NOW,
      NOW,
    ]);
    const list = readersOf.get(source) ?? [];
    list.push({ observer, reading: index });
    readersOf.set(source, list);
    const available = passagesPerSource[source]!;
    const phraseCount = int(rng, 1, 3);
    for (let position = 0; position < phraseCount; position++) {
      const passage = available ? firstPassage[source]! + int(rng, 0, available - 1) : null;
      const words = (passage === null ? sentence(rng, "en") : passageText(passage)).split(" ");
      const start = int(rng, 0, Math.max(0, words.length - 6));
      await phrases.add([
        `${id}f${position}`,
        id,
        words.slice(start, start + int(rng, 3, 6)).join(" "),
        passage === null ? null : entityId("passage", passage),
        position,
      ]);
    }
    const claims = new Set(
      Array.from({ length: int(rng, 0, 2) }, () => (chance(rng, 0.05) ? 0 : int(rng, 0, C - 1))),
    );
    let at = 0;
    for (const claim of claims) {
      await stances.add([
        `${id}s${at++}`,
        id,
        entityId("claim", claim),
        pick(rng, STANCES),
        chance(rng, 0.3) ? "Explicitly." : null,
      ]);
    }
  }
  rows += (await readings.done()) + (await phrases.done()) + (await stances.done());

  const questions = new BulkInsert(client, "ComparisonQuestion", [
    ["id", "text"],
    ["projectId", "text"],
    ["sourceId", "text"],
    ["text", "text"],
    ["position", "int"],
    ["createdById", "text"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ]);
  const answers = new BulkInsert(
    client,
    "ComparisonAnswer",
    [
      ["id", "text"],
      ["questionId", "text"],
      ["observerId", "text"],
      ["readingId", "text"],
      ["value", '"AnswerValue"'],
      ["note", "text"],
      ["citedSourceId", "text"],
      ["citedLocator", "text"],
      ["createdById", "text"],
      ["createdAt", "timestamp"],
      ["updatedAt", "timestamp"],
    ],
    questions,
  );
  const QUESTIONS = [
    "Does the reading take the letter as a change of Soviet policy?",
    "Does it mention the Comintern?",
    "Does it quote the passage on the international proletariat?",
  ];
  const compared = [...readersOf.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .slice(0, 100);
  let question = 0;
  for (const [source, readers] of compared) {
    for (const [position, text] of QUESTIONS.entries()) {
      const id = `cbquestion${String(question++).padStart(15, "0")}`;
      await questions.add([id, projectId, entityId("source", source), text, position, userId, NOW, NOW]);
      const seen = new Set<number>();
      for (const { observer, reading } of readers.slice(0, 12)) {
        if (seen.has(observer)) continue;
        seen.add(observer);
        const rng = rngFor(TAG.answer, question * 1000 + observer);
        await answers.add([
          `${id}a${observer}`,
          id,
          entityId("observer", observer),
          entityId("reading", reading),
          pick(rng, ["yes", "no", "ambiguous", "silent"]),
          chance(rng, 0.3) ? "Only by implication." : null,
          chance(rng, 0.5) ? entityId("source", int(rng, 0, S - 1)) : null,
          chance(rng, 0.5) ? `p. ${int(rng, 1, 40)}` : null,
          userId,
          NOW,
          NOW,
        ]);
      }
    }
  }
  return rows + (await questions.done()) + (await answers.done());
});

// Notes: private and shared, on every kind of target, some on a span of a passage, some replies.
await step("annotations", client, async () => {
  const notes = new BulkInsert(client, "Annotation", [
    ["id", "text"],
    ["projectId", "text"],
    ["authorId", "text"],
    ["visibility", '"AnnotationVisibility"'],
    ["body", "text"],
    ["claimId", "text"],
    ["sourceId", "text"],
    ["passageId", "text"],
    ["readingId", "text"],
    ["evidenceId", "text"],
    ["parentId", "text"],
    ["selectorExact", "text"],
    ["selectorPrefix", "text"],
    ["selectorSuffix", "text"],
    ["selectorStart", "int"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ]);
  const BODIES = [
    "Compare with the **Times** report of the same day.",
    "The translation drops the word *окончательна*: check the original.",
    "Folio number uncertain; the microfilm is cut here.",
    "See Raack, p. 62, for the context of this reprint.",
    "Ask the archivist whether the file was weeded in 1970.",
  ];
  for (let index = 0; index < sizes.annotations; index++) {
    const rng = rngFor(TAG.annotation, index);
    const id = `cbnote${String(index).padStart(19, "0")}`;
    const visibility = chance(rng, 0.6) ? "private" : "shared";
    const author = chance(rng, 0.7) ? userId : colleagueId;
    const r = rng();
    const target: (string | null)[] = [null, null, null, null, null];
    let selector: (string | number | null)[] = [null, null, null, null];
    if (r < 0.4) {
      const passage = int(rng, 0, P - 1);
      target[2] = entityId("passage", passage);
      if (chance(rng, 0.5)) {
        const text = passageText(passage);
        const start = int(rng, 10, Math.max(10, text.length - 40));
        const length = int(rng, 8, 30);
        selector = [
          text.slice(start, start + length),
          text.slice(Math.max(0, start - 20), start),
          text.slice(start + length, start + length + 20),
          start,
        ];
      }
    } else if (r < 0.65) target[0] = entityId("claim", chance(rng, 0.02) ? 0 : int(rng, 0, C - 1));
    else if (r < 0.85) target[1] = entityId("source", int(rng, 0, S - 1));
    else if (r < 0.95) target[4] = entityId("evidence", int(rng, 0, E - 1));
    else target[3] = entityId("reading", int(rng, 0, sizes.readings - 1));
    const time = new Date(Date.UTC(2022, 0, 1) + index * 3_600_000).toISOString();
    await notes.add([
      id,
      projectId,
      author,
      visibility,
      pick(rng, BODIES),
      ...target,
      null,
      ...selector,
      time,
      time,
    ]);
    if (visibility === "shared" && chance(rng, 0.2)) {
      const replies = int(rng, 1, 2);
      for (let reply = 0; reply < replies; reply++) {
        await notes.add([
          `${id}r${reply}`,
          projectId,
          author === userId ? colleagueId : userId,
          visibility,
          "Agreed; noted in the draft.",
          ...target,
          id,
          null,
          null,
          null,
          null,
          time,
          time,
        ]);
      }
    }
  }
  return notes.done();
});

{
  const start = performance.now();
  process.stdout.write(`  ${"VACUUM ANALYZE".padEnd(34)}`);
  await client.query("VACUUM ANALYZE");
  const seconds = (performance.now() - start) / 1000;
  timings.push(["VACUUM ANALYZE", 0, seconds]);
  console.log(`${"".padStart(16)}${seconds.toFixed(1).padStart(6)} s`);
}

const { rows: countRows } = await client.query<Record<string, string>>(`SELECT
  (SELECT count(*) FROM "Source") AS sources, (SELECT count(*) FROM "SourceContributor") AS contributors,
  (SELECT count(*) FROM "SourceRelation") AS relations, (SELECT count(*) FROM "Passage") AS passages,
  (SELECT count(*) FROM "PassageTranslation") AS translations, (SELECT count(*) FROM "Claim") AS claims,
  (SELECT count(*) FROM "Evidence") AS evidence, (SELECT count(*) FROM "Observer") AS observers,
  (SELECT count(*) FROM "Reading") AS readings, (SELECT count(*) FROM "ReadingPhrase") AS phrases,
  (SELECT count(*) FROM "ReadingClaimStance") AS "claimStances", (SELECT count(*) FROM "ComparisonQuestion") AS questions,
  (SELECT count(*) FROM "ComparisonAnswer") AS answers, (SELECT count(*) FROM "Annotation") AS annotations`);
const counts = Object.fromEntries(Object.entries(countRows[0]!).map(([key, value]) => [key, Number(value)]));
const wordPassages: Record<string, number> = {};
for (const word of [WORDS.common, WORDS.rare, WORDS.cyrillic]) {
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM "Passage" WHERE "projectId" = $1 AND text ILIKE $2`,
    [projectId, `%${word}%`],
  );
  wordPassages[word] = Number(rows[0]!.n);
}
const { rows: archivalRows } = await client.query<{ n: string }>(
  `SELECT count(*) AS n FROM "Source" WHERE "projectId" = $1 AND "archiveCollection" = 'FO' AND "archiveSeries" = '371' AND "archiveFile" = '22286'`,
  [projectId],
);
const archivalSources = Number(archivalRows[0]!.n);

const generationSeconds = (performance.now() - started) / 1000;
const manifest: BenchManifest = {
  format: 1,
  complete: true,
  sizes,
  counts,
  projectId,
  userId,
  userEmail: BENCH_USER_EMAIL,
  benchClaimId,
  benchClaimNumber: 1,
  words: WORDS,
  wordPassages,
  archivalSources,
  generatedAt: new Date().toISOString(),
  generationSeconds,
};
await client.query(`UPDATE "Project" SET description = $2 WHERE id = $1`, [
  projectId,
  `Synthetic project of npm run bench:seed. ${MANIFEST_MARKER}${JSON.stringify(manifest)}`,
]);

console.log(
  `\nRows: ${Object.entries(counts)
    .map(([key, value]) => `${key} ${value.toLocaleString("en-US")}`)
    .join(", ")}`,
);
console.log(
  `Findable: ${Object.entries(wordPassages)
    .map(([word, n]) => `"${word}" in ${n.toLocaleString("en-US")} passages`)
    .join(", ")}, ${archivalSources} sources filed under ${WORDS.archival}`,
);
console.log(
  `Bench claim: C1 (${benchClaimId}), 200 evidence items, each source four derivations below an origin.`,
);
const { rows: sizeRows } = await client.query<{ size: string }>(
  "SELECT pg_size_pretty(pg_database_size(current_database())) AS size",
);
console.log(`Database size: ${sizeRows[0]!.size}.  Generated in ${generationSeconds.toFixed(1)} s.`);
printSignIn();
await client.end();
await database.stop();

function printSignIn() {
  console.log(
    `Sign in as ${BENCH_USER_EMAIL} / ${BENCH_USER_PASSWORD} (a local benchmark account). Measure with: npm run bench`,
  );
}
