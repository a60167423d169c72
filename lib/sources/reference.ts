import { shortCitation } from "@/lib/citations/short-citation";
import { formatEdtf } from "@/lib/dates/edtf";
import { Prisma } from "@/lib/db/generated/client";
import type { SourceKind } from "@/lib/db/generated/enums";
import { type ArchivalLocatorParts, composeArchiveLocation } from "./archival-locator";
import type { SourceReference } from "./types";

/** The columns a source reference is made from (a Prisma select, kept beside its mapper). */
export const sourceReferenceSelect = {
  id: true,
  title: true,
  kind: true,
  containerTitle: true,
  issuedEdtf: true,
  archive: true,
  archivalScheme: true,
  archiveRepository: true,
  archiveCollection: true,
  archiveSeries: true,
  archiveFile: true,
  archiveItem: true,
  archiveFolio: true,
  archivePage: true,
  archiveLocation: true,
  contributors: {
    where: { role: "author" as const },
    orderBy: { position: "asc" as const },
    select: { family: true, given: true, literal: true },
  },
};

/** The same columns in SQL, for statements that build references themselves (`s` is the source). */
export const sourceReferenceColumnsSql = Prisma.sql`
  s.id, s.title, s.kind::text AS kind, s."containerTitle", s."issuedEdtf", s.archive,
  s."archivalScheme"::text AS "archivalScheme", s."archiveRepository", s."archiveCollection",
  s."archiveSeries", s."archiveFile", s."archiveItem", s."archiveFolio", s."archivePage",
  s."archiveLocation",
  coalesce((SELECT json_agg(json_build_object('family', c.family, 'given', c.given, 'literal', c.literal)
                            ORDER BY c.position)
            FROM "SourceContributor" c WHERE c."sourceId" = s.id AND c.role = 'author'),
           '[]'::json) AS contributors`;

export interface SourceReferenceRow extends ArchivalLocatorParts {
  id: string;
  title: string;
  kind: SourceKind;
  containerTitle: string | null;
  issuedEdtf: string | null;
  archive: string | null;
  contributors: { family: string | null; given: string | null; literal: string | null }[];
}

export function toSourceReference(source: SourceReferenceRow): SourceReference {
  const archiveLocation = composeArchiveLocation(source);
  return {
    id: source.id,
    title: source.title,
    kind: source.kind,
    shortCitation: shortCitation({ ...source, authors: source.contributors, archiveLocation }),
    issued: source.issuedEdtf ? formatEdtf(source.issuedEdtf) : null,
    archiveLocation,
    archival: Boolean(source.archive || archiveLocation),
  };
}
