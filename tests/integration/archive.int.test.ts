import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZipFile } from "yazl";
import { runDailyBackup } from "@/lib/archive/backups";
import { writeProjectArchive } from "@/lib/archive/export";
import { ENTITIES, ENTITY_NAMES, MANIFEST_FILE, type Manifest } from "@/lib/archive/format";
import { memberBytes, openArchive } from "@/lib/archive/read";
import { planRestore, restoreArchive } from "@/lib/archive/restore";
import { prisma } from "@/lib/db/client";
import { DEMO_PROJECT_ID, seedDemo } from "@/prisma/seed";
import { createUser } from "./factories";
import { createPopulatedProject } from "./project-fixture";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "apparatus-archive-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = (name: string) => path.join(dir, name);

/** Every member of an archive: JSON Lines files as parsed rows, others as bytes. */
async function readAll(zipPath: string) {
  const archive = await openArchive(zipPath);
  try {
    const members: Record<string, Buffer> = {};
    for (const name of archive.entries.keys()) members[name] = await memberBytes(archive, name);
    return members;
  } finally {
    archive.close();
  }
}

function rowsOf(members: Record<string, Buffer>, fileName: string): string[] {
  return members[fileName]!.toString("utf8").split("\n").filter(Boolean);
}

/** Replaces every new id in a row (in its fields and in its photo's file names) by the old one. */
function backToOldIds(line: string, inverse: Map<string, string>): string {
  return line.replace(/[\w-]{20,64}/g, (token) => inverse.get(token) ?? token);
}

/** A project with one of every kind of entity, including the self-references and private notes. */
async function everyKindProject() {
  const owner = await createUser("archive-owner");
  const editor = await createUser("archive-editor");
  const { ids } = await createPopulatedProject([
    { userId: owner.id, role: "owner" },
    { userId: editor.id, role: "editor" },
  ]);
  const { projectId } = ids;
  await prisma.source.update({
    where: { id: ids.reportId },
    data: { quotedInId: ids.sourceId, quotedInLocator: "p. 3" },
  });
  await prisma.sourceContributor.create({
    data: {
      sourceId: ids.sourceId,
      role: "author",
      position: 0,
      family: "Stalin",
      given: "I. V.",
      original: "Сталин",
    },
  });
  await prisma.passageTranslation.create({
    data: { passageId: ids.passageId, language: "en", text: "The victory of socialism", translator: "R. H." },
  });
  const embassy = await prisma.observer.create({ data: { projectId, name: "Embassy", kind: "embassy" } });
  await prisma.observer.update({ where: { id: ids.observerId }, data: { affiliationId: embassy.id } });
  await prisma.readingClaimStance.create({
    data: { readingId: ids.readingId, claimId: ids.claimId, stance: "contradicts" },
  });
  await prisma.evidence.create({
    data: {
      projectId,
      claimId: ids.otherClaimId,
      supportingClaimId: ids.claimId,
      stance: "qualifies",
      confidence: 2,
    },
  });
  await prisma.annotation.create({
    data: {
      projectId,
      authorId: owner.id,
      visibility: "shared",
      body: "A reply",
      claimId: ids.claimId,
      parentId: ids.annotationId,
    },
  });
  await prisma.annotation.create({
    data: {
      projectId,
      authorId: owner.id,
      visibility: "private",
      body: "The owner's own private note",
      passageId: ids.passageId,
      selectorExact: "социализма",
      selectorPrefix: "Победа ",
      selectorSuffix: "",
      selectorStart: 7,
    },
  });
  await prisma.annotation.create({
    data: {
      projectId,
      authorId: editor.id,
      visibility: "private",
      body: "The editor's secret",
      claimId: ids.claimId,
    },
  });
  await prisma.argumentPoint.update({ where: { id: ids.pointId }, data: { evidenceIds: [ids.evidenceId] } });
  await prisma.activity.create({
    data: {
      projectId,
      actorId: owner.id,
      action: "update",
      entityType: "claim",
      entityId: ids.claimId,
      label: "C1",
      before: { statement: "Before" },
      after: { statement: "After" },
    },
  });
  return { owner, editor, ids };
}

async function compareRoundTrip(
  projectId: string,
  owner: { id: string; email: string; name: string | null },
) {
  const first = file(`first-${projectId}.zip`);
  const exportedBy = { email: owner.email, name: owner.name };
  const privateNotes = { of: "member", userId: owner.id } as const;
  const manifest = await writeProjectArchive(projectId, first, { privateNotes, exportedBy });
  const restored = await restoreArchive(first, owner.id);
  expect(restored.projectId).not.toBe(projectId);
  const second = file(`second-${projectId}.zip`);
  const secondManifest = await writeProjectArchive(restored.projectId, second, { privateNotes, exportedBy });
  expect(secondManifest.counts).toEqual(manifest.counts);

  const inverse = new Map<string, string>();
  for (const map of Object.values(restored.idMaps)) for (const [old, fresh] of map) inverse.set(fresh, old);
  const a = await readAll(first);
  const b = await readAll(second);
  for (const entity of ENTITY_NAMES) {
    const { file: name } = ENTITIES[entity];
    const before = rowsOf(a, name).map((line) => JSON.parse(line));
    const after = rowsOf(b, name).map((line) => JSON.parse(backToOldIds(line, inverse)));
    const byId = (rows: { id: string }[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
    // A restored project is new: only its own updatedAt differs.
    if (entity === "project") for (const row of [...before, ...after]) delete row.updatedAt;
    expect(byId(after), name).toEqual(byId(before));
  }
  // Photos come back byte for byte, under their new names.
  for (const name of Object.keys(a).filter((n) => n.startsWith("photos/"))) {
    const id = name.match(/([\w-]+)\.\w+$/)![1]!;
    const renamed = name.replace(id, restored.idMaps.photos.get(id)!);
    expect(b[renamed]?.equals(a[name]!), name).toBe(true);
  }
  // The copy goes: later files (the seed's) count the demo user's memberships.
  await prisma.project.delete({ where: { id: restored.projectId } });
  return { manifest, restored, first };
}

describe("project archives", () => {
  it("round trip: a project with every kind of entity exports, restores and exports again the same", async () => {
    const { owner, ids } = await everyKindProject();
    const { manifest, first } = await compareRoundTrip(ids.projectId, owner);
    for (const entity of ENTITY_NAMES) expect(manifest.counts[entity], entity).toBeGreaterThan(0);
    const members = await readAll(first);
    const notes = rowsOf(members, ENTITIES.annotations.file).join("\n");
    // The owner's private note travels with the owner's archive; the editor's never does.
    expect(notes).toContain("The owner's own private note");
    expect(notes).not.toContain("The editor's secret");
    expect(members["README.txt"]!.toString()).toContain("sources.jsonl (2)");
  });

  it("round trip: the demo project", async () => {
    await seedDemo(prisma);
    const membership = await prisma.membership.findFirstOrThrow({
      where: { projectId: DEMO_PROJECT_ID, role: "owner" },
      include: { user: true },
    });
    const { manifest } = await compareRoundTrip(DEMO_PROJECT_ID, membership.user);
    expect(manifest.counts.sources).toBeGreaterThan(5);
    expect(manifest.counts.arguments).toBe(1);
  });

  it("maps members by email, keeps others as named authors without access, and restores twice independently", async () => {
    const { owner, editor, ids } = await everyKindProject();
    const zip = file("members.zip");
    await writeProjectArchive(ids.projectId, zip, {
      privateNotes: { of: "member", userId: owner.id },
      exportedBy: { email: owner.email, name: owner.name },
    });
    // The editor's account is gone from this instance by the time the archive comes back.
    await prisma.user.update({ where: { id: editor.id }, data: { email: `gone-${editor.email}` } });
    const restorer = await createUser("restorer");
    const plan = await planRestore(zip, restorer.id);
    expect(plan.people.find((p) => p.email === editor.email)?.becomes).toMatch(
      /named author, without access/,
    );
    expect(plan.people.find((p) => p.email === owner.email)?.becomes).toBe("member (owner)");
    const one = await restoreArchive(zip, restorer.id);
    const two = await restoreArchive(zip, restorer.id);
    expect(one.projectId).not.toBe(two.projectId);
    const members = await prisma.membership.findMany({
      where: { projectId: one.projectId },
      include: { user: true },
    });
    const colleague = plan.people.find((p) => p.role === "viewer")!;
    expect(members.map((m) => [m.user.email, m.role]).sort()).toEqual(
      [
        [owner.email, "owner"],
        [restorer.email, "owner"],
        [colleague.email, "viewer"],
      ].sort(),
    );
    const editorAuthor = await prisma.user.findUniqueOrThrow({
      where: { id: one.idMaps.people.get(editor.id)! },
    });
    expect(editorAuthor.name).toBe(editor.name);
    expect(editorAuthor.passwordHash).toBeNull();
    expect(editorAuthor.email).toMatch(/@apparatus\.invalid$/);
    // Independent: deleting one leaves the other whole.
    const sourcesOfTwo = await prisma.source.count({ where: { projectId: two.projectId } });
    await prisma.project.delete({ where: { id: one.projectId } });
    expect(await prisma.source.count({ where: { projectId: two.projectId } })).toBe(sourcesOfTwo);
    expect(sourcesOfTwo).toBe(2);
  });
});

describe("a restore refuses, naming the problem, and writes nothing", () => {
  let good: string;
  let restorerId: string;
  let entries: Record<string, Buffer>;

  beforeAll(async () => {
    const { owner, ids } = await everyKindProject();
    good = file("good.zip");
    await writeProjectArchive(ids.projectId, good, {
      privateNotes: { of: "member", userId: owner.id },
      exportedBy: { email: owner.email, name: owner.name },
    });
    entries = await readAll(good);
    restorerId = (await createUser("refused")).id;
  });

  async function zipOf(members: Record<string, Buffer>, name: string) {
    const zip = new ZipFile();
    const target = file(name);
    const output = createWriteStream(target);
    zip.outputStream.pipe(output);
    for (const [member, bytes] of Object.entries(members)) zip.addBuffer(bytes, member);
    zip.end();
    await finished(output);
    return target;
  }

  function withManifest(change: (manifest: Manifest) => void) {
    const manifest = JSON.parse(entries[MANIFEST_FILE]!.toString()) as Manifest;
    change(manifest);
    return { ...entries, [MANIFEST_FILE]: Buffer.from(JSON.stringify(manifest)) };
  }

  async function expectRefused(zipPath: string, message: RegExp) {
    const counts = async () => ({
      projects: await prisma.project.count(),
      sources: await prisma.source.count(),
      users: await prisma.user.count(),
      images: await prisma.sourceImage.count(),
    });
    const before = await counts();
    await expect(planRestore(zipPath, restorerId)).rejects.toThrow(message);
    await expect(restoreArchive(zipPath, restorerId)).rejects.toThrow(message);
    expect(await counts()).toEqual(before);
  }

  it("a file that is not a zip", async () => {
    const damaged = file("damaged.zip");
    await writeFile(damaged, "PK this is not really a zip file");
    await expectRefused(damaged, /not a zip file, or it is damaged or incomplete/);
  });

  it("a truncated archive", async () => {
    const bytes = await readFile(good);
    const truncated = file("truncated.zip");
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expectRefused(truncated, /not a zip file, or it is damaged or incomplete/);
  });

  it("a member changed after the archive was made (checksum)", async () => {
    const sources = entries[ENTITIES.sources.file]!.toString().replace("Pravda", "Izvestiia");
    const tampered = await zipOf(
      { ...entries, [ENTITIES.sources.file]: Buffer.from(sources) },
      "tampered.zip",
    );
    await expectRefused(tampered, /sources\.jsonl has been changed or damaged since the archive was made/);
  });

  it("a photo changed after the archive was made (checksum)", async () => {
    const photo = Object.keys(entries).find((name) => /^photos\/[^/]+\.jpg$/.test(name))!;
    const changed = Buffer.from(entries[photo]!);
    changed.writeUInt8(changed.readUInt8(changed.length - 3) ^ 0xff, changed.length - 3);
    const tampered = await zipOf({ ...entries, [photo]: changed }, "tampered-photo.zip");
    await expectRefused(tampered, /photos\/.*\.jpg has been changed or damaged/);
  });

  it("an archive of a newer format", async () => {
    const newer = await zipOf(
      withManifest((m) => (m.formatVersion = 2)),
      "newer.zip",
    );
    await expectRefused(newer, /made by a newer version of Apparatus \(archive format 2/);
  });

  it("an archive from a newer database schema", async () => {
    const newer = await zipOf(
      withManifest((m) => (m.schemaMigration = "99990101000000_future")),
      "future.zip",
    );
    await expectRefused(newer, /database migration 99990101000000_future/);
  });

  it("a member missing", async () => {
    const { [ENTITIES.claims.file]: _claims, ...rest } = entries;
    await expectRefused(await zipOf(rest, "missing.zip"), /claims\.jsonl is missing/);
  });

  it("a row that names a row the archive does not hold", async () => {
    const evidence = rowsOf(entries, ENTITIES.evidence.file).map((line) => JSON.parse(line));
    evidence[0].claimId = "c-nowhere";
    const body = Buffer.from(evidence.map((row) => `${JSON.stringify(row)}\n`).join(""));
    const broken = withManifest((m) => {
      m.files[ENTITIES.evidence.file] = {
        sha256: createHash("sha256").update(body).digest("hex"),
        bytes: body.length,
      };
    });
    const zipped = await zipOf({ ...broken, [ENTITIES.evidence.file]: body }, "dangling.zip");
    await expectRefused(
      zipped,
      /evidence\.jsonl, line 1: claimId names c-nowhere, which is not in the archive/,
    );
  });

  it("a file that is not an Apparatus archive", async () => {
    const other = await zipOf({ "notes.txt": Buffer.from("hello") }, "other.zip");
    await expectRefused(other, /no manifest\.json: it is not an Apparatus project archive/);
  });
});

describe("daily backups", () => {
  it("archive every project once a day, with every member's private notes, and prune old days", async () => {
    const { ids } = await everyKindProject();
    const root = file("backups");
    // Old days: 2026-10-01, and every day from 2026-11-20 to 2026-12-03.
    const old = [
      "2026-10-01",
      ...Array.from({ length: 14 }, (_, i) => `2026-${i < 11 ? `11-${20 + i}` : `12-0${i - 10}`}`),
    ];
    for (const day of old) await mkdir(path.join(root, day), { recursive: true });
    const result = await runDailyBackup(root, "2026-12-04");
    expect(result?.failed).toEqual([]);
    expect(result?.projects).toBe(await prisma.project.count());
    // Kept: the 7 newest days (11-28 to 12-04), and the newest day of each of the 4 newest weeks
    // (12-04, 11-29, 11-22, and 10-01 for the week before that).
    expect(result?.removed.sort()).toEqual([
      "2026-11-20",
      "2026-11-21",
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
    ]);
    const files = await readdir(path.join(root, "2026-12-04"));
    const mine = files.find((name) => name.endsWith(`-${ids.projectId}.zip`))!;
    const notes = rowsOf(await readAll(path.join(root, "2026-12-04", mine)), ENTITIES.annotations.file).join(
      "\n",
    );
    expect(notes).toContain("The owner's own private note");
    expect(notes).toContain("The editor's secret");
    // Done for the day: a second call writes nothing.
    expect(await runDailyBackup(root, "2026-12-04")).toBeNull();
    // And a backup restores like any archive.
    const restorer = await createUser("from-backup");
    const restored = await restoreArchive(path.join(root, "2026-12-04", mine), restorer.id);
    expect(
      await prisma.annotation.count({ where: { projectId: restored.projectId, visibility: "private" } }),
    ).toBe(2);
  });
});
