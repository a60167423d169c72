import "server-only";
import { createHash } from "node:crypto";
import type { Stance } from "@/lib/claims/types";
import { prisma } from "@/lib/db/client";
import { Prisma, type Source, type SourceContributor } from "@/lib/db/generated/client";
import type { ArchivalLocatorScheme, CitationScript } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors/app-error";
import type { ProjectAccess } from "@/lib/projects/types";
import { scanPlacesOfPassages } from "@/lib/regions/data";
import { scanReference } from "@/lib/regions/fragment";
import { toCslItem } from "@/lib/sources/csl";
import { type ChainSection, type CitableSource, LOCATOR_ABBREVIATIONS, type Locator } from "./export";
import type { ExistingSource } from "./import-plan";
import type { CslItem } from "./render";
import {
  defaultStyleId,
  featuredStyles,
  loadStyleCatalog,
  type ResolvedStyle,
  resolveStyle,
  resolveUploadedStyle,
  type StyleCatalog,
  searchStyles,
  UnknownStyleError,
} from "./styles";
import { warmDefaultStyle } from "./warm-up";

type SourceRow = Source & { contributors: SourceContributor[] };

function citable(row: SourceRow): CitableSource {
  const stored = (row.csl ?? {}) as Record<string, unknown>;
  const csl = toCslItem(row.id, row, row.contributors, stored) as CslItem;
  const hasPinpoint = row.archivalScheme !== null && Boolean(row.archiveFolio || row.archivePage);
  const cslForPinpoint = hasPinpoint
    ? (toCslItem(row.id, { ...row, archiveFolio: null, archivePage: null }, row.contributors, {
        ...stored,
        archive_location: undefined,
      }) as CslItem)
    : csl;
  return {
    id: row.id,
    csl,
    cslForPinpoint,
    quotedIn: row.quotedInId ? { id: row.quotedInId, locator: row.quotedInLocator } : null,
  };
}

/**
 * Sources with their contributors in one query (a project's 10,000 sources in a few hundred
 * milliseconds, about half of what the ORM's two queries and mapping take).
 */
function querySources(projectId: string, ids: string[] | undefined) {
  return prisma.$queryRaw<SourceRow[]>`
    SELECT s.*, COALESCE(
      (SELECT json_agg(c ORDER BY c.role, c.position) FROM "SourceContributor" c WHERE c."sourceId" = s.id),
      '[]'::json) AS contributors
    FROM "Source" s
    WHERE s."projectId" = ${projectId} ${ids ? Prisma.sql`AND s.id = ANY(${ids}::text[])` : Prisma.empty}
    ORDER BY s.title, s.id`;
}

/**
 * The project's sources as citable items (all of them, or the given ones), with the sources
 * they are quoted in.
 */
export async function loadCitableSources(
  access: ProjectAccess,
  ids?: string[],
): Promise<Map<string, CitableSource>> {
  const rows = await querySources(access.projectId, ids);
  const sources = new Map(rows.map((row) => [row.id, citable(row)]));
  const missing = [
    ...new Set(rows.map((row) => row.quotedInId).filter((id): id is string => !!id && !sources.has(id))),
  ];
  if (missing.length) {
    for (const row of await querySources(access.projectId, missing)) sources.set(row.id, citable(row));
  }
  return sources;
}

/** How the project cites titles in a non-Latin script (Settings → Citations). */
export async function citationScript(access: ProjectAccess): Promise<CitationScript> {
  const project = await prisma.project.findUniqueOrThrow({
    where: { id: access.projectId },
    select: { citationScript: true },
  });
  return project.citationScript;
}

export async function countSources(access: ProjectAccess): Promise<number> {
  return prisma.source.count({ where: { projectId: access.projectId } });
}

export function locatorOf(passage: {
  page: string | null;
  folio: string | null;
  column: string | null;
  paragraph: string | null;
  source?: { archivalScheme: ArchivalLocatorScheme | null } | null;
}): Locator | null {
  // A Russian archive's leaf is a list, cited "l. 14" / "ll. 14–15": CSL has no such label, and
  // its "line" is abbreviated exactly so in every English locale.
  const leaf = passage.source?.archivalScheme === "russian";
  const parts: [string, string | null, string][] = (
    [
      ["page", passage.page],
      [leaf ? "line" : "folio", passage.folio],
      ["column", passage.column],
      ["paragraph", passage.paragraph],
    ] as const
  ).map(([label, value]) => [label, value, LOCATOR_ABBREVIATIONS[label]!]);
  const present = parts.filter(([, value]) => value?.trim());
  if (!present.length) return null;
  const [[label, value], ...rest] = present as [[string, string, string], ...[string, string, string][]];
  // CSL takes one locator: the first, with the finer ones after it in words.
  return {
    label,
    value: [value, ...rest.map(([, more, abbreviation]) => `${abbreviation} ${more}`)].join(", "),
  };
}

/**
 * A claim's evidence for export: per stance, the passages and sources cited, in order, with
 * their pinpoints. A sub-claim's support is cited where the sub-claim stands, under its stance.
 */
export async function getClaimExportData(
  access: ProjectAccess,
  claimId: string,
): Promise<{ claim: { id: string; number: number; statement: string }; sections: ChainSection[] } | null> {
  const claim = await prisma.claim.findFirst({
    where: { id: claimId, projectId: access.projectId },
    select: { id: true, number: true, statement: true },
  });
  if (!claim) return null;
  const reachable = await prisma.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE reach(id) AS (
      SELECT ${claimId}::text
      UNION
      SELECT e."supportingClaimId" FROM "Evidence" e JOIN reach r ON e."claimId" = r.id
      WHERE e."supportingClaimId" IS NOT NULL AND e."projectId" = ${access.projectId}
    )
    SELECT id FROM reach`;
  const rows = await prisma.evidence.findMany({
    where: { projectId: access.projectId, claimId: { in: reachable.map((row) => row.id) } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      claimId: true,
      stance: true,
      sourceId: true,
      supportingClaimId: true,
      supportingClaim: { select: { number: true } },
      passage: {
        select: {
          id: true,
          sourceId: true,
          page: true,
          folio: true,
          column: true,
          paragraph: true,
          source: { select: { archivalScheme: true } },
        },
      },
    },
  });
  const byClaim = new Map<string, typeof rows>();
  for (const row of rows) byClaim.set(row.claimId, [...(byClaim.get(row.claimId) ?? []), row]);
  const scans = await scanPlacesOfPassages(
    access,
    rows.flatMap((row) => (row.passage ? [row.passage.id] : [])),
  );

  const sections = new Map<Stance, ChainSection>();
  const sectionOf = (stance: Stance) => {
    let section = sections.get(stance);
    if (!section) {
      section = { stance, cites: [] };
      sections.set(stance, section);
    }
    return section;
  };
  const collect = (
    id: string,
    stance: Stance,
    via: number | null,
    path: Set<string>,
    onlySupport: boolean,
  ) => {
    for (const row of byClaim.get(id) ?? []) {
      if (onlySupport && row.stance !== "supports") continue;
      const itemStance = onlySupport ? stance : row.stance;
      if (row.passage) {
        sectionOf(itemStance).cites.push({
          sourceId: row.passage.sourceId,
          locator: locatorOf(row.passage),
          viaClaim: via,
          scans: scanReference(scans.get(row.passage.id) ?? []),
        });
      } else if (row.sourceId) {
        sectionOf(itemStance).cites.push({ sourceId: row.sourceId, locator: null, viaClaim: via });
      } else if (row.supportingClaimId && !path.has(row.supportingClaimId)) {
        // A sub-claim lends its own support, as the chain analysis counts it.
        collect(
          row.supportingClaimId,
          itemStance,
          row.supportingClaim?.number ?? null,
          new Set([...path, row.supportingClaimId]),
          true,
        );
      }
    }
  };
  collect(claimId, "supports", null, new Set([claimId]), false);
  const order: Stance[] = ["supports", "contradicts", "qualifies", "context"];
  return {
    claim,
    sections: order.map((stance) => sections.get(stance)).filter((s): s is ChainSection => !!s),
  };
}

/** What duplicates are detected by, for every source of the project. */
export async function listDuplicateFacts(access: ProjectAccess): Promise<ExistingSource[]> {
  const rows = await prisma.source.findMany({
    where: { projectId: access.projectId },
    select: {
      id: true,
      title: true,
      doi: true,
      isbn: true,
      issuedStart: true,
      contributors: {
        where: { role: { in: ["author", "editor"] }, position: 0 },
        select: { role: true, family: true, literal: true },
      },
    },
  });
  return rows.map((row) => {
    const first = row.contributors.find((c) => c.role === "author") ?? row.contributors[0];
    return {
      id: row.id,
      title: row.title,
      doi: row.doi,
      isbn: row.isbn,
      year: row.issuedStart ? row.issuedStart.getUTCFullYear() : null,
      firstAuthor: first ? (first.family ?? first.literal) : null,
    };
  });
}

// ─── Styles ──────────────────────────────────────────────────────────────────────────────────

export function listProjectStyles(access: ProjectAccess) {
  return prisma.citationStyle.findMany({
    where: { projectId: access.projectId },
    orderBy: { title: "asc" },
    select: { id: true, name: true, title: true, createdAt: true, uploadedById: true },
  });
}

export async function findCitationStyleProjectId(styleId: string): Promise<string | null> {
  return (
    (await prisma.citationStyle.findUnique({ where: { id: styleId }, select: { projectId: true } }))
      ?.projectId ?? null
  );
}

/** The style picker's list: the project's uploads, then installed styles matching the search. */
export async function listCitationStyles(access: ProjectAccess, query: string, limit: number) {
  const catalog = loadStyleCatalog();
  const uploaded = await listProjectStyles(access);
  const found = query ? searchStyles(catalog, query, limit) : featuredStyles(catalog).slice(0, limit);
  return {
    installed: catalog.installed,
    /** Which set of styles the list comes from, in words (the bundled one or the server's). */
    set: catalog.description,
    defaultStyle: defaultStyleId(catalog),
    total: catalog.styles.length,
    uploaded: uploaded.map((style) => ({ id: style.id, styleId: style.name, title: style.title })),
    styles: found.map((style) => ({
      id: style.id,
      title: style.title,
      format: style.format,
      dependsOn: style.parentId,
      origin: style.origin,
      changes: style.changes,
    })),
  };
}

/**
 * What the export controls start with: the project's uploads and the featured styles, the
 * default style, and which set of styles is offered. Warms the default engine meanwhile.
 */
export async function exportMenuStyles(access: ProjectAccess) {
  const catalog = loadStyleCatalog();
  warmDefaultStyle().catch((error) => console.error("citation engines:", error));
  const uploaded = await listProjectStyles(access);
  return {
    defaultStyle: defaultStyleId(catalog),
    set: catalog.description,
    styles: [
      ...uploaded.map((style) => ({ id: style.name, title: style.title, uploaded: true })),
      ...featuredStyles(catalog).map((style) => ({
        id: style.id,
        title: style.title,
        dependsOn: style.parentId,
        changes: style.changes,
      })),
    ],
  };
}

export interface StyleChoice {
  style: ResolvedStyle;
  catalog: StyleCatalog;
}

/** How to get a style that the bundled set lacks. */
export const FULL_STYLE_SET_HINT =
  "install Debian's citation-style-language-styles package, or set CSL_DIR to a folder of CSL styles, for all 10,000 styles";

/**
 * The style to export with: one uploaded to the project, else an offered one. An unknown style is
 * refused (never silently replaced by another), with the way to get the full set if it is missing.
 */
export async function chooseStyle(
  access: ProjectAccess,
  requested: string | undefined,
): Promise<StyleChoice> {
  const catalog = loadStyleCatalog();
  const id = requested ?? defaultStyleId(catalog);
  const uploaded = await prisma.citationStyle.findFirst({
    where: { projectId: access.projectId, name: id },
    select: { name: true, title: true, xml: true },
  });
  if (uploaded) {
    const contentKey = createHash("sha1").update(uploaded.xml).digest("hex").slice(0, 16);
    try {
      return { style: resolveUploadedStyle(catalog, { ...uploaded, contentKey }), catalog };
    } catch (error) {
      if (error instanceof UnknownStyleError) {
        throw new AppError(
          "INVALID_INPUT",
          `The uploaded style depends on “${error.styleId}”, which is not installed.`,
          {
            style: ["Its parent style is not installed"],
          },
        );
      }
      throw error;
    }
  }
  try {
    return { style: resolveStyle(catalog, id), catalog };
  } catch (error) {
    if (!(error instanceof UnknownStyleError)) throw error;
    // Only the bundled set here: the style may well exist, so say how to get the full set.
    const hint = catalog.installed ? "" : `, or ${FULL_STYLE_SET_HINT}`;
    throw new AppError(
      "INVALID_INPUT",
      `No citation style “${id}” here: search the style list for its id, or upload its .csl file to the project${hint}.`,
      { style: ["Unknown style"] },
    );
  }
}

// ─── Jobs ────────────────────────────────────────────────────────────────────────────────────

export async function findCitationJobProjectId(jobId: string): Promise<string | null> {
  return (
    (await prisma.citationJob.findUnique({ where: { id: jobId }, select: { projectId: true } }))?.projectId ??
    null
  );
}

const jobSummarySelect = {
  id: true,
  kind: true,
  status: true,
  progress: true,
  total: true,
  params: true,
  result: true,
  contentType: true,
  fileName: true,
  error: true,
  createdAt: true,
  finishedAt: true,
} as const;

export type CitationJobSummary = Awaited<ReturnType<typeof getCitationJob>>;

export function getCitationJob(access: ProjectAccess, jobId: string) {
  return prisma.citationJob.findFirst({
    where: { id: jobId, projectId: access.projectId },
    select: jobSummarySelect,
  });
}

export function getCitationJobFile(access: ProjectAccess, jobId: string) {
  return prisma.citationJob.findFirst({
    where: { id: jobId, projectId: access.projectId },
    select: { status: true, output: true, outputBytes: true, contentType: true, fileName: true },
  });
}
