import { z } from "zod";
import {
  ActivityAction,
  AnnotationVisibility,
  AnswerValue,
  ArchivalLocatorScheme,
  ArgumentPointKind,
  ArgumentQuoteMode,
  CitationScript,
  ClaimStatus,
  ContributorRole,
  ObserverKind,
  ProjectRole,
  SourceKind,
  SourceRelationType,
  Stance,
} from "@/lib/db/generated/enums";

// The project archive's format: one .zip with a manifest, one JSON Lines file per kind of entity
// and the photos as their original files. This file is its definition: what each file holds, the
// schema every row is checked against before a restore writes anything, and which fields name
// other rows (remapped to new ids on restore). README.txt in every archive is written from it.

export const ARCHIVE_FORMAT = "apparatus-project-archive";
/** Bumped when a reader of an older version could not read the archive correctly. */
export const ARCHIVE_FORMAT_VERSION = 1;

const text = z.string();
const optText = z.string().nullable();
const int = z.number().int();
const optInt = z.number().int().nullable();
const date = z.iso.datetime({ offset: true });
const optDate = date.nullable();
const json = z.unknown();
const id = z.string().min(1).max(64);
const optId = id.nullable();
const enumOf = <T extends Record<string, string>>(values: T) =>
  z.enum(Object.values(values) as [string, ...string[]]);

/**
 * The kinds, in the order a restore writes them: a row names only rows of its own kind or of a
 * kind above. "people" are not created: they are matched by email to the instance's accounts.
 */
export const ENTITY_NAMES = [
  "people",
  "project",
  "sources",
  "sourceContributors",
  "relations",
  "passages",
  "translations",
  "photos",
  "regions",
  "claims",
  "evidence",
  "observers",
  "readings",
  "readingPhrases",
  "readingClaimStances",
  "questions",
  "answers",
  "annotations",
  "citationStyles",
  "arguments",
  "argumentPoints",
  "history",
] as const;

export type EntityName = (typeof ENTITY_NAMES)[number];

/** An entity kind of the archive: its file, its rows' schema, and its fields that name other rows. */
export interface EntitySpec {
  file: string;
  description: string;
  row: z.ZodObject;
  /** field → the entity it names. */
  refs: Record<string, EntityName>;
  /** A list field of ids (an argument point's evidence). */
  listRefs?: Record<string, EntityName>;
}

const timestamps = { createdAt: date, updatedAt: date };

export const ENTITIES = {
  people: {
    file: "people.jsonl",
    description:
      "Everyone the project names: members (with their role) and former members who wrote something. Matched by email on restore.",
    row: z.strictObject({
      id,
      name: optText,
      email: z.string().min(3).max(320),
      role: enumOf(ProjectRole).nullable(),
    }),
    refs: {},
  },
  project: {
    file: "project.jsonl",
    description: "The project itself: its name and description (one row).",
    row: z.strictObject({
      id,
      name: z.string().min(1).max(200),
      description: optText,
      archivedAt: optDate,
      // Archives written before citation scripts were chosen per project lack it: romanized.
      citationScript: enumOf(CitationScript).optional(),
      ...timestamps,
    }),
    refs: {},
  },
  sources: {
    file: "sources.jsonl",
    description:
      "Sources with every recorded field, and `csl`, the full CSL-JSON item as imported or last edited.",
    row: z.strictObject({
      id,
      kind: enumOf(SourceKind),
      cslType: text,
      genre: optText,
      title: text,
      titleOriginal: optText,
      titleTransliterated: optText,
      titleTranslated: optText,
      // Archives written before short titles were recorded lack it.
      titleShort: optText.optional(),
      issuedEdtf: optText,
      issuedStart: optDate,
      issuedEnd: optDate,
      containerTitle: optText,
      containerTitleOriginal: optText.optional(),
      collectionTitle: optText,
      volume: optText,
      issue: optText,
      page: optText,
      edition: optText,
      publisher: optText,
      publisherPlace: optText,
      language: optText,
      doi: optText,
      isbn: optText,
      url: optText,
      archive: optText,
      archivePlace: optText,
      archivalScheme: enumOf(ArchivalLocatorScheme).nullable(),
      archiveRepository: optText,
      archiveCollection: optText,
      archiveSeries: optText,
      archiveFile: optText,
      archiveItem: optText,
      archiveFolio: optText,
      archivePage: optText,
      archiveLocation: optText,
      abstract: optText,
      note: optText,
      quotedInId: optId,
      quotedInLocator: optText,
      csl: json,
      version: int,
      createdById: optId,
      ...timestamps,
    }),
    refs: { quotedInId: "sources", createdById: "people" },
  },
  sourceContributors: {
    file: "source-contributors.jsonl",
    description: "The authors, editors, translators and recipients of each source, in order.",
    row: z.strictObject({
      id,
      sourceId: id,
      role: enumOf(ContributorRole),
      position: int,
      family: optText,
      given: optText,
      literal: optText,
      droppingParticle: optText,
      nonDroppingParticle: optText,
      suffix: optText,
      original: optText,
    }),
    refs: { sourceId: "sources" },
  },
  relations: {
    file: "source-relations.jsonl",
    description: "Provenance: which source reprints, translates, reports or quotes which.",
    row: z.strictObject({
      id,
      fromSourceId: id,
      toSourceId: id,
      type: enumOf(SourceRelationType),
      note: optText,
      version: int,
      createdById: optId,
      ...timestamps,
    }),
    refs: { fromSourceId: "sources", toSourceId: "sources", createdById: "people" },
  },
  passages: {
    file: "passages.jsonl",
    description: "Passages of sources in their original language, with page, folio, column and paragraph.",
    row: z.strictObject({
      id,
      sourceId: id,
      text,
      language: optText,
      page: optText,
      folio: optText,
      column: optText,
      paragraph: optText,
      note: optText,
      position: int,
      version: int,
      createdById: optId,
      ...timestamps,
    }),
    refs: { sourceId: "sources", createdById: "people" },
  },
  translations: {
    file: "passage-translations.jsonl",
    description: "Translations of passages.",
    row: z.strictObject({
      id,
      passageId: id,
      language: text,
      text,
      translator: optText,
      note: optText,
      ...timestamps,
    }),
    refs: { passageId: "passages" },
  },
  photos: {
    file: "photos.jsonl",
    description:
      "Photos and scans of sources' pages; `file` is the original image in photos/, `thumbnailFile` its 480-pixel WebP.",
    row: z.strictObject({
      id,
      sourceId: id,
      passageId: optId,
      caption: text,
      fileName: text,
      contentType: z.enum(["image/jpeg", "image/png", "image/webp"]),
      byteSize: int,
      width: int,
      height: int,
      sha256: z.string().min(1).max(128),
      position: int,
      // Archives written before photos turned and had regions lack these two.
      rotation: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]).optional(),
      nextRegionNumber: int.optional(),
      version: int,
      createdById: optId,
      file: z.string().regex(/^photos\/[\w-]+\.(jpg|png|webp)$/),
      thumbnailFile: z.string().regex(/^photos\/thumbnails\/[\w-]+\.webp$/),
      ...timestamps,
    }),
    refs: { sourceId: "sources", passageId: "passages", createdById: "people" },
  },
  regions: {
    file: "photo-regions.jsonl",
    description:
      "Regions of photos where a quote stands: x, y, width, height in the photo's pixels (the W3C fragment xywh), the passage they show, and the text OCR read in them.",
    row: z.strictObject({
      id,
      imageId: id,
      number: int,
      x: int,
      y: int,
      width: int,
      height: int,
      passageId: optId,
      passagePosition: int,
      ocrText: optText,
      ocrLines: json,
      version: int,
      createdById: optId,
      ...timestamps,
    }),
    refs: { imageId: "photos", passageId: "passages", createdById: "people" },
  },
  claims: {
    file: "claims.jsonl",
    description: "Claims, with their number (C5), status, tags and period.",
    row: z.strictObject({
      id,
      number: int,
      statement: text,
      attribution: optText,
      status: enumOf(ClaimStatus),
      tags: z.array(text),
      periodEdtf: optText,
      periodStart: optDate,
      periodEnd: optDate,
      note: optText,
      version: int,
      createdById: optId,
      ...timestamps,
    }),
    refs: { createdById: "people" },
  },
  evidence: {
    file: "evidence.jsonl",
    description:
      "Evidence: a claim resting on a passage, a whole source or another claim, with stance and confidence.",
    row: z.strictObject({
      id,
      claimId: id,
      passageId: optId,
      sourceId: optId,
      supportingClaimId: optId,
      stance: enumOf(Stance),
      confidence: int,
      rationale: optText,
      position: int,
      version: int,
      createdById: optId,
      ...timestamps,
    }),
    refs: {
      claimId: "claims",
      passageId: "passages",
      sourceId: "sources",
      supportingClaimId: "claims",
      createdById: "people",
    },
  },
  observers: {
    file: "observers.jsonl",
    description: "Observers: newspapers, embassies, ministries, historians, and the body each belongs to.",
    row: z.strictObject({
      id,
      name: text,
      kind: enumOf(ObserverKind),
      activeFrom: optInt,
      activeTo: optInt,
      affiliationId: optId,
      note: optText,
      version: int,
      createdById: optId,
      ...timestamps,
    }),
    refs: { affiliationId: "observers", createdById: "people" },
  },
  readings: {
    file: "readings.jsonl",
    description: "Observers' readings of sources, each documented by a source.",
    row: z.strictObject({
      id,
      observerId: id,
      sourceId: id,
      documentingSourceId: optId,
      documentingLocator: optText,
      readAtEdtf: optText,
      readAtStart: optDate,
      readAtEnd: optDate,
      summary: text,
      version: int,
      createdById: optId,
      ...timestamps,
    }),
    refs: {
      observerId: "observers",
      sourceId: "sources",
      documentingSourceId: "sources",
      createdById: "people",
    },
  },
  readingPhrases: {
    file: "reading-phrases.jsonl",
    description: "The phrases an observer quoted or stressed.",
    row: z.strictObject({ id, readingId: id, text, passageId: optId, position: int }),
    refs: { readingId: "readings", passageId: "passages" },
  },
  readingClaimStances: {
    file: "reading-claim-stances.jsonl",
    description: "What a reading says of a claim.",
    row: z.strictObject({ id, readingId: id, claimId: id, stance: enumOf(Stance), note: optText }),
    refs: { readingId: "readings", claimId: "claims" },
  },
  questions: {
    file: "comparison-questions.jsonl",
    description: "The questions asked of every observer's reading of a source.",
    row: z.strictObject({
      id,
      sourceId: id,
      text,
      position: int,
      version: int,
      createdById: optId,
      ...timestamps,
    }),
    refs: { sourceId: "sources", createdById: "people" },
  },
  answers: {
    file: "comparison-answers.jsonl",
    description: "Each observer's answer to a question, with the source it is read from.",
    row: z.strictObject({
      id,
      questionId: id,
      observerId: id,
      readingId: optId,
      value: enumOf(AnswerValue),
      note: optText,
      citedSourceId: optId,
      citedLocator: optText,
      version: int,
      createdById: optId,
      ...timestamps,
    }),
    refs: {
      questionId: "questions",
      observerId: "observers",
      readingId: "readings",
      citedSourceId: "sources",
      createdById: "people",
    },
  },
  annotations: {
    file: "annotations.jsonl",
    description:
      "Notes and replies: every shared one, and the private ones of the member who made the archive (of everyone in a server backup), with their anchors in the text.",
    row: z.strictObject({
      id,
      authorId: optId,
      visibility: enumOf(AnnotationVisibility),
      body: text,
      claimId: optId,
      sourceId: optId,
      passageId: optId,
      readingId: optId,
      evidenceId: optId,
      parentId: optId,
      selectorExact: optText,
      selectorPrefix: optText,
      selectorSuffix: optText,
      selectorStart: optInt,
      version: int,
      ...timestamps,
    }),
    refs: {
      authorId: "people",
      claimId: "claims",
      sourceId: "sources",
      passageId: "passages",
      readingId: "readings",
      evidenceId: "evidence",
      parentId: "annotations",
    },
  },
  citationStyles: {
    file: "citation-styles.jsonl",
    description: "CSL styles uploaded to the project, as their XML.",
    row: z.strictObject({ id, name: text, title: text, xml: text, uploadedById: optId, createdAt: date }),
    refs: { uploadedById: "people" },
  },
  arguments: {
    file: "arguments.jsonl",
    description: "Arguments (chapters, articles, talks).",
    row: z.strictObject({
      id,
      title: text,
      description: optText,
      version: int,
      createdById: optId,
      ...timestamps,
    }),
    refs: { createdById: "people" },
  },
  argumentPoints: {
    file: "argument-points.jsonl",
    description: "The outline of each argument: sections, claim points and prose, in order and depth.",
    row: z.strictObject({
      id,
      argumentId: id,
      kind: enumOf(ArgumentPointKind),
      position: int,
      depth: int,
      text,
      claimId: optId,
      evidenceIds: z.array(id),
      citeContrary: z.boolean(),
      quote: enumOf(ArgumentQuoteMode),
      version: int,
      createdById: optId,
      ...timestamps,
    }),
    refs: { argumentId: "arguments", claimId: "claims", createdById: "people" },
    listRefs: { evidenceIds: "evidence" },
  },
  history: {
    file: "history.jsonl",
    description:
      "The project's change history (who changed what, with the values before and after). Ids inside `before` and `after` are the original project's.",
    row: z.strictObject({
      id,
      actorId: optId,
      action: enumOf(ActivityAction),
      entityType: text,
      entityId: text,
      label: optText,
      before: json,
      after: json,
      createdAt: date,
    }),
    refs: { actorId: "people" },
  },
} satisfies Record<EntityName, EntitySpec>;

export const MANIFEST_FILE = "manifest.json";
export const README_FILE = "README.txt";

const memberSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
});

export const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT, { message: `Not an Apparatus project archive (no "${ARCHIVE_FORMAT}")` }),
  formatVersion: z.number().int().positive(),
  appVersion: z.string(),
  /** The last database migration of the instance that made it. */
  schemaMigration: z.string(),
  exportedAt: date,
  exportedBy: z.object({ email: z.string(), name: z.string().nullable() }).nullable(),
  /** "member": shared notes and the exporter's private ones; "backup": every note. */
  privateNotes: z.enum(["member", "backup"]),
  project: z.object({ name: z.string(), description: z.string().nullable() }),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** Every other file of the archive, with its SHA-256 and size. */
  files: z.record(z.string(), memberSchema),
});

export type Manifest = z.infer<typeof manifestSchema>;

/** A project's name as a file name: ASCII letters, digits and hyphens ("stalins-february-1938-letter"). */
export function projectSlug(name: string, maxLength = 60): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .toLowerCase()
    .slice(0, maxLength);
  return slug || "project";
}

/** README.txt: what a person who unzips the archive finds in it. */
export function archiveReadme(manifest: Manifest): string {
  const lines = [
    `Apparatus project archive: ${manifest.project.name}`,
    `Made on ${manifest.exportedAt} by Apparatus ${manifest.appVersion} (format ${manifest.formatVersion}, database migration ${manifest.schemaMigration}).`,
    "",
    "Restore it into any Apparatus instance: a project's Settings, or the project list, then Restore from archive.",
    "The restore checks every file against the SHA-256 in manifest.json before it writes anything.",
    "",
    "Files (JSON Lines: one JSON object per line, UTF-8; dates in ISO 8601, UTC):",
    `  ${MANIFEST_FILE}: format, versions, counts and the SHA-256 of every other file.`,
  ];
  for (const name of ENTITY_NAMES) {
    const spec: EntitySpec = ENTITIES[name];
    lines.push(`  ${spec.file} (${manifest.counts[name] ?? 0}): ${spec.description}`);
  }
  lines.push(
    "  photos/: the photos as uploaded (JPEG, PNG or WebP), named by photo id; photos/thumbnails/: their thumbnails.",
    "",
    "Fields ending in Id name a row of another file by its `id`.",
    "",
  );
  return lines.join("\n");
}
