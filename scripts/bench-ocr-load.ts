// npm run bench:ocr-load: the claim page's data while 20 photographed pages wait for OCR, beside the
// same without them. A benchmark, not a test: it prints figures and passes or fails nothing.
//
// On the bench project (`npm run bench:seed`): bench claim C1's page data (200 evidence items,
// four-level chains), computed each time, timed for BENCH_SECONDS (default 10) with nothing else
// running; then 20 page-sized photos (A4 at 200 dpi, 30 lines) are queued for transcription through
// the app's own job queue and OCR threads, as "Transcribe" queues them, and the same page is timed
// until the last one is read. The photos, their source and jobs are removed afterwards.
import { randomBytes } from "node:crypto";
import { availableParallelism, cpus } from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import sharp from "sharp";
import { listMigrationNames } from "../lib/db/tooling/migrations";
import { drawWithBundledFonts } from "../tests/bundled-fonts";
import { openBenchDatabase, readManifest } from "./bench-database";

drawWithBundledFonts();
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PAGES = Number(process.env.BENCH_PAGES ?? 20);

const database = await openBenchDatabase();
const client = new pg.Client({ connectionString: database.url });
await client.connect();
const manifest = await readManifest(client);
const { rows: applied } = await client.query<{ migration_name: string }>(
  "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL",
);
await client.end();
const pending = (await listMigrationNames()).filter(
  (name) => !applied.some((row) => row.migration_name === name),
);
if (pending.length) {
  console.error(
    `Migrations not applied to the bench database: ${pending.join(", ")}. Run \`npm run bench:seed\` (it applies them).`,
  );
  await database.stop();
  process.exit(1);
}
if (!manifest?.complete) {
  console.error("No complete bench project in the bench database: run `npm run bench:seed` first.");
  await database.stop();
  process.exit(1);
}
process.env.DATABASE_URL = database.url;
type ProjectAccess = import("../lib/projects/types").ProjectAccess;
const access = { projectId: manifest.projectId, userId: manifest.userId, role: "owner" } as ProjectAccess;
const { prisma } = await import("../lib/db/client");
const { getClaimWithChain } = await import("../lib/claims/data");
const { clearSnapshotCaches } = await import("../lib/db/snapshot-cache");
const { processImage } = await import("../lib/images/process");
const { enqueueOcrJob } = await import("../lib/transcriptions/jobs");
const { createOcrJob } = await import("../lib/transcriptions/mutations");
const { stopQueues } = await import("../lib/jobs/queue");
const { closeOcr } = await import("../lib/ocr/recognize");

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  return sorted[low]! + (sorted[Math.ceil(rank)]! - sorted[low]!) * (rank - low);
}

const claimPage = async () => {
  clearSnapshotCaches();
  const start = performance.now();
  await getClaimWithChain(access, manifest.benchClaimId);
  return performance.now() - start;
};

/** Times the claim page again and again until `until` says stop. */
async function timeUntil(until: () => boolean | Promise<boolean>): Promise<number[]> {
  const times: number[] = [];
  while (!(await until())) times.push(await claimPage());
  return times;
}

const LINE = "In the spring of 1939 the British government still hoped that an agreement with the Soviet";
async function photographedPage(index: number): Promise<Buffer> {
  const text = Array.from(
    { length: 30 },
    (_, line) =>
      `<text x="190" y="${190 + 62 * (line + 1)}" font-family="DejaVu Serif, serif" font-size="31" fill="#2b2620">${LINE} ${index}.${line}</text>`,
  ).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1654" height="2339"><rect width="100%" height="100%" fill="#efe8d8"/>${text}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

const summarize = (label: string, times: number[]) =>
  `${label.padEnd(42)} ${String(times.length).padStart(4)} runs   median ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms`;

console.log(
  `OCR under load: bench claim C1's page data, ${PAGES} pages queued; ${availableParallelism()} cores (${cpus()[0]?.model ?? "?"}), Node ${process.version}`,
);
for (let warm = 0; warm < 3; warm++) await claimPage();
const quietEnd = performance.now() + SECONDS * 1000;
const quiet = await timeUntil(() => performance.now() > quietEnd);
console.log(summarize("claim page, nothing else running", quiet));

const source = await prisma.source.create({
  data: {
    projectId: access.projectId,
    kind: "archival_document",
    cslType: "manuscript",
    title: `[OCR bench pages ${randomBytes(3).toString("hex")}]`,
    language: "en",
  },
});
const jobIds: string[] = [];
try {
  for (let index = 0; index < PAGES; index++) {
    const bytes = await photographedPage(index);
    const image = await processImage(bytes);
    const row = await prisma.sourceImage.create({
      data: {
        projectId: access.projectId,
        sourceId: source.id,
        caption: `p. ${index + 1}`,
        fileName: `page-${index + 1}.jpg`,
        ...image,
        data: new Uint8Array(bytes),
        thumbnail: new Uint8Array(image.thumbnail),
        position: index,
      },
    });
    jobIds.push((await createOcrJob(access, row.id, { language: "en" })).id);
  }
  const queuedAt = performance.now();
  for (const id of jobIds) await enqueueOcrJob(id);
  let done = 0;
  let lastCheck = 0;
  const loaded = await timeUntil(async () => {
    if (performance.now() - lastCheck < 500) return false;
    lastCheck = performance.now();
    done = await prisma.ocrJob.count({ where: { id: { in: jobIds }, status: { in: ["done", "failed"] } } });
    return done === jobIds.length;
  });
  const seconds = (performance.now() - queuedAt) / 1000;
  const failed = await prisma.ocrJob.count({ where: { id: { in: jobIds }, status: "failed" } });
  console.log(summarize(`claim page, while ${PAGES} pages are read`, loaded));
  console.log(
    `${PAGES} pages read in ${seconds.toFixed(1)} s (${(seconds / PAGES).toFixed(2)} s a page)${failed ? `, ${failed} FAILED` : ""}`,
  );
  console.log(
    `p95 under load / p95 quiet: ${(percentile(loaded, 95) / percentile(quiet, 95)).toFixed(2)}× (target: at most 1.20×); median ${(percentile(loaded, 50) / percentile(quiet, 50)).toFixed(2)}×`,
  );
} finally {
  await prisma.ocrJob.deleteMany({ where: { id: { in: jobIds } } });
  await prisma.source.delete({ where: { id: source.id } });
  await stopQueues();
  await closeOcr();
  await prisma.$disconnect();
  await database.stop();
}
