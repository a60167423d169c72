// The demo project: how contemporaries and a later historian read Stalin's reply to I. F. Ivanov
// (Pravda, mid-February 1938). The case is specified in the domain notes (case-1938.md) and comes
// from R. C. Raack, Stalin's Drive to the West, 1938-1945 (Stanford University Press, 1995).
//
// Idempotent: every row has a fixed id and is written with upsert(..., update: {}), so a second
// run changes nothing and never overwrites what a user has edited since. Archival references and
// the wording of the British documents are illustrative, and each such source or passage says so
// in its note.
import { hashPassword } from "../lib/auth/password";
import type { Prisma, PrismaClient } from "../lib/db/generated/client";
import {
  AnswerValue,
  ArchivalLocatorScheme,
  ClaimStatus,
  ContributorRole,
  ObserverKind,
  ProjectRole,
  SourceKind,
  SourceRelationType,
  Stance,
} from "../lib/db/generated/enums";

export const DEMO_PROJECT_ID = "demo-project";
export const DEMO_USER_ID = "demo-user-historian";
export const DEMO_USER_EMAIL = "historian@example.org";
export const DEMO_USER_PASSWORD = "apparatus-demo";

type Tx = Prisma.TransactionClient;
type Row<T> = T & { id: string };

/** A UTC calendar day, for the @db.Date bounds of EDTF values. */
function day(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

// EDTF values used below, with the first and last day each can denote.
const FEB_1938 = { edtf: "1938-02", start: day("1938-02-01"), end: day("1938-02-28") };
const YEAR_1995 = { edtf: "1995", start: day("1995-01-01"), end: day("1995-12-31") };

const ILLUSTRATIVE_REFERENCE =
  "Illustrative reference: file and folio numbers are examples, not a verified citation.";

// ─── Ids ─────────────────────────────────────────────────────────────────────────────────────

const SRC = {
  pravda: "demo-src-pravda",
  journal: "demo-src-journal-de-moscou",
  times: "demo-src-times",
  dispatch: "demo-src-moscow-dispatch",
  minute: "demo-src-fo-minute",
  raack: "demo-src-raack-1995",
} as const;

const PSG = {
  pravda: "demo-psg-pravda-1",
  journal: "demo-psg-journal-de-moscou-1",
  times: "demo-psg-times-1",
  dispatch: "demo-psg-moscow-dispatch-1",
  minute: "demo-psg-fo-minute-1",
  raackFantasy: "demo-psg-raack-fantasy",
  raackPlan: "demo-psg-raack-plan",
  raackFebruary: "demo-psg-raack-february-1938",
} as const;

const CLAIM = {
  c1: "demo-claim-1",
  c2: "demo-claim-2",
  c3: "demo-claim-3",
  c4: "demo-claim-4",
  c5: "demo-claim-5",
} as const;

const OBS = {
  foreignOffice: "demo-obs-foreign-office",
  times: "demo-obs-times",
  embassy: "demo-obs-moscow-embassy",
  northern: "demo-obs-northern-department",
  journal: "demo-obs-journal-de-moscou",
  raack: "demo-obs-raack",
} as const;

const RDG = {
  times: "demo-rdg-times",
  embassy: "demo-rdg-moscow-embassy",
  northern: "demo-rdg-northern-department",
  journal: "demo-rdg-journal-de-moscou",
  raack: "demo-rdg-raack",
} as const;

const QST = {
  workersAbroad: "demo-q-workers-abroad",
  defensive: "demo-q-defensive",
  final: "demo-q-final",
  homeConsumption: "demo-q-home-consumption",
} as const;

// ─── Sources ─────────────────────────────────────────────────────────────────────────────────

function sources(projectId: string, userId: string): Row<Prisma.SourceUncheckedCreateInput>[] {
  const common = { projectId, createdById: userId };
  const tnaDispatch = { collection: "FO", series: "371", file: "22286", folio: "12" };
  const tnaMinute = { collection: "FO", series: "371", file: "22286", folio: "14" };
  return [
    {
      ...common,
      id: SRC.pravda,
      kind: SourceKind.newspaper_article,
      cslType: "article-newspaper",
      title: "Reply to Comrade Ivanov",
      titleOriginal: "Ответ товарищу Иванову Ивану Филипповичу",
      titleTransliterated: "Otvet tovarishchu Ivanovu Ivanu Filippovichu",
      titleTranslated: "Reply to Comrade Ivan Filippovich Ivanov",
      issuedEdtf: FEB_1938.edtf,
      issuedStart: FEB_1938.start,
      issuedEnd: FEB_1938.end,
      containerTitle: "Pravda",
      containerTitleOriginal: "Правда",
      publisherPlace: "Moscow",
      language: "ru",
      abstract:
        "Stalin's published reply to a letter from I. F. Ivanov, a Komsomol propagandist in the Kursk " +
        "region, on whether the victory of socialism in the USSR could be called final. One of Stalin's " +
        "rare public statements linking domestic and foreign policy (Raack).",
      note:
        "The origin of the other newspaper texts in this project. Raack dates the publication to " +
        "mid-February 1938. Day, issue, page and column have not been checked against the newspaper " +
        "for the demo, so the date is kept to the month.",
      csl: {
        id: SRC.pravda,
        type: "article-newspaper",
        title: "Reply to Comrade Ivanov",
        "original-title": "Ответ товарищу Иванову Ивану Филипповичу",
        author: [{ family: "Stalin", given: "I. V." }],
        "container-title": "Pravda",
        "original-container-title": "Правда",
        "publisher-place": "Moscow",
        issued: { "date-parts": [[1938, 2]] },
        language: "ru",
      },
    },
    {
      ...common,
      id: SRC.journal,
      kind: SourceKind.newspaper_article,
      cslType: "article-newspaper",
      title: "Réponse au camarade Ivanov",
      titleTranslated: "Reply to Comrade Ivanov",
      issuedEdtf: FEB_1938.edtf,
      issuedStart: FEB_1938.start,
      issuedEnd: FEB_1938.end,
      containerTitle: "Le Journal de Moscou",
      language: "fr",
      abstract: "The French text of Stalin's reply to Ivanov, for readers outside the USSR.",
      note:
        "French-language weekly; in 1938, in Raack's words, “the international voice of the Soviet " +
        "foreign ministry”. Raack reports that it carried the statement in mid-February 1938. The French " +
        "title is given for the demo and has not been checked against the issue; issue and page unknown.",
      csl: {
        id: SRC.journal,
        type: "article-newspaper",
        title: "Réponse au camarade Ivanov",
        author: [{ family: "Stalin", given: "I. V." }],
        "container-title": "Le Journal de Moscou",
        issued: { "date-parts": [[1938, 2]] },
        language: "fr",
      },
    },
    {
      ...common,
      id: SRC.times,
      kind: SourceKind.newspaper_article,
      cslType: "article-newspaper",
      title: "[Report of Stalin's reply to Ivanov]",
      issuedEdtf: FEB_1938.edtf,
      issuedStart: FEB_1938.start,
      issuedEnd: FEB_1938.end,
      containerTitle: "The Times",
      publisherPlace: "London",
      language: "en",
      abstract: "The Times' report of Stalin's letter, as summarised by Raack (1995).",
      note:
        "Reports the Pravda text (second-hand). Headline, date and page have not been verified for the " +
        "demo: the title in square brackets is descriptive, and the passage holds only the phrases Raack " +
        "quotes from the report.",
      csl: {
        id: SRC.times,
        type: "article-newspaper",
        title: "[Report of Stalin's reply to Ivanov]",
        "container-title": "The Times",
        "publisher-place": "London",
        issued: { "date-parts": [[1938, 2]] },
        language: "en",
      },
    },
    {
      ...common,
      id: SRC.dispatch,
      kind: SourceKind.dispatch,
      cslType: "manuscript",
      genre: "Dispatch",
      title: "[Dispatch from the British Embassy in Moscow on Stalin's reply to Ivanov]",
      issuedEdtf: FEB_1938.edtf,
      issuedStart: FEB_1938.start,
      issuedEnd: FEB_1938.end,
      language: "en",
      archive: "The National Archives",
      archivePlace: "Kew",
      archivalScheme: ArchivalLocatorScheme.tna,
      archiveCollection: tnaDispatch.collection,
      archiveSeries: tnaDispatch.series,
      archiveFile: tnaDispatch.file,
      archiveFolio: tnaDispatch.folio,
      // Where the dispatch was written: cited "British Embassy, Moscow, to Foreign Office".
      publisherPlace: "Moscow",
      note:
        `${ILLUSTRATIVE_REFERENCE} Raack records that British diplomats in Moscow reported and ` +
        "commented on the statement; this dispatch stands for them in the demo. Its date, title and the " +
        "wording of its passage are illustrative too.",
      csl: {
        id: SRC.dispatch,
        type: "manuscript",
        genre: "Dispatch",
        title: "[Dispatch from the British Embassy in Moscow on Stalin's reply to Ivanov]",
        author: [{ literal: "British Embassy" }],
        "publisher-place": "Moscow",
        recipient: [{ literal: "Foreign Office" }],
        issued: { "date-parts": [[1938, 2]] },
        archive: "The National Archives",
        "archive-place": "Kew",
        archive_location: `${tnaDispatch.collection} ${tnaDispatch.series}/${tnaDispatch.file}, fol. ${tnaDispatch.folio}`,
        language: "en",
      },
    },
    {
      ...common,
      id: SRC.minute,
      kind: SourceKind.minute,
      cslType: "manuscript",
      genre: "Minute",
      title: "[Northern Department minute on the Moscow dispatch about Stalin's reply to Ivanov]",
      issuedEdtf: FEB_1938.edtf,
      issuedStart: FEB_1938.start,
      issuedEnd: FEB_1938.end,
      language: "en",
      archive: "The National Archives",
      archivePlace: "Kew",
      archivalScheme: ArchivalLocatorScheme.tna,
      archiveCollection: tnaMinute.collection,
      archiveSeries: tnaMinute.series,
      archiveFile: tnaMinute.file,
      archiveFolio: tnaMinute.folio,
      note:
        `${ILLUSTRATIVE_REFERENCE} Raack records that officials of the Foreign Office's Northern ` +
        "Department commented on the statement; this minute stands for them in the demo. Its date, title " +
        "and the wording of its passage are illustrative too.",
      csl: {
        id: SRC.minute,
        type: "manuscript",
        genre: "Minute",
        title: "[Northern Department minute on the Moscow dispatch about Stalin's reply to Ivanov]",
        author: [{ literal: "Foreign Office, Northern Department" }],
        issued: { "date-parts": [[1938, 2]] },
        archive: "The National Archives",
        "archive-place": "Kew",
        archive_location: `${tnaMinute.collection} ${tnaMinute.series}/${tnaMinute.file}, fol. ${tnaMinute.folio}`,
        language: "en",
      },
    },
    {
      ...common,
      id: SRC.raack,
      kind: SourceKind.book,
      cslType: "book",
      title: "Stalin's Drive to the West, 1938-1945: The Origins of the Cold War",
      issuedEdtf: YEAR_1995.edtf,
      issuedStart: YEAR_1995.start,
      issuedEnd: YEAR_1995.end,
      publisher: "Stanford University Press",
      publisherPlace: "Stanford, CA",
      language: "en",
      abstract:
        "Argues that the view of Stalin's European diplomacy from 1938 on as mainly defensive is a product " +
        "of Stalin's propaganda, of political control of the archives and of Western gullibility; that Stalin " +
        "planned for a general European war ending in revolutions and a Red Army advance; and that the " +
        "wartime disputes with the Western Allies began over the territories gained through the pact with Hitler.",
      note:
        "Passages are quoted from the publisher's description and the opening pages; page numbers have " +
        "not been recorded for the demo.",
      csl: {
        id: SRC.raack,
        type: "book",
        title: "Stalin's Drive to the West, 1938-1945: The Origins of the Cold War",
        author: [{ family: "Raack", given: "R. C." }],
        publisher: "Stanford University Press",
        "publisher-place": "Stanford, CA",
        issued: { "date-parts": [[1995]] },
        language: "en",
      },
    },
  ];
}

function contributors(): Row<Prisma.SourceContributorUncheckedCreateInput>[] {
  const stalin = { family: "Stalin", given: "I. V.", original: "Сталин, И. В." };
  return [
    { id: "demo-ctb-pravda-1", sourceId: SRC.pravda, role: ContributorRole.author, position: 0, ...stalin },
    {
      id: "demo-ctb-journal-de-moscou-1",
      sourceId: SRC.journal,
      role: ContributorRole.author,
      position: 0,
      ...stalin,
    },
    {
      id: "demo-ctb-moscow-dispatch-1",
      sourceId: SRC.dispatch,
      role: ContributorRole.author,
      position: 0,
      literal: "British Embassy",
    },
    {
      id: "demo-ctb-moscow-dispatch-2",
      sourceId: SRC.dispatch,
      role: ContributorRole.recipient,
      position: 0,
      literal: "Foreign Office",
    },
    {
      id: "demo-ctb-fo-minute-1",
      sourceId: SRC.minute,
      role: ContributorRole.author,
      position: 0,
      literal: "Foreign Office, Northern Department",
    },
    {
      id: "demo-ctb-raack-1995-1",
      sourceId: SRC.raack,
      role: ContributorRole.author,
      position: 0,
      family: "Raack",
      given: "R. C.",
    },
  ];
}

function relations(projectId: string, userId: string): Row<Prisma.SourceRelationUncheckedCreateInput>[] {
  const common = { projectId, createdById: userId };
  return [
    {
      ...common,
      id: "demo-rel-journal-translates-pravda",
      fromSourceId: SRC.journal,
      toSourceId: SRC.pravda,
      type: SourceRelationType.translates,
      note: "French text of the reply; Raack names both papers as carrying it in mid-February 1938.",
    },
    {
      ...common,
      id: "demo-rel-times-reports-pravda",
      fromSourceId: SRC.times,
      toSourceId: SRC.pravda,
      type: SourceRelationType.reports,
      note: "A report of the Pravda text, quoting phrases of it in English.",
    },
    {
      ...common,
      id: "demo-rel-dispatch-comments-on-pravda",
      fromSourceId: SRC.dispatch,
      toSourceId: SRC.pravda,
      type: SourceRelationType.comments_on,
      note: "Illustrative: the embassy's comment on the published statement.",
    },
    {
      ...common,
      id: "demo-rel-minute-comments-on-dispatch",
      fromSourceId: SRC.minute,
      toSourceId: SRC.dispatch,
      type: SourceRelationType.comments_on,
      note: "Illustrative: a Northern Department minute on the embassy's dispatch.",
    },
    {
      ...common,
      id: "demo-rel-raack-cites-pravda",
      fromSourceId: SRC.raack,
      toSourceId: SRC.pravda,
      type: SourceRelationType.cites,
      note: "Raack discusses the statement as Pravda and Le Journal de Moscou reported it.",
    },
  ];
}

// ─── Passages ────────────────────────────────────────────────────────────────────────────────

const PRAVDA_EN =
  "The international proletarian ties of the working class of the USSR with the working class of the " +
  "bourgeois countries must be strengthened and consolidated; the political assistance of the working " +
  "class of the bourgeois countries to the working class of our country must be organised in case of a " +
  "military attack on our country, as must every kind of assistance of the working class of our country " +
  "to the working class of the bourgeois countries; …";

function passages(projectId: string, userId: string): Row<Prisma.PassageUncheckedCreateInput>[] {
  const common = { projectId, createdById: userId };
  return [
    {
      ...common,
      id: PSG.pravda,
      sourceId: SRC.pravda,
      language: "ru",
      position: 0,
      text:
        "Нужно усилить и укрепить интернациональные пролетарские связи рабочего класса СССР с рабочим " +
        "классом буржуазных стран; нужно организовать политическую помощь рабочего класса буржуазных " +
        "стран рабочему классу нашей страны на случай военного нападения на нашу страну, равно как " +
        "организовать всяческую помощь рабочего класса нашей страны рабочему классу буржуазных стран; …",
      note:
        "Wording as reprinted in later Soviet publications; check it against the Pravda issue before " +
        "quoting. Page and column not recorded.",
    },
    {
      ...common,
      id: PSG.journal,
      sourceId: SRC.journal,
      language: "fr",
      position: 0,
      text:
        "Il faut renforcer et consolider les liens prolétariens internationaux de la classe ouvrière de " +
        "l'URSS avec la classe ouvrière des pays bourgeois ; il faut organiser l'aide politique de la classe " +
        "ouvrière des pays bourgeois à la classe ouvrière de notre pays en cas d'agression militaire contre " +
        "notre pays, de même qu'organiser toute aide de la classe ouvrière de notre pays à la classe ouvrière " +
        "des pays bourgeois ; …",
      note:
        "Illustrative: the demo's own French rendering of the Pravda sentence, not a transcription of " +
        "Le Journal de Moscou. Replace it with the text of the issue before quoting.",
    },
    {
      ...common,
      id: PSG.times,
      sourceId: SRC.times,
      language: "en",
      position: 0,
      text: "… victory of socialism in one country … victory of socialism in our country is not final …",
      note:
        "Only the phrases that Raack (1995) quotes from The Times' report; the report itself has not " +
        "been transcribed for the demo. Page and column not recorded.",
    },
    {
      ...common,
      id: PSG.dispatch,
      sourceId: SRC.dispatch,
      language: "en",
      position: 0,
      folio: "12",
      text:
        "The letter restates familiar doctrine and seems meant chiefly for the party at home and for " +
        "communists abroad. The help it asks of foreign workers is asked in case of a military attack on " +
        "the Soviet Union, and the stress on capitalist encirclement serves to justify keeping the country " +
        "in mobilised readiness. We do not read it as a change of course in Soviet foreign policy.",
      note:
        "Illustrative paraphrase written for the demo, not the text of a real dispatch; the folio is " +
        "illustrative too.",
    },
    {
      ...common,
      id: PSG.minute,
      sourceId: SRC.minute,
      language: "en",
      position: 0,
      folio: "14",
      text:
        "I doubt that the letter is only for home consumption. Stalin says that the victory of socialism " +
        "in the Soviet Union is not final while the capitalist encirclement lasts, and he asks for help in " +
        "both directions: from the workers abroad to the Soviet Union, and from the Soviet workers to the " +
        "workers abroad. It would be unwise to treat this as a merely defensive posture.",
      note:
        "Illustrative paraphrase written for the demo, not the text of a real minute; the folio is " +
        "illustrative too.",
    },
    {
      ...common,
      id: PSG.raackFantasy,
      sourceId: SRC.raack,
      language: "en",
      position: 0,
      text:
        "The author reveals that the story - widely believed by historians and Western wartime leaders " +
        "alike - that Stalin's purposes in European diplomacy from 1938 on were mainly defensive is a " +
        "fantasy. Indeed, this is one of the longest enduring products of Stalin's propaganda, of long-term " +
        "political control of archival materials, and of the gullibility of Western observers.",
      note: "From the publisher's description of the book, not its body text; no page.",
    },
    {
      ...common,
      id: PSG.raackPlan,
      sourceId: SRC.raack,
      language: "en",
      position: 1,
      text:
        "The author argues that Stalin had concocted a plan for bringing about a general European war well " +
        "before Hitler launched his expansionist program for the Third Reich. Stalin expected that Hitler's " +
        "war, when it came, would lead to the internal collapse of the warring nations, and that military " +
        "revolts and proletarian revolutions like those of World War I would break out in the capitalist " +
        "countries. This scenario foresaw the embattled proletarians calling for the assistance of the Red " +
        "Army, which would sweep across Europe.",
      note: "From the publisher's description of the book, not its body text; no page.",
    },
    {
      ...common,
      id: PSG.raackFebruary,
      sourceId: SRC.raack,
      language: "en",
      position: 2,
      text:
        "Pravda and Le Journal de Moscou, the latter in 1938 the international voice of the Soviet foreign " +
        "ministry, in mid-February of that year reported one of Joseph Stalin's rare public statements " +
        "linking foreign and domestic policy, couched in the form of a response to an inquiring letter by " +
        "one of his Soviet concitoyens. The fact that Stalin gave this public testimony tells us that the " +
        "Soviet leader wanted to tell the world outside his nation something. But what? For the " +
        "interpretations of his remarks afterward supplied by vitally interested observers and government " +
        "analysts in other European capitals could not have been more varied.",
      note:
        "From the opening pages, as given in the excerpt the demo is built from (two slips of that copy " +
        "silently corrected: “The fact” capitalised, a stray full stop after “observers” removed). Page " +
        "not recorded.",
    },
  ];
}

function translations(): Row<Prisma.PassageTranslationUncheckedCreateInput>[] {
  return [
    {
      id: "demo-tr-pravda-1-en",
      passageId: PSG.pravda,
      language: "en",
      text: PRAVDA_EN,
      translator: "Apparatus demo translation",
    },
    {
      id: "demo-tr-journal-de-moscou-1-en",
      passageId: PSG.journal,
      language: "en",
      text: PRAVDA_EN,
      translator: "Apparatus demo translation",
      note: "Same sentence as the Pravda passage; the French is itself an illustrative rendering.",
    },
  ];
}

// ─── Claims and evidence ─────────────────────────────────────────────────────────────────────

function claims(projectId: string, userId: string): Row<Prisma.ClaimUncheckedCreateInput>[] {
  const common = { projectId, createdById: userId };
  const period1938to1945 = {
    periodEdtf: "1938/1945",
    periodStart: day("1938-01-01"),
    periodEnd: day("1945-12-31"),
  };
  return [
    {
      ...common,
      id: CLAIM.c1,
      number: 1,
      statement: "Stalin's purposes in European diplomacy from 1938 on were mainly defensive.",
      attribution: "Historians and Western wartime leaders (as summarised by Raack)",
      status: ClaimStatus.contested,
      tags: ["soviet-foreign-policy", "historiography", "1938"],
      ...period1938to1945,
      note: "The view Raack says was widely held by historians and by Western wartime leaders.",
    },
    {
      ...common,
      id: CLAIM.c2,
      number: 2,
      statement:
        "The defensive reading of Stalin's diplomacy is a fantasy: a product of Stalin's propaganda, of " +
        "political control of the archives, and of Western observers' gullibility.",
      attribution: "R. C. Raack",
      status: ClaimStatus.working,
      tags: ["soviet-foreign-policy", "historiography", "propaganda"],
      ...period1938to1945,
      note: "Contradicts C1.",
    },
    {
      ...common,
      id: CLAIM.c3,
      number: 3,
      statement:
        "Stalin planned, before Hitler's expansion began, to bring about a general European war that would " +
        "end in revolutions and an advance of the Red Army across Europe.",
      attribution: "R. C. Raack",
      status: ClaimStatus.working,
      tags: ["soviet-foreign-policy", "war-origins"],
      note: "Supports C2. No period set: Raack places the plan before Hitler's expansion began.",
    },
    {
      ...common,
      id: CLAIM.c4,
      number: 4,
      statement:
        "The wartime disputes between Stalin and the Western Allies began over the postwar disposition of " +
        "the territories Stalin had gained through his pact with Hitler.",
      attribution: "R. C. Raack",
      status: ClaimStatus.working,
      tags: ["wartime-diplomacy", "cold-war-origins"],
      periodEdtf: "1939/1945",
      periodStart: day("1939-01-01"),
      periodEnd: day("1945-12-31"),
    },
    {
      ...common,
      id: CLAIM.c5,
      number: 5,
      statement:
        "In February 1938 Stalin publicly linked Soviet domestic and foreign policy, and meant the world " +
        "outside the USSR to hear it.",
      attribution: "R. C. Raack",
      status: ClaimStatus.supported,
      tags: ["soviet-foreign-policy", "propaganda", "1938"],
      periodEdtf: FEB_1938.edtf,
      periodStart: FEB_1938.start,
      periodEnd: FEB_1938.end,
      note: "Evidence for C2 and C3.",
    },
  ];
}

/** The argument of claim 2, built from the demo's claims, as a chapter would begin. */
export const DEMO_ARGUMENT_ID = "demo-argument-fantasy";

function demoArgument(projectId: string, userId: string): Row<Prisma.ArgumentUncheckedCreateInput> {
  return {
    id: DEMO_ARGUMENT_ID,
    projectId,
    createdById: userId,
    title: "The defensive reading is a fantasy",
    description:
      "A chapter's argument against the defensive reading of Stalin's diplomacy (C2), from its evidence.",
  };
}

function argumentPoints(projectId: string, userId: string): Row<Prisma.ArgumentPointUncheckedCreateInput>[] {
  const common = { projectId, createdById: userId, argumentId: DEMO_ARGUMENT_ID };
  const rows: Omit<Prisma.ArgumentPointUncheckedCreateInput, "argumentId" | "projectId" | "position">[] = [
    { id: "demo-point-1", kind: "section", depth: 0, text: "The defensive reading and its critics" },
    {
      id: "demo-point-2",
      kind: "claim",
      depth: 1,
      claimId: CLAIM.c1,
      text: "For decades historians, like the Western leaders of the war, read Stalin's diplomacy from 1938 on as mainly defensive.",
    },
    {
      id: "demo-point-3",
      kind: "claim",
      depth: 1,
      claimId: CLAIM.c2,
      citeContrary: true,
      text: "That reading is a fantasy, made of Stalin's propaganda, of political control over the archives and of Western observers' gullibility.",
    },
    { id: "demo-point-4", kind: "section", depth: 0, text: "February 1938: a statement meant for the world" },
    {
      id: "demo-point-5",
      kind: "claim",
      depth: 1,
      claimId: CLAIM.c5,
      quote: "both",
      text: "In February 1938 Stalin linked Soviet domestic and foreign policy in public, and meant the world outside the USSR to hear it.",
    },
    {
      id: "demo-point-6",
      kind: "claim",
      depth: 1,
      claimId: CLAIM.c3,
      text: "", // The claim's statement stands as the point's text.
    },
    {
      id: "demo-point-7",
      kind: "prose",
      depth: 1,
      text: "How much of this rests on a single text is the question the evidence check at the end answers.",
    },
  ];
  return rows.map(
    (row, position) => ({ ...common, ...row, position }) as Row<Prisma.ArgumentPointUncheckedCreateInput>,
  );
}

function evidence(projectId: string, userId: string): Row<Prisma.EvidenceUncheckedCreateInput>[] {
  const common = { projectId, createdById: userId };
  return [
    // C5: three newspaper texts, all derived from Pravda (one independent origin).
    {
      ...common,
      id: "demo-ev-c5-pravda",
      claimId: CLAIM.c5,
      passageId: PSG.pravda,
      stance: Stance.supports,
      confidence: 5,
      position: 0,
      rationale:
        "Stalin's own published text ties the defence of the USSR to the workers of other countries, and theirs to it.",
    },
    {
      ...common,
      id: "demo-ev-c5-journal-de-moscou",
      claimId: CLAIM.c5,
      passageId: PSG.journal,
      stance: Stance.supports,
      confidence: 4,
      position: 1,
      rationale: "The foreign ministry's French-language paper put the statement before readers abroad.",
    },
    {
      ...common,
      id: "demo-ev-c5-times",
      claimId: CLAIM.c5,
      passageId: PSG.times,
      stance: Stance.supports,
      confidence: 4,
      position: 2,
      rationale: "The statement was heard and reported in London.",
    },
    // C2: Raack, an archival minute, C3 and C5 for it; C1 against it.
    {
      ...common,
      id: "demo-ev-c2-raack",
      claimId: CLAIM.c2,
      passageId: PSG.raackFantasy,
      stance: Stance.supports,
      confidence: 4,
      position: 0,
      rationale: "Raack states the thesis: the defensive story is a fantasy and names its three sources.",
    },
    {
      ...common,
      id: "demo-ev-c2-fo-minute",
      claimId: CLAIM.c2,
      passageId: PSG.minute,
      stance: Stance.supports,
      confidence: 2,
      position: 1,
      rationale:
        "A contemporary official reading that declined to treat the letter as merely defensive " +
        "(illustrative minute).",
    },
    {
      ...common,
      id: "demo-ev-c2-claim-3",
      claimId: CLAIM.c2,
      supportingClaimId: CLAIM.c3,
      stance: Stance.supports,
      confidence: 3,
      position: 2,
      rationale: "If Stalin planned for a general European war, his diplomacy was not mainly defensive.",
    },
    {
      ...common,
      id: "demo-ev-c2-claim-5",
      claimId: CLAIM.c2,
      supportingClaimId: CLAIM.c5,
      stance: Stance.supports,
      confidence: 3,
      position: 3,
      rationale:
        "Stalin's public statement of February 1938, meant for the world outside the USSR, is part of Raack's case.",
    },
    {
      ...common,
      id: "demo-ev-c2-claim-1",
      claimId: CLAIM.c2,
      supportingClaimId: CLAIM.c1,
      stance: Stance.contradicts,
      confidence: 4,
      position: 4,
      rationale: "The rival thesis: Stalin's purposes from 1938 on were mainly defensive.",
    },
    // C3
    {
      ...common,
      id: "demo-ev-c3-raack",
      claimId: CLAIM.c3,
      passageId: PSG.raackPlan,
      stance: Stance.supports,
      confidence: 3,
      position: 0,
      rationale:
        "Raack's argument as the publisher summarises it; the book's evidence is to be checked chapter by chapter.",
    },
    // C1
    {
      ...common,
      id: "demo-ev-c1-moscow-dispatch",
      claimId: CLAIM.c1,
      passageId: PSG.dispatch,
      stance: Stance.supports,
      confidence: 2,
      position: 0,
      rationale:
        "A contemporary diplomatic reading of the letter as defensive and aimed at home (illustrative dispatch).",
    },
    {
      ...common,
      id: "demo-ev-c1-raack",
      claimId: CLAIM.c1,
      passageId: PSG.raackFantasy,
      stance: Stance.context,
      confidence: 3,
      position: 1,
      rationale: "Raack reports how widely the defensive view was held, in order to reject it.",
    },
    // C4
    {
      ...common,
      id: "demo-ev-c4-raack",
      claimId: CLAIM.c4,
      sourceId: SRC.raack,
      stance: Stance.supports,
      confidence: 3,
      position: 0,
      rationale: "The book's argument on the origins of the wartime disputes, taken as a whole.",
    },
  ];
}

// ─── Observers, readings and the comparison ──────────────────────────────────────────────────

function observers(projectId: string, userId: string): Row<Prisma.ObserverUncheckedCreateInput>[] {
  const common = { projectId, createdById: userId };
  // The Foreign Office comes first: the embassy and the Northern Department name it as affiliation.
  return [
    {
      ...common,
      id: OBS.foreignOffice,
      name: "Foreign Office",
      kind: ObserverKind.institution,
      note: "The British foreign ministry in London.",
    },
    { ...common, id: OBS.times, name: "The Times (London)", kind: ObserverKind.newspaper },
    {
      ...common,
      id: OBS.embassy,
      name: "British Embassy in Moscow",
      kind: ObserverKind.embassy,
      affiliationId: OBS.foreignOffice,
      note: "Stands for the British diplomats in Moscow who, Raack records, reported on the statement.",
    },
    {
      ...common,
      id: OBS.northern,
      name: "Foreign Office, Northern Department",
      kind: ObserverKind.ministry_department,
      affiliationId: OBS.foreignOffice,
      note: "The department that dealt with the Soviet Union.",
    },
    {
      ...common,
      id: OBS.journal,
      name: "Le Journal de Moscou",
      kind: ObserverKind.newspaper,
      note: "French-language weekly, in 1938 the international voice of the Soviet foreign ministry (Raack).",
    },
    {
      ...common,
      id: OBS.raack,
      name: "R. C. Raack",
      kind: ObserverKind.historian,
      note: "Historian; author of Stalin's Drive to the West, 1938-1945 (1995).",
    },
  ];
}

function readings(projectId: string, userId: string): Row<Prisma.ReadingUncheckedCreateInput>[] {
  const common = { projectId, createdById: userId, sourceId: SRC.pravda };
  const feb1938 = { readAtEdtf: FEB_1938.edtf, readAtStart: FEB_1938.start, readAtEnd: FEB_1938.end };
  return [
    {
      ...common,
      ...feb1938,
      id: RDG.times,
      observerId: OBS.times,
      documentingSourceId: SRC.times,
      summary:
        "Stalin said that the clique lately tried and executed as enemies of the people had opposed the “victory of " +
        "socialism in one country”, yet that this victory “is not final”; the proletarians of other " +
        "countries should help make the revolution in the USSR more secure, and Soviet workers should " +
        "assist the workers abroad. (As summarised by Raack.)",
    },
    {
      ...common,
      ...feb1938,
      id: RDG.embassy,
      observerId: OBS.embassy,
      documentingSourceId: SRC.dispatch,
      documentingLocator: "f. 12",
      summary:
        "Illustrative: a restatement of doctrine meant chiefly for the home audience and for communists " +
        "abroad. The help asked of foreign workers is asked in case of an attack on the USSR; the stress on " +
        "capitalist encirclement justifies mobilised readiness at home. No change of course in foreign policy.",
    },
    {
      ...common,
      ...feb1938,
      id: RDG.northern,
      observerId: OBS.northern,
      documentingSourceId: SRC.minute,
      documentingLocator: "f. 14",
      summary:
        "Illustrative: not only for home consumption. Victory in the USSR is not final while the " +
        "encirclement lasts, and help is to flow both ways, from workers abroad to the USSR and from Soviet " +
        "workers to workers abroad: not a merely defensive posture.",
    },
    {
      ...common,
      ...feb1938,
      id: RDG.journal,
      observerId: OBS.journal,
      documentingSourceId: SRC.journal,
      summary:
        "Carries the reply in French for readers outside the USSR. Its reading is its publication: the " +
        "Soviet foreign ministry's voice abroad put the statement before a foreign public. The demo records " +
        "no editorial comment.",
    },
    {
      ...common,
      id: RDG.raack,
      observerId: OBS.raack,
      documentingSourceId: SRC.raack,
      readAtEdtf: YEAR_1995.edtf,
      readAtStart: YEAR_1995.start,
      readAtEnd: YEAR_1995.end,
      summary:
        "One of Stalin's rare public statements linking foreign and domestic policy: by giving it, Stalin " +
        "wanted to tell the world outside the USSR something, and the observers' interpretations “could not " +
        "have been more varied”. Raack reads it within his thesis that Stalin's diplomacy was not mainly " +
        "defensive (the excerpt used for the demo breaks off before his own interpretation in full).",
    },
  ];
}

function readingPhrases(): Row<Prisma.ReadingPhraseUncheckedCreateInput>[] {
  return [
    {
      id: "demo-rph-times-1",
      readingId: RDG.times,
      text: "victory of socialism in one country",
      passageId: PSG.times,
      position: 0,
    },
    {
      id: "demo-rph-times-2",
      readingId: RDG.times,
      text: "victory of socialism in our country is not final",
      passageId: PSG.times,
      position: 1,
    },
    {
      id: "demo-rph-moscow-embassy-1",
      readingId: RDG.embassy,
      text: "in case of a military attack on our country",
      passageId: PSG.pravda,
      position: 0,
    },
    {
      id: "demo-rph-northern-department-1",
      readingId: RDG.northern,
      text: "every kind of assistance of the working class of our country to the working class of the bourgeois countries",
      passageId: PSG.pravda,
      position: 0,
    },
    {
      id: "demo-rph-journal-de-moscou-1",
      readingId: RDG.journal,
      text: "l'aide politique de la classe ouvrière des pays bourgeois à la classe ouvrière de notre pays",
      passageId: PSG.journal,
      position: 0,
    },
    {
      id: "demo-rph-raack-1",
      readingId: RDG.raack,
      text: "wanted to tell the world outside his nation something",
      passageId: PSG.raackFebruary,
      position: 0,
    },
    {
      id: "demo-rph-raack-2",
      readingId: RDG.raack,
      text: "could not have been more varied",
      passageId: PSG.raackFebruary,
      position: 1,
    },
  ];
}

function readingClaimStances(): Row<Prisma.ReadingClaimStanceUncheckedCreateInput>[] {
  return [
    {
      id: "demo-rcs-raack-claim-5",
      readingId: RDG.raack,
      claimId: CLAIM.c5,
      stance: Stance.supports,
      note: "Stalin meant the world outside the USSR to hear the statement.",
    },
    {
      id: "demo-rcs-raack-claim-2",
      readingId: RDG.raack,
      claimId: CLAIM.c2,
      stance: Stance.supports,
      note: "Read within the book's thesis.",
    },
    {
      id: "demo-rcs-raack-claim-3",
      readingId: RDG.raack,
      claimId: CLAIM.c3,
      stance: Stance.supports,
      note: "Read within the book's thesis.",
    },
    {
      id: "demo-rcs-moscow-embassy-claim-1",
      readingId: RDG.embassy,
      claimId: CLAIM.c1,
      stance: Stance.supports,
      note: "Illustrative reading: defensive and aimed at home.",
    },
    {
      id: "demo-rcs-northern-department-claim-1",
      readingId: RDG.northern,
      claimId: CLAIM.c1,
      stance: Stance.contradicts,
      note: "Illustrative reading: not merely defensive.",
    },
  ];
}

function questions(projectId: string, userId: string): Row<Prisma.ComparisonQuestionUncheckedCreateInput>[] {
  const common = { projectId, createdById: userId, sourceId: SRC.pravda };
  return [
    { ...common, id: QST.workersAbroad, position: 0, text: "Does Stalin call on workers abroad to act?" },
    { ...common, id: QST.defensive, position: 1, text: "Is the posture defensive?" },
    {
      ...common,
      id: QST.final,
      position: 2,
      text: "Is the victory of socialism in the USSR presented as final?",
    },
    // On "final" every observer who speaks says no; this one is the third question on which the
    // observers disagree (their answers other than "silent" differ).
    {
      ...common,
      id: QST.homeConsumption,
      position: 3,
      text: "Is the letter meant chiefly for home consumption?",
    },
  ];
}

function answers(userId: string): Row<Prisma.ComparisonAnswerUncheckedCreateInput>[] {
  // Each observer's answers cite the source that documents its reading.
  const by = {
    times: { observerId: OBS.times, readingId: RDG.times, citedSourceId: SRC.times },
    "moscow-embassy": {
      observerId: OBS.embassy,
      readingId: RDG.embassy,
      citedSourceId: SRC.dispatch,
      citedLocator: "f. 12",
    },
    "northern-department": {
      observerId: OBS.northern,
      readingId: RDG.northern,
      citedSourceId: SRC.minute,
      citedLocator: "f. 14",
    },
    "journal-de-moscou": { observerId: OBS.journal, readingId: RDG.journal, citedSourceId: SRC.journal },
    raack: { observerId: OBS.raack, readingId: RDG.raack, citedSourceId: SRC.raack },
  };
  const answer = (
    question: keyof typeof QST,
    observer: keyof typeof by,
    value: AnswerValue,
    note: string,
  ): Row<Prisma.ComparisonAnswerUncheckedCreateInput> => ({
    id: `${QST[question].replace(/^demo-q-/, "demo-ans-")}-${observer}`,
    questionId: QST[question],
    value,
    note,
    createdById: userId,
    ...by[observer],
  });
  return [
    answer(
      "workersAbroad",
      "times",
      AnswerValue.yes,
      "The proletarians of other countries should help make the revolution in the USSR more secure (as Raack summarises the report).",
    ),
    answer(
      "workersAbroad",
      "moscow-embassy",
      AnswerValue.ambiguous,
      "Illustrative: the call is read as conditional, help in case of an attack on the USSR.",
    ),
    answer(
      "workersAbroad",
      "northern-department",
      AnswerValue.yes,
      "Illustrative: the call, in both directions, is taken at face value.",
    ),
    answer(
      "workersAbroad",
      "journal-de-moscou",
      AnswerValue.yes,
      "The French text carries the call; no comment of the paper's own is recorded.",
    ),
    answer(
      "workersAbroad",
      "raack",
      AnswerValue.yes,
      "Raack relays The Times: proletarians abroad to help, Soviet workers to assist the workers abroad.",
    ),
    answer(
      "defensive",
      "times",
      AnswerValue.ambiguous,
      "Help from abroad to secure the USSR, but also Soviet help to the workers abroad.",
    ),
    answer(
      "defensive",
      "moscow-embassy",
      AnswerValue.yes,
      "Illustrative: encirclement and mobilised readiness; help asked in case of attack.",
    ),
    answer(
      "defensive",
      "northern-department",
      AnswerValue.no,
      "Illustrative: “not a merely defensive posture”.",
    ),
    answer(
      "defensive",
      "journal-de-moscou",
      AnswerValue.silent,
      "A text for foreign readers; no comment of the paper's own is recorded.",
    ),
    answer(
      "defensive",
      "raack",
      AnswerValue.no,
      "Raack calls the defensive reading of Stalin's diplomacy from 1938 on a fantasy.",
    ),
    answer(
      "final",
      "times",
      AnswerValue.no,
      "“victory of socialism in our country is not final” (as quoted by Raack).",
    ),
    answer(
      "final",
      "moscow-embassy",
      AnswerValue.silent,
      "Illustrative: the dispatch does not take up whether the victory is final.",
    ),
    answer(
      "final",
      "northern-department",
      AnswerValue.no,
      "Illustrative: “not final while the capitalist encirclement lasts”.",
    ),
    answer(
      "final",
      "journal-de-moscou",
      AnswerValue.no,
      "The reply it carries says so (as The Times reported); the demo's passage of the Journal does not include that sentence.",
    ),
    answer("final", "raack", AnswerValue.no, "Raack quotes The Times: the victory “is not final”."),
    answer(
      "homeConsumption",
      "times",
      AnswerValue.silent,
      "The report, as Raack summarises it, does not say whom Stalin was addressing.",
    ),
    answer(
      "homeConsumption",
      "moscow-embassy",
      AnswerValue.yes,
      "Illustrative: familiar doctrine, “meant chiefly for the party at home” (and for communists abroad).",
    ),
    answer(
      "homeConsumption",
      "northern-department",
      AnswerValue.no,
      "Illustrative: “I doubt that the letter is only for home consumption”.",
    ),
    answer(
      "homeConsumption",
      "journal-de-moscou",
      AnswerValue.silent,
      "It printed the text in French for readers abroad; no comment of the paper's own is recorded.",
    ),
    answer(
      "homeConsumption",
      "raack",
      AnswerValue.no,
      "Stalin “wanted to tell the world outside his nation something”.",
    ),
  ];
}

// ─── Seeding ─────────────────────────────────────────────────────────────────────────────────

/** The demo user: found by id or by email (never modified), else created with the demo password. */
async function ensureDemoUser(tx: Tx, passwordHash: string | null): Promise<string> {
  const existing =
    (await tx.user.findUnique({ where: { id: DEMO_USER_ID }, select: { id: true } })) ??
    (await tx.user.findUnique({ where: { email: DEMO_USER_EMAIL }, select: { id: true } }));
  if (existing) return existing.id;
  const created = await tx.user.create({
    data: {
      id: DEMO_USER_ID,
      email: DEMO_USER_EMAIL,
      name: "Demo Historian",
      passwordHash: passwordHash ?? (await hashPassword(DEMO_USER_PASSWORD)),
    },
    select: { id: true },
  });
  return created.id;
}

/** Seeds the demo project (idempotent; existing rows are left exactly as they are). */
export async function seedDemo(prisma: PrismaClient): Promise<{ projectId: string }> {
  // Hash outside the transaction, and only when the account will be created.
  const userExists = await prisma.user.findFirst({
    where: { OR: [{ id: DEMO_USER_ID }, { email: DEMO_USER_EMAIL }] },
    select: { id: true },
  });
  const passwordHash = userExists ? null : await hashPassword(DEMO_USER_PASSWORD);

  await prisma.$transaction(
    async (tx) => {
      const userId = await ensureDemoUser(tx, passwordHash);
      const projectId = DEMO_PROJECT_ID;

      await tx.project.upsert({
        where: { id: projectId },
        create: {
          id: projectId,
          name: "Stalin's February 1938 letter",
          description:
            "How observers read Stalin's reply to I. F. Ivanov, published in Pravda in mid-February 1938: " +
            "The Times, British diplomats in Moscow, the Foreign Office's Northern Department, Le Journal de " +
            "Moscou and the historian R. C. Raack (Stalin's Drive to the West, 1938-1945, 1995). Claims 1–5 " +
            "set Raack's thesis against the defensive reading of Stalin's diplomacy; every newspaper text " +
            "goes back to one origin, Pravda. Archival references and the wording of the British documents " +
            "are illustrative.",
        },
        update: {},
      });
      await tx.membership.upsert({
        where: { projectId_userId: { projectId, userId } },
        create: { id: "demo-membership-historian", projectId, userId, role: ProjectRole.owner },
        update: {},
      });

      for (const row of sources(projectId, userId)) {
        await tx.source.upsert({ where: { id: row.id }, create: row, update: {} });
      }
      // The Times' report is known only through Raack, who quotes it: cited "quoted in" Raack.
      // Set once the book exists, and only on a source nobody has edited since the seed.
      await tx.source.updateMany({
        where: { id: SRC.times, version: 1, quotedInId: null },
        data: { quotedInId: SRC.raack },
      });
      for (const row of contributors()) {
        await tx.sourceContributor.upsert({ where: { id: row.id }, create: row, update: {} });
      }
      for (const row of relations(projectId, userId)) {
        await tx.sourceRelation.upsert({ where: { id: row.id }, create: row, update: {} });
      }
      for (const row of passages(projectId, userId)) {
        await tx.passage.upsert({ where: { id: row.id }, create: row, update: {} });
      }
      for (const row of translations()) {
        await tx.passageTranslation.upsert({ where: { id: row.id }, create: row, update: {} });
      }
      for (const row of claims(projectId, userId)) {
        await tx.claim.upsert({ where: { id: row.id }, create: row, update: {} });
      }
      for (const row of evidence(projectId, userId)) {
        await tx.evidence.upsert({ where: { id: row.id }, create: row, update: {} });
      }
      for (const row of observers(projectId, userId)) {
        await tx.observer.upsert({ where: { id: row.id }, create: row, update: {} });
      }
      for (const row of readings(projectId, userId)) {
        await tx.reading.upsert({ where: { id: row.id }, create: row, update: {} });
      }
      for (const row of readingPhrases()) {
        await tx.readingPhrase.upsert({ where: { id: row.id }, create: row, update: {} });
      }
      for (const row of readingClaimStances()) {
        await tx.readingClaimStance.upsert({ where: { id: row.id }, create: row, update: {} });
      }
      for (const row of questions(projectId, userId)) {
        await tx.comparisonQuestion.upsert({ where: { id: row.id }, create: row, update: {} });
      }
      for (const row of answers(userId)) {
        await tx.comparisonAnswer.upsert({ where: { id: row.id }, create: row, update: {} });
      }
      const argument = demoArgument(projectId, userId);
      await tx.argument.upsert({ where: { id: argument.id }, create: argument, update: {} });
      for (const row of argumentPoints(projectId, userId)) {
        await tx.argumentPoint.upsert({ where: { id: row.id }, create: row, update: {} });
      }
    },
    { timeout: 60_000, maxWait: 10_000 },
  );

  return { projectId: DEMO_PROJECT_ID };
}
