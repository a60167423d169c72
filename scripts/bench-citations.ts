// npm run bench:citations: times the citation export and import as the API runs them, on a
// throwaway embedded PostgreSQL, and prints medians. A benchmark, not a test: it passes or fails
// nothing. (Runs with the react-server condition, as the server does, so that its modules load.)
//
//   a 200-source claim chain in Chicago, warm (engines built, entries cached)
//   a 10,000-entry Chicago bibliography, cold (new worker threads, empty cache), then re-exported unchanged
//   10,000 entries exported as BibTeX; 10,000 BibTeX entries imported (parse, deduplicate, insert)
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, cpus, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const runs = Number(process.env.BENCH_RUNS ?? 3);
const root = await mkdtemp(path.join(tmpdir(), "apparatus-bench-"));
const { findFreePort, startEmbeddedPostgres } = await import("../lib/db/tooling/embedded-postgres");
const database = await startEmbeddedPostgres({
  dataDir: path.join(root, "pg"),
  port: await findFreePort(),
  database: "bench",
  persistent: false,
});
process.env.DATABASE_URL = database.url;

const { applyMigrations } = await import("../lib/db/tooling/migrations");
await applyMigrations(database.url);
const { prisma } = await import("../lib/db/client");
const { getClaimExportData, loadCitableSources, chooseStyle } = await import("../lib/citations/data");
const { exportClaimChain, exportSources } = await import("../lib/citations/export");
const { clearFormattingCache } = await import("../lib/citations/formatting");
const { closeFormatPool, formatPool } = await import("../lib/citations/format-pool");
const { runImport } = await import("../lib/citations/import-run");
const { toBibtex } = await import("../lib/citations/bibtex");
type ProjectAccess = import("../lib/projects/types").ProjectAccess;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const results: [string, number[], string][] = [];
function report(label: string, times: number[], target: string) {
  results.push([label, times, target]);
  const figures = times.map((ms) => (ms / 1000).toFixed(2)).join(", ");
  console.log(
    `${label.padEnd(58)} median ${(median(times) / 1000).toFixed(2)} s   (runs: ${figures})   target ${target}`,
  );
}

// ─── Data: 10,000 sources of the kinds historians cite ──────────────────────────────────────

const FAMILIES = [
  "Raack",
  "Kennan",
  "Carr",
  "Haslam",
  "Roberts",
  "Kotkin",
  "Service",
  "Conquest",
  "Fitzpatrick",
  "Getty",
  "Khlevniuk",
  "Ulam",
  "Tucker",
  "Deutscher",
  "Volkogonov",
  "Pons",
  "Gorodetsky",
  "Weinberg",
  "Taylor",
  "Overy",
];
const CYRILLIC = ["Сталин", "Литвинов", "Майский", "Молотов", "Жданов"];
function bibtexEntry(index: number): string {
  const family =
    index % 17 === 0
      ? CYRILLIC[index % CYRILLIC.length]!
      : `${FAMILIES[index % FAMILIES.length]}${index % 7 === 0 ? "" : Math.floor(index / 20)}`;
  const year = 1930 + (index % 90);
  const author = `author = {${family}, ${String.fromCharCode(65 + (index % 26))}. ${String.fromCharCode(65 + ((index * 7) % 26))}.}`;
  switch (index % 5) {
    case 0:
      return `@book{b${index},\n  ${author},\n  title = {Diplomacy and Revolution, Volume ${index}: Europe in the Years ${year}--${year + 5}},\n  publisher = {Stanford University Press},\n  address = {Stanford, CA},\n  year = {${year}},\n  isbn = {978${String(100000000 + index).slice(0, 9)}${index % 10}}\n}`;
    case 1:
      return `@article{a${index},\n  ${author},\n  title = {Soviet Foreign Policy and the Popular Front, ${index}},\n  journal = {Slavic Review},\n  volume = {${10 + (index % 60)}},\n  number = {${1 + (index % 4)}},\n  pages = {${100 + (index % 300)}--${120 + (index % 300)}},\n  year = {${year}},\n  doi = {10.2307/${1000000 + index}}\n}`;
    case 2:
      return `@incollection{c${index},\n  ${author},\n  title = {The Comintern and the West, ${index}},\n  booktitle = {Essays on the Origins of the Cold War},\n  editor = {Gorodetsky, Gabriel},\n  publisher = {Frank Cass},\n  address = {London},\n  pages = {1--30},\n  year = {${year}}\n}`;
    case 3:
      return `@article{n${index},\n  title = {Report from Moscow, number ${index}},\n  journal = {The Times},\n  year = {1938},\n  month = feb,\n  note = {Unsigned report}\n}`;
    default:
      return `@unpublished{m${index},\n  author = {{Foreign Office, Northern Department}},\n  title = {Minute on the Moscow dispatch, no. ${index}},\n  type = {Minute},\n  year = {1938},\n  note = {FO 371/${22000 + index}, f. ${1 + (index % 300)}, The National Archives, Kew}\n}`;
  }
}
const BIBTEX = Array.from({ length: 10_000 }, (_, index) => bibtexEntry(index)).join("\n\n");

const user = await prisma.user.create({ data: { email: "bench@example.org", name: "Bench" } });
async function newProject(name: string): Promise<ProjectAccess> {
  const project = await prisma.project.create({
    data: { name, memberships: { create: { userId: user.id, role: "owner" } } },
  });
  return { projectId: project.id, userId: user.id, role: "owner" } as ProjectAccess;
}

console.log(
  `Citation benchmark: ${cpus()[0]?.model ?? "cpu"} × ${availableParallelism()}, ${formatPool().size} citation worker threads, median of ${runs} runs.\n`,
);

// ─── 10,000 BibTeX entries imported ──────────────────────────────────────────────────────────

let library: ProjectAccess | null = null;
const importTimes: number[] = [];
for (let run = 0; run < runs; run++) {
  const access = await newProject(`Import ${run}`);
  importTimes.push(
    await time(async () => {
      const outcome = await runImport(access, BIBTEX, { format: "bibtex", choices: { duplicates: "skip" } });
      if (outcome.imported.length !== 10_000) throw new Error(`Imported ${outcome.imported.length}`);
    }),
  );
  library ??= access;
}
report("10,000 BibTeX entries imported (parse, dedupe, insert)", importTimes, "< 10 s");

// ─── 10,000 entries exported as BibTeX ──────────────────────────────────────────────────────

const sources = await loadCitableSources(library!);
const items = [...sources.values()].map((source) => source.csl);
const bibtexTimes: number[] = [];
for (let run = 0; run < Math.max(runs, 5); run++)
  bibtexTimes.push(await time(async () => toBibtex(items, "bibtex")));
report("10,000 entries exported as BibTeX (formatting only)", bibtexTimes, "< 1 s");
const { style } = await chooseStyle(library!, "chicago-fullnote-bibliography");
const bibtexRequest = { format: "bibtex" as const, output: "html" as const, style, locale: "en-US" };
const bibtexEndToEnd: number[] = [];
for (let run = 0; run < Math.max(runs, 5); run++) {
  bibtexEndToEnd.push(
    await time(async () => {
      const all = await loadCitableSources(library!);
      await exportSources(
        { title: "Bench", fileBase: "bench", ids: [...all.keys()], sources: all },
        bibtexRequest,
      );
    }),
  );
}
report("10,000 entries exported as BibTeX (with the database read)", bibtexEndToEnd, "< 1 s");

// ─── 10,000-entry Chicago bibliography ──────────────────────────────────────────────────────

const chicago = { format: "bibliography" as const, output: "html" as const, style, locale: "en-US" };
async function exportLibrary() {
  const all = await loadCitableSources(library!);
  const file = await exportSources(
    { title: "Bench", fileBase: "bench", ids: [...all.keys()], sources: all },
    chicago,
  );
  if (file.entries !== 10_000) throw new Error(`Exported ${file.entries}`);
}
const coldTimes: number[] = [];
for (let run = 0; run < runs; run++) {
  await closeFormatPool();
  clearFormattingCache();
  coldTimes.push(await time(exportLibrary));
}
report("10,000-entry Chicago bibliography, cold", coldTimes, "< 30 s");
const unchangedTimes: number[] = [];
for (let run = 0; run < Math.max(runs, 5); run++) unchangedTimes.push(await time(exportLibrary));
report("10,000-entry Chicago bibliography, re-exported unchanged", unchangedTimes, "< 2 s");

// ─── A claim chain of 200 sources ────────────────────────────────────────────────────────────

const chainIds = [...sources.keys()].slice(0, 200);
const claim = await prisma.claim.create({
  data: { projectId: library!.projectId, number: 1, statement: "A long chain" },
});
const sub = await prisma.claim.create({
  data: { projectId: library!.projectId, number: 2, statement: "A sub-claim" },
});
for (const [index, sourceId] of chainIds.entries()) {
  const passage = await prisma.passage.create({
    data: { projectId: library!.projectId, sourceId, text: "…", page: String(10 + index) },
  });
  await prisma.evidence.create({
    data: {
      projectId: library!.projectId,
      claimId: index % 10 === 9 ? sub.id : claim.id,
      passageId: passage.id,
      stance: index % 4 === 3 ? "contradicts" : index % 4 === 2 ? "qualifies" : "supports",
      position: index,
    },
  });
}
await prisma.evidence.create({
  data: {
    projectId: library!.projectId,
    claimId: claim.id,
    supportingClaimId: sub.id,
    stance: "supports",
    position: 999,
  },
});
async function exportChain(format: "notes" | "bibliography") {
  const chain = await getClaimExportData(library!, claim.id);
  const ids = [...new Set(chain!.sections.flatMap((section) => section.cites.map((cite) => cite.sourceId)))];
  const chainSources = await loadCitableSources(library!, ids);
  await exportClaimChain(
    { claim: chain!.claim, sections: chain!.sections, sources: chainSources },
    { ...chicago, format },
  );
}
for (const format of ["bibliography", "notes"] as const) {
  await exportChain(format); // warm: engines built, entries cached
  const warm: number[] = [];
  for (let run = 0; run < Math.max(runs, 5); run++) warm.push(await time(() => exportChain(format)));
  report(`200-source claim chain in Chicago, ${format}, warm`, warm, "< 0.5 s");
}

console.log("\nMarkdown for the README:\n");
console.log("| measure | median | target |\n| --- | --- | --- |");
for (const [label, times, target] of results) {
  console.log(`| ${label} | ${(median(times) / 1000).toFixed(2)} s | ${target} |`);
}

await closeFormatPool();
await prisma.$disconnect();
await database.stop();
await rm(root, { recursive: true, force: true });
