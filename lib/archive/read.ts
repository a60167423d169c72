import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import { AppError } from "@/lib/errors/app-error";
import {
  ARCHIVE_FORMAT_VERSION,
  ENTITIES,
  ENTITY_NAMES,
  type EntityName,
  type EntitySpec,
  MANIFEST_FILE,
  type Manifest,
  manifestSchema,
} from "./format";

// Reading a project archive: the zip's directory, each member as a stream, and the check that
// comes before any restore writes anything (every checksum, every row against its schema, every
// id a row names present in the archive, the counts the manifest announces).

/** A line of JSON longer than this is refused (no row of the app is near it). */
const MAX_LINE_BYTES = 64 * 1024 * 1024;
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

export function refused(message: string): AppError {
  return new AppError("INVALID_INPUT", `This archive cannot be restored: ${message}`, { file: [message] });
}

export interface OpenArchive {
  zip: yauzl.ZipFile;
  entries: Map<string, yauzl.Entry>;
  close(): void;
}

/** Opens a zip and reads its directory; a file that is not a whole zip is refused. */
export async function openArchive(path: string): Promise<OpenArchive> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true },
      (error, file) => (error ? reject(error) : resolve(file)),
    ),
  ).catch((error: Error) => {
    throw refused(`it is not a zip file, or it is damaged or incomplete (${error.message}).`);
  });
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on("end", () => resolve());
    zip.on("error", reject);
    zip.readEntry();
  }).catch((error: Error) => {
    zip.close();
    throw refused(`its list of files is damaged (${error.message}).`);
  });
  return { zip, entries, close: () => zip.close() };
}

export async function memberStream(archive: OpenArchive, name: string): Promise<Readable> {
  const entry = archive.entries.get(name);
  if (!entry) throw refused(`${name} is missing.`);
  return new Promise((resolve, reject) =>
    archive.zip.openReadStream(entry, (error, stream) =>
      error ? reject(refusedMember(name, error)) : resolve(stream),
    ),
  );
}

function refusedMember(name: string, error: Error) {
  return refused(`${name} is damaged or incomplete (${error.message}).`);
}

export async function memberBytes(archive: OpenArchive, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = await memberStream(archive, name);
  try {
    for await (const chunk of stream) chunks.push(chunk as Buffer);
  } catch (error) {
    throw refusedMember(name, error as Error);
  }
  return Buffer.concat(chunks);
}

/** The lines of a JSON Lines member, each parsed, with its line number. */
export async function* memberLines(
  archive: OpenArchive,
  name: string,
): AsyncGenerator<{ line: number; value: unknown; raw: Buffer }> {
  const stream = await memberStream(archive, name);
  let pending: Buffer = Buffer.alloc(0);
  let line = 0;
  const parse = (raw: Buffer) => {
    line += 1;
    try {
      return { line, value: JSON.parse(raw.toString("utf8")) as unknown, raw };
    } catch {
      throw refused(`${name}, line ${line}, is not valid JSON.`);
    }
  };
  try {
    for await (const chunk of stream) {
      pending = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
      let start = 0;
      for (let end = pending.indexOf(10, start); end >= 0; end = pending.indexOf(10, start)) {
        yield parse(pending.subarray(start, end));
        start = end + 1;
      }
      pending = pending.subarray(start);
      if (pending.length > MAX_LINE_BYTES) throw refused(`${name}, line ${line + 1}, is longer than 64 MB.`);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refusedMember(name, error as Error);
  } finally {
    // A reader that stops early (the first row only) leaves nothing open.
    stream.destroy();
  }
  if (pending.length) throw refused(`${name} ends in the middle of a line: the archive is incomplete.`);
}

/** The manifest, checked: format, version, and that this instance can read what it describes. */
export async function readManifest(archive: OpenArchive, currentMigration: string): Promise<Manifest> {
  const entry = archive.entries.get(MANIFEST_FILE);
  if (!entry) throw refused(`it has no ${MANIFEST_FILE}: it is not an Apparatus project archive.`);
  if (entry.uncompressedSize > MAX_MANIFEST_BYTES) throw refused(`its ${MANIFEST_FILE} is too large.`);
  let json: unknown;
  try {
    json = JSON.parse((await memberBytes(archive, MANIFEST_FILE)).toString("utf8"));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refused(`its ${MANIFEST_FILE} is not valid JSON.`);
  }
  const format = (json as { format?: unknown; formatVersion?: unknown }) ?? {};
  if (format.format === "apparatus-project-archive" && typeof format.formatVersion === "number") {
    if (format.formatVersion > ARCHIVE_FORMAT_VERSION) {
      throw refused(
        `it was made by a newer version of Apparatus (archive format ${format.formatVersion}; this instance reads format ${ARCHIVE_FORMAT_VERSION} and older). Update this instance, then restore it.`,
      );
    }
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw refused(
      `its ${MANIFEST_FILE} is not valid (${issue.path.join(".") || "manifest"}: ${issue.message}).`,
    );
  }
  const manifest = parsed.data;
  if (manifest.schemaMigration > currentMigration) {
    throw refused(
      `it was made by a newer version of Apparatus (database migration ${manifest.schemaMigration}; this instance has ${currentMigration}). Update this instance, then restore it.`,
    );
  }
  for (const name of archive.entries.keys()) {
    if (name !== MANIFEST_FILE && !(name in manifest.files) && !name.endsWith("/")) {
      throw refused(`it holds ${name}, which its manifest does not list: it was changed after it was made.`);
    }
  }
  return manifest;
}

/** What the check found: enough for the dry-run report. */
export interface VerifiedArchive {
  manifest: Manifest;
  counts: Record<EntityName, number>;
  photoBytes: number;
  people: { id: string; name: string | null; email: string; role: string | null }[];
}

/** Hashes a member as it is read; the caller compares it with the manifest. */
function hashing() {
  const hash = createHash("sha256");
  let bytes = 0;
  return {
    update(chunk: Buffer) {
      hash.update(chunk);
      bytes += chunk.length;
    },
    check(name: string, manifest: Manifest) {
      const expected = manifest.files[name]!;
      const sha256 = hash.digest("hex");
      if (sha256 !== expected.sha256 || bytes !== expected.bytes) {
        throw refused(
          `${name} has been changed or damaged since the archive was made (its SHA-256 does not match the manifest's).`,
        );
      }
    },
  };
}

/**
 * Reads the whole archive once and refuses it at the first problem, naming it. Nothing is
 * written: a restore calls this first, and writes only what passed.
 */
export async function verifyArchive(
  archive: OpenArchive,
  currentMigration: string,
): Promise<VerifiedArchive> {
  const manifest = await readManifest(archive, currentMigration);
  for (const name of Object.keys(manifest.files)) {
    if (!archive.entries.has(name)) throw refused(`${name} is missing: the archive is incomplete.`);
  }
  const ids = {} as Record<EntityName, Set<string>>;
  const counts = {} as Record<EntityName, number>;
  const people: VerifiedArchive["people"] = [];
  const photoFiles: string[] = [];
  for (const name of ENTITY_NAMES) {
    const spec: EntitySpec = ENTITIES[name];
    if (!(spec.file in manifest.files)) throw refused(`${spec.file} is missing from its manifest.`);
    const seen = new Set<string>();
    ids[name] = seen;
    const selfRefs: { line: number; field: string; id: string }[] = [];
    const hash = hashing();
    let count = 0;
    for await (const { line, value, raw } of memberLines(archive, spec.file)) {
      hash.update(raw);
      hash.update(Buffer.from("\n"));
      const parsed = spec.row.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw refused(`${spec.file}, line ${line}: ${issue.path.join(".") || "row"}: ${issue.message}.`);
      }
      const row = parsed.data as Record<string, unknown> & { id: string };
      if (seen.has(row.id)) throw refused(`${spec.file}, line ${line}: the id ${row.id} appears twice.`);
      seen.add(row.id);
      count += 1;
      const refs = Object.entries(spec.refs).map(([field, target]) => ({ field, target, value: row[field] }));
      for (const [field, target] of Object.entries(spec.listRefs ?? {})) {
        for (const value of row[field] as string[]) refs.push({ field, target, value });
      }
      for (const { field, target, value: refId } of refs) {
        if (refId === null || refId === undefined) continue;
        if (target === name) selfRefs.push({ line, field, id: refId as string });
        else if (!ids[target as EntityName]?.has(refId as string)) {
          throw refused(`${spec.file}, line ${line}: ${field} names ${refId}, which is not in the archive.`);
        }
      }
      if (name === "people") people.push(row as never);
      if (name === "photos") photoFiles.push(row.file as string, row.thumbnailFile as string);
    }
    hash.check(spec.file, manifest);
    for (const ref of selfRefs) {
      if (!seen.has(ref.id)) {
        throw refused(
          `${spec.file}, line ${ref.line}: ${ref.field} names ${ref.id}, which is not in the archive.`,
        );
      }
    }
    if (name === "project" && count !== 1) throw refused(`${spec.file} must hold exactly one project.`);
    if (manifest.counts[name] !== undefined && manifest.counts[name] !== count) {
      throw refused(`${spec.file} holds ${count} rows where the manifest says ${manifest.counts[name]}.`);
    }
    counts[name] = count;
  }
  let photoBytes = 0;
  for (const file of photoFiles) {
    if (!(file in manifest.files)) throw refused(`${file} is named in photos.jsonl but missing.`);
  }
  // Every other member (photos, README.txt) is checked against its hash too.
  for (const [name] of Object.entries(manifest.files)) {
    if (ENTITY_NAMES.some((entity) => ENTITIES[entity].file === name)) continue;
    const hash = hashing();
    const stream = await memberStream(archive, name);
    try {
      for await (const chunk of stream) {
        hash.update(chunk as Buffer);
        if (name.startsWith("photos/")) photoBytes += (chunk as Buffer).length;
      }
    } catch (error) {
      throw refusedMember(name, error as Error);
    }
    hash.check(name, manifest);
  }
  return { manifest, counts, photoBytes, people };
}
