import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import { ZipFile } from "yazl";
import { prisma } from "@/lib/db/client";
import packageJson from "@/package.json";
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  archiveReadme,
  ENTITIES,
  ENTITY_NAMES,
  type EntityName,
  MANIFEST_FILE,
  type Manifest,
  README_FILE,
} from "./format";
import { type Db, entityRows, type PrivateNotes, photoFile, projectPeople, thumbnailFile } from "./rows";

// Writes a project archive as a stream: rows are read a page at a time and photos one at a time,
// each member is hashed as it is written, and the manifest with the hashes goes in last. Memory
// stays bounded by a page of rows and the largest photo, whatever the project's size.

export type ArchiveProgress = (done: number, total: number) => void;

export interface ArchiveExportOptions {
  privateNotes: PrivateNotes;
  exportedBy: { email: string; name: string | null } | null;
  onProgress?: ArchiveProgress;
}

/** The last migration applied to this database: what an archive's rows were shaped by. */
export async function currentSchemaMigration(db: Pick<Db, "$queryRaw"> = prisma): Promise<string> {
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT migration_name AS name FROM "_prisma_migrations"
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
    ORDER BY migration_name DESC LIMIT 1`;
  return rows[0]?.name ?? "none";
}

/** Rows (and photos) to write, for the progress bar. */
async function countWork(prisma: Db, projectId: string): Promise<number> {
  const [row] = await prisma.$queryRaw<{ total: bigint }[]>`
    SELECT (SELECT count(*) FROM "Source" WHERE "projectId" = ${projectId})
         + (SELECT count(*) FROM "Passage" WHERE "projectId" = ${projectId})
         + (SELECT count(*) FROM "SourceImage" WHERE "projectId" = ${projectId})
         + (SELECT count(*) FROM "Claim" WHERE "projectId" = ${projectId})
         + (SELECT count(*) FROM "Evidence" WHERE "projectId" = ${projectId})
         + (SELECT count(*) FROM "Annotation" WHERE "projectId" = ${projectId})
         + (SELECT count(*) FROM "Activity" WHERE "projectId" = ${projectId}) AS total`;
  return Number(row?.total ?? 0);
}

/** Photos are read from the database this many bytes at a time. */
const PHOTO_SLICE_BYTES = 1024 * 1024;

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const toLine = (row: unknown) => `${JSON.stringify(row)}\n`;

/**
 * Writes the archive of a project to `outputPath` (through a temporary file, renamed when
 * complete, so that a file at that path is always whole) and returns its manifest.
 */
export async function writeProjectArchive(
  projectId: string,
  outputPath: string,
  options: ArchiveExportOptions,
): Promise<Manifest> {
  // One snapshot for the whole archive: a source added while it is written is in every file or in
  // none, so that the archive's references always resolve. Read-only: it holds no lock.
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SET TRANSACTION READ ONLY");
      return writeFromSnapshot(tx, projectId, outputPath, options);
    },
    { isolationLevel: "RepeatableRead", timeout: 6 * 60 * 60 * 1000, maxWait: 60_000 },
  );
}

async function writeFromSnapshot(
  prisma: Db,
  projectId: string,
  outputPath: string,
  options: ArchiveExportOptions,
): Promise<Manifest> {
  const project = await prisma.project.findUniqueOrThrow({
    where: { id: projectId },
    select: {
      id: true,
      name: true,
      description: true,
      archivedAt: true,
      citationScript: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  const total = Math.max(await countWork(prisma, projectId), 1);
  let done = 0;
  const advance = (n: number) => {
    done += n;
    options.onProgress?.(Math.min(done, total), total);
  };

  const zip = new ZipFile();
  const partial = `${outputPath}.partial`;
  const output = createWriteStream(partial);
  zip.outputStream.pipe(output);
  const files: Manifest["files"] = {};
  const counts: Record<string, number> = {};

  /** Adds one member from chunks, hashing it on the way; resolves when yazl has taken it all. */
  async function addMember(name: string, chunks: AsyncIterable<Buffer>, compress: boolean) {
    const hash = createHash("sha256");
    let bytes = 0;
    const stream = Readable.from(
      (async function* () {
        for await (const chunk of chunks) {
          hash.update(chunk);
          bytes += chunk.length;
          yield chunk;
        }
      })(),
    );
    zip.addReadStream(stream, name, { compress, mtime: new Date(0) });
    await finished(stream);
    files[name] = { sha256: hash.digest("hex"), bytes };
  }

  async function* photoSlices(imageId: string, column: "data" | "thumbnail", size: number) {
    for (let offset = 0; offset < size; offset += PHOTO_SLICE_BYTES) {
      const [row] = await prisma.$queryRawUnsafe<{ slice: Uint8Array }[]>(
        `SELECT substring("${column}" FROM $2::int FOR $3::int) AS slice FROM "SourceImage" WHERE id = $1`,
        imageId,
        offset + 1,
        PHOTO_SLICE_BYTES,
      );
      if (!row) throw new Error(`Photo ${imageId} was deleted while the archive was being made.`);
      yield asBuffer(row.slice);
    }
  }

  async function* single(buffer: Buffer) {
    yield buffer;
  }

  try {
    const people = await projectPeople(prisma, projectId);
    counts.people = people.length;
    await addMember(ENTITIES.people.file, single(Buffer.from(people.map(toLine).join(""))), true);
    counts.project = 1;
    await addMember(ENTITIES.project.file, single(Buffer.from(toLine(project))), true);

    for (const name of ENTITY_NAMES) {
      if (name === "people" || name === "project") continue;
      counts[name] = 0;
      const rows = entityRows(name, projectId, options.privateNotes, prisma);
      await addMember(
        ENTITIES[name].file,
        (async function* () {
          for await (const page of rows) {
            counts[name]! += page.length;
            yield Buffer.from(page.map(toLine).join(""));
            advance(page.length);
          }
        })(),
        true,
      );
    }

    // Photos last, one at a time and in slices: they are most of a large archive's bytes. A slice
    // of a value stored out of line uncompressed (STORAGE EXTERNAL) is read without the rest.
    let after = "";
    for (;;) {
      const batch = await prisma.$queryRaw<
        { id: string; contentType: string; dataBytes: number; thumbnailBytes: number }[]
      >`
        SELECT id, "contentType", octet_length(data) AS "dataBytes", octet_length(thumbnail) AS "thumbnailBytes"
        FROM "SourceImage" WHERE "projectId" = ${projectId} AND id > ${after} ORDER BY id LIMIT 200`;
      for (const image of batch) {
        await addMember(photoFile(image), photoSlices(image.id, "data", image.dataBytes), false);
        await addMember(
          thumbnailFile(image.id),
          photoSlices(image.id, "thumbnail", image.thumbnailBytes),
          false,
        );
        advance(1);
      }
      if (batch.length < 200) break;
      after = batch.at(-1)!.id;
    }

    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      formatVersion: ARCHIVE_FORMAT_VERSION,
      appVersion: packageJson.version,
      schemaMigration: await currentSchemaMigration(prisma),
      exportedAt: new Date().toISOString(),
      exportedBy: options.exportedBy,
      privateNotes: options.privateNotes.of,
      project: { name: project.name, description: project.description },
      counts: counts as Record<EntityName, number>,
      files,
    };
    // The README is hashed like every member; only the manifest itself is not.
    await addMember(README_FILE, single(Buffer.from(archiveReadme(manifest))), true);
    zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), MANIFEST_FILE, {
      mtime: new Date(0),
    });
    zip.end();
    await finished(output);
    await rename(partial, outputPath);
    options.onProgress?.(total, total);
    return manifest;
  } catch (error) {
    output.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}
