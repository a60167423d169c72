import { z } from "zod";
import {
  entityId,
  historicalDate,
  languageTag,
  optionalText,
  requiredText,
  version,
} from "@/lib/validation/fields";
import { pageQuerySchema } from "@/lib/validation/page-query";
import { SOURCE_KINDS } from "./kinds";

export const CONTRIBUTOR_ROLES = [
  "author",
  "editor",
  "translator",
  "recipient",
  "interviewer",
  "container_author",
  "collection_editor",
  "reviewed_author",
] as const;
export const ARCHIVAL_SCHEMES = ["tna", "russian", "generic"] as const;
export const RELATION_TYPES = [
  "reprints",
  "translates",
  "summarises",
  "quotes",
  "reports",
  "comments_on",
  "cites",
] as const;

export const contributorSchema = z
  .object({
    role: z
      .enum(CONTRIBUTOR_ROLES, { message: `Role must be one of ${CONTRIBUTOR_ROLES.join(", ")}` })
      .default("author"),
    family: optionalText(200),
    given: optionalText(200),
    literal: optionalText(300),
    original: optionalText(300),
  })
  .refine((name) => name.family || name.literal, {
    message: "Give a family name, or the full name of a body (e.g. “Foreign Office”)",
    path: ["family"],
  });
export type ContributorInput = z.infer<typeof contributorSchema>;

const doi = z
  .string()
  .trim()
  .transform((value) => value.replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:)/i, ""))
  .pipe(z.string().regex(/^10\.\d{4,9}\/\S+$/, "A DOI looks like 10.1234/abcd"))
  .or(z.literal(""))
  .nullish()
  .transform((value) => (value === undefined ? undefined : value || null));

const isbn = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s-]/g, "").toUpperCase())
  .pipe(z.string().regex(/^(\d{9}[\dX]|\d{13})$/, "An ISBN has 10 or 13 digits"))
  .or(z.literal(""))
  .nullish()
  .transform((value) => (value === undefined ? undefined : value || null));

const url = z
  .union([
    z.literal(""),
    z.url({ protocol: /^https?$/, message: "Give a full web address, starting with https://" }),
  ])
  .nullish()
  .transform((value) => (value === undefined ? undefined : value || null));

const kind = z.enum(SOURCE_KINDS, { message: `Kind must be one of ${SOURCE_KINDS.join(", ")}` });

// No defaults here: a partial update must leave absent fields alone.
const sourceFields = z.object({
  kind,
  genre: optionalText(100),
  title: requiredText(1000, "Give the source a title (or a description in square brackets)"),
  titleOriginal: optionalText(1000),
  titleTransliterated: optionalText(1000),
  titleTranslated: optionalText(1000),
  titleShort: optionalText(200),
  contributors: z.array(contributorSchema).max(100, "At most 100 names"),
  issued: historicalDate,
  containerTitle: optionalText(500),
  containerTitleOriginal: optionalText(500),
  collectionTitle: optionalText(500),
  volume: optionalText(50),
  issue: optionalText(50),
  page: optionalText(50),
  edition: optionalText(50),
  publisher: optionalText(300),
  publisherPlace: optionalText(200),
  language: languageTag,
  doi,
  isbn,
  url,
  archive: optionalText(300),
  archivePlace: optionalText(200),
  archivalScheme: z.enum(ARCHIVAL_SCHEMES, { message: "Scheme must be tna, russian or generic" }).nullish(),
  archiveRepository: optionalText(100),
  archiveCollection: optionalText(100),
  archiveSeries: optionalText(100),
  archiveFile: optionalText(100),
  archiveItem: optionalText(100),
  archiveFolio: optionalText(100),
  archivePage: optionalText(100),
  archiveLocation: optionalText(300),
  abstract: optionalText(20_000),
  note: optionalText(20_000),
  /** The source this one is known only through (cited "quoted in"), and where in it. */
  quotedInId: entityId.nullish(),
  quotedInLocator: optionalText(100),
});

export const sourceFieldsSchema = sourceFields.extend({
  contributors: sourceFields.shape.contributors.default([]),
});
export type SourceFields = z.infer<typeof sourceFieldsSchema>;
export const updateSourceSchema = sourceFields.partial().extend({ version });
export type UpdateSourceInput = z.infer<typeof updateSourceSchema>;

export const createSourceActionSchema = sourceFieldsSchema.extend({ projectId: entityId });
export const updateSourceActionSchema = updateSourceSchema.extend({ sourceId: entityId });
export const deleteSourceSchema = z.object({ sourceId: entityId });

export const sourceListQuerySchema = pageQuerySchema.extend({
  kind: kind.optional(),
  q: z.string().trim().max(200).optional(),
});

export const relationFieldsSchema = z.object({
  fromSourceId: entityId,
  toSourceId: entityId,
  type: z.enum(RELATION_TYPES, { message: `Type must be one of ${RELATION_TYPES.join(", ")}` }),
  note: optionalText(5000),
});
export type RelationFields = z.infer<typeof relationFieldsSchema>;
export const updateRelationSchema = z
  .object({ type: relationFieldsSchema.shape.type, note: optionalText(5000) })
  .partial()
  .extend({ version });
export type UpdateRelationInput = z.infer<typeof updateRelationSchema>;
export const createRelationActionSchema = relationFieldsSchema.extend({ projectId: entityId });
export const deleteRelationSchema = z.object({ relationId: entityId });
export const relationListQuerySchema = pageQuerySchema.extend({ sourceId: entityId.optional() });
