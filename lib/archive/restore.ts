import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { CitationScript } from "@/lib/db/generated/enums";
import { currentSchemaMigration } from "./export";
import { ENTITIES, ENTITY_NAMES, type EntityName, type EntitySpec } from "./format";
import {
  memberBytes,
  memberLines,
  type OpenArchive,
  openArchive,
  type VerifiedArchive,
  verifyArchive,
} from "./read";

// Restoring an archive into a new project: checked whole first (read.ts), then written in one
// transaction, photos included, every id new. Restoring the same archive twice gives two
// independent projects.

type Tx = Prisma.TransactionClient;

/** New ids in the shape of the app's own (cuid-like: a letter, then base-36). */
export function newId(): string {
  const random = BigInt(`0x${randomBytes(16).toString("hex")}`)
    .toString(36)
    .padStart(25, "0")
    .slice(0, 24);
  return `c${random}`;
}

/** How each person of the archive is taken on this instance. */
export type PersonMatch =
  | { kind: "account"; userId: string; role: string | null }
  | { kind: "restorer"; userId: string }
  | { kind: "named-author" };

export interface RestorePlan {
  project: { name: string; description: string | null };
  exportedAt: string;
  exportedBy: { email: string; name: string | null } | null;
  appVersion: string;
  formatVersion: number;
  /** Rows per kind that the restore will create. */
  counts: Record<EntityName, number>;
  photoBytes: number;
  /** "member": the archive holds only its maker's private notes; "backup": everyone's. */
  privateNotes: "member" | "backup";
  people: { name: string | null; email: string; role: string | null; becomes: string }[];
}

async function matchPeople(verified: VerifiedArchive, restorerId: string) {
  const restorer = await prisma.user.findUniqueOrThrow({
    where: { id: restorerId },
    select: { email: true },
  });
  const emails = verified.people.map((person) => person.email.toLowerCase());
  const accounts = await prisma.user.findMany({
    where: { email: { in: emails, mode: "insensitive" } },
    select: { id: true, email: true },
  });
  const byEmail = new Map(accounts.map((account) => [account.email.toLowerCase(), account.id]));
  const maker = verified.manifest.exportedBy?.email.toLowerCase();
  const matches = new Map<string, PersonMatch>();
  for (const person of verified.people) {
    const email = person.email.toLowerCase();
    const userId = byEmail.get(email);
    if (userId) matches.set(person.id, { kind: "account", userId, role: person.role });
    // The archive's maker without an account here is whoever holds their archive: the file
    // already shows them its private notes.
    else if (email === maker) matches.set(person.id, { kind: "restorer", userId: restorerId });
    else matches.set(person.id, { kind: "named-author" });
  }
  return { matches, restorerEmail: restorer.email.toLowerCase() };
}

function describePerson(match: PersonMatch, isRestorer: boolean): string {
  if (isRestorer || match.kind === "restorer") return "you (owner)";
  if (match.kind === "account") return match.role ? `member (${match.role})` : "author (their account here)";
  return "named author, without access (no account with this email here)";
}

/** Checks an archive and says what restoring it would create; writes nothing. */
export async function planRestore(path: string, restorerId: string): Promise<RestorePlan> {
  const archive = await openArchive(path);
  try {
    const verified = await verifyArchive(archive, await currentSchemaMigration());
    return toPlan(verified, await matchPeople(verified, restorerId), restorerId);
  } finally {
    archive.close();
  }
}

function toPlan(
  verified: VerifiedArchive,
  { matches }: Awaited<ReturnType<typeof matchPeople>>,
  restorerId: string,
): RestorePlan {
  const { manifest } = verified;
  return {
    project: manifest.project,
    exportedAt: manifest.exportedAt,
    exportedBy: manifest.exportedBy,
    appVersion: manifest.appVersion,
    formatVersion: manifest.formatVersion,
    counts: verified.counts,
    photoBytes: verified.photoBytes,
    privateNotes: manifest.privateNotes,
    people: verified.people.map((person) => {
      const match = matches.get(person.id)!;
      const isRestorer = match.kind === "account" && match.userId === restorerId;
      return {
        name: person.name,
        email: person.email,
        role: person.role,
        becomes: describePerson(match, isRestorer),
      };
    }),
  };
}

/** Entities whose table has a projectId column. */
const WITHOUT_PROJECT = new Set<EntityName>([
  "sourceContributors",
  "translations",
  "readingPhrases",
  "readingClaimStances",
  "answers",
]);

/**
 * The table of each kind. Rows go in as one JSON array per batch, turned into the table's own row
 * type by PostgreSQL (json_populate_recordset: enums, arrays, dates and jsonb by their input
 * functions), so that a batch is one parameter, and every trigger of the table runs as for any
 * insert. Photos go through Prisma: their bytes are not JSON.
 */
const TABLES: Record<Exclude<EntityName, "people" | "project" | "photos">, string> = {
  sources: "Source",
  sourceContributors: "SourceContributor",
  relations: "SourceRelation",
  passages: "Passage",
  translations: "PassageTranslation",
  regions: "ImageRegion",
  claims: "Claim",
  evidence: "Evidence",
  observers: "Observer",
  readings: "Reading",
  readingPhrases: "ReadingPhrase",
  readingClaimStances: "ReadingClaimStance",
  questions: "ComparisonQuestion",
  answers: "ComparisonAnswer",
  annotations: "Annotation",
  citationStyles: "CitationStyle",
  arguments: "Argument",
  argumentPoints: "ArgumentPoint",
  history: "Activity",
};

type Writer = (tx: Tx, rows: Record<string, unknown>[]) => Promise<unknown>;

function writerOf(entity: Exclude<EntityName, "people" | "project">): Writer {
  if (entity === "photos") return (tx, data) => tx.sourceImage.createMany({ data: data as never });
  const table = TABLES[entity];
  return (tx, data) =>
    tx.$executeRawUnsafe(
      `INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`,
      JSON.stringify(data),
    );
}

/** A self-reference (a source quoted in another, a reply) is set once every row of the kind exists. */
/** (updatedAt is written as it was: the row has not changed, it was only put back together.) */
type SelfRefUpdate = (tx: Tx, id: string, value: string, updatedAt: string) => Promise<unknown>;
const selfRefUpdates: Partial<Record<EntityName, SelfRefUpdate>> = {
  sources: (tx, id, value, updatedAt) =>
    tx.source.update({ where: { id }, data: { quotedInId: value, updatedAt } }),
  observers: (tx, id, value, updatedAt) =>
    tx.observer.update({ where: { id }, data: { affiliationId: value, updatedAt } }),
  annotations: (tx, id, value, updatedAt) =>
    tx.annotation.update({ where: { id }, data: { parentId: value, updatedAt } }),
};

const BATCH_ROWS = 2000;
/** Photos are written in batches of at most this many bytes (a large photo alone). */
const BATCH_PHOTO_BYTES = 16 * 1024 * 1024;

export interface RestoreResult {
  projectId: string;
  plan: RestorePlan;
  /** Old id → new id, per kind (tests compare archives through it). */
  idMaps: Record<EntityName, Map<string, string>>;
}

/**
 * Restores the archive at `path` into a new project owned by `restorerId`: all or nothing.
 * `name` overrides the project's name.
 */
export async function restoreArchive(
  path: string,
  restorerId: string,
  options: { name?: string; onProgress?: (done: number, total: number) => void } = {},
): Promise<RestoreResult> {
  const archive = await openArchive(path);
  try {
    const verified = await verifyArchive(archive, await currentSchemaMigration());
    const people = await matchPeople(verified, restorerId);
    const plan = toPlan(verified, people, restorerId);
    const total = Object.values(verified.counts).reduce((sum, n) => sum + n, 0);
    let done = 0;
    const advance = (n: number) => {
      done += n;
      options.onProgress?.(Math.min(done, total), total);
    };
    const idMaps = await prisma.$transaction(
      (tx) => writeAll(tx, archive, verified, people.matches, restorerId, options.name, advance),
      { timeout: 6 * 60 * 60 * 1000, maxWait: 60_000 },
    );
    return { projectId: idMaps.project.values().next().value!, plan, idMaps };
  } finally {
    archive.close();
  }
}

async function writeAll(
  tx: Tx,
  archive: OpenArchive,
  verified: VerifiedArchive,
  matches: Map<string, PersonMatch>,
  restorerId: string,
  name: string | undefined,
  advance: (n: number) => void,
): Promise<Record<EntityName, Map<string, string>>> {
  const idMaps = emptyIdMaps();

  // People: accounts by email; the others become named authors who cannot sign in.
  const roles = new Map<string, string>();
  for (const person of verified.people) {
    const match = matches.get(person.id)!;
    if (match.kind === "named-author") {
      const user = await tx.user.create({
        data: { name: person.name ?? person.email, email: `restored-${newId()}@apparatus.invalid` },
        select: { id: true },
      });
      idMaps.people.set(person.id, user.id);
    } else {
      idMaps.people.set(person.id, match.userId);
      if (match.kind === "account" && match.role && match.userId !== restorerId)
        roles.set(match.userId, match.role);
    }
  }

  const projectRow = (await firstRow(archive, ENTITIES.project.file)) as {
    id: string;
    name: string;
    description: string | null;
    archivedAt: string | null;
    citationScript?: CitationScript;
    createdAt: string;
    updatedAt: string;
  };
  const project = await tx.project.create({
    data: {
      name: name ?? projectRow.name,
      description: projectRow.description,
      archivedAt: projectRow.archivedAt,
      citationScript: projectRow.citationScript,
      createdAt: projectRow.createdAt,
    },
    select: { id: true },
  });
  idMaps.project.set(projectRow.id, project.id);
  await tx.membership.createMany({
    data: [
      { projectId: project.id, userId: restorerId, role: "owner" },
      ...[...roles].map(([userId, role]) => ({ projectId: project.id, userId, role: role as never })),
    ],
  });

  for (const entity of ENTITY_NAMES) {
    if (entity === "people" || entity === "project") continue;
    const spec: EntitySpec = ENTITIES[entity];
    const write = writerOf(entity);
    const map = idMaps[entity];
    const pendingSelfRefs: { id: string; old: string; updatedAt: string }[] = [];
    let batch: Record<string, unknown>[] = [];
    let batchBytes = 0;
    const flush = async () => {
      if (!batch.length) return;
      await write(tx, batch);
      advance(batch.length);
      batch = [];
      batchBytes = 0;
    };
    for await (const { value } of memberLines(archive, spec.file)) {
      const row = spec.row.parse(value) as Record<string, unknown> & { id: string };
      const id = newId();
      map.set(row.id, id);
      const data: Record<string, unknown> = { ...row, id };
      if (!WITHOUT_PROJECT.has(entity)) data.projectId = project.id;
      for (const [field, target] of Object.entries(spec.refs)) {
        const old = row[field] as string | null;
        if (old === null || old === undefined) continue;
        if (target === entity) {
          pendingSelfRefs.push({ id, old, updatedAt: row.updatedAt as string });
          data[field] = null;
        } else data[field] = idMaps[target as EntityName].get(old)!;
      }
      for (const [field, target] of Object.entries(spec.listRefs ?? {})) {
        data[field] = (row[field] as string[]).map((old) => idMaps[target as EntityName].get(old)!);
      }
      if (entity === "history") data.entityId = anyNewId(idMaps, row.entityId as string);
      if (entity === "photos") {
        const { file, thumbnailFile, ...image } = data;
        const bytes = await memberBytes(archive, file as string);
        const thumbnail = await memberBytes(archive, thumbnailFile as string);
        batch.push({ ...image, data: bytes, thumbnail });
        batchBytes += bytes.length + thumbnail.length;
        if (batchBytes >= BATCH_PHOTO_BYTES || batch.length >= 200) await flush();
        continue;
      }
      batch.push(data);
      if (batch.length >= BATCH_ROWS) await flush();
    }
    await flush();
    const update = selfRefUpdates[entity];
    for (const ref of pendingSelfRefs) await update!(tx, ref.id, map.get(ref.old)!, ref.updatedAt);
  }
  return idMaps;
}

function emptyIdMaps(): Record<EntityName, Map<string, string>> {
  const maps = {} as Record<EntityName, Map<string, string>>;
  for (const entity of ENTITY_NAMES) maps[entity] = new Map();
  return maps;
}

/** A history entry names its entity by a plain id: the new one when the entity came along. */
function anyNewId(idMaps: Record<EntityName, Map<string, string>>, old: string): string {
  for (const map of Object.values(idMaps)) {
    const found = map.get(old);
    if (found) return found;
  }
  return old;
}

async function firstRow(archive: OpenArchive, file: string): Promise<unknown> {
  for await (const { value } of memberLines(archive, file)) return value;
  throw new Error(`${file} is empty`);
}
