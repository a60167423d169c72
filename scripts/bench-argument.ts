// npm run bench:argument: times an argument's export as Word, LibreOffice and Markdown, and prints
// medians. A benchmark, not a test: it passes or fails nothing. The argument is generated: 200
// sections, 600 claim points each with its footnote (so 600 footnotes), citing 1-3 of 300
// sources with page pinpoints, some known through another ("quoted in"), in Chicago notes.
// Cold: a new formatting cache; warm: the same export again (what a historian's second
// download costs). The database's part (a few queries) is not in these figures.
import { performance } from "node:perf_hooks";

const runs = Number(process.env.BENCH_RUNS ?? 5);
const { composeArgument } = await import("../lib/arguments/compose");
const { writeDocx } = await import("../lib/arguments/docx");
const { writeOdt } = await import("../lib/arguments/odt");
const { writeMarkdown } = await import("../lib/arguments/markdown");
const { loadStyleCatalog, resolveStyle } = await import("../lib/citations/styles");
const { clearFormattingCache } = await import("../lib/citations/formatting");
const { closeFormatPool } = await import("../lib/citations/format-pool");
type ComposeInput = import("../lib/arguments/compose").ComposeInput;
type CitableSource = import("../lib/citations/export").CitableSource;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const sources = new Map<string, CitableSource>();
for (let i = 0; i < 300; i++) {
  const csl = {
    id: `s${i}`,
    type: i % 3 === 0 ? "article-newspaper" : "book",
    title: `${i % 3 === 0 ? "Report" : "A study"} number ${i}: of diplomacy in ${1900 + (i % 50)}`,
    author: [{ family: `Author${i % 120}`, given: "A. B." }],
    issued: { "date-parts": [[1900 + (i % 90)]] },
    publisher: "Stanford University Press",
    "publisher-place": "Stanford, CA",
    "container-title": i % 3 === 0 ? "The Times" : undefined,
  };
  sources.set(csl.id, {
    id: csl.id,
    csl,
    cslForPinpoint: csl,
    quotedIn: i % 10 === 5 ? { id: `s${(i + 1) % 300}`, locator: "p. 40" } : null,
  });
}

const points: ComposeInput["points"] = [];
for (let section = 0; section < 200; section++) {
  points.push({
    kind: "section",
    depth: 0,
    text: `Section ${section + 1}`,
    cites: [],
    contrary: [],
    quote: "none",
    quotes: [],
  });
  for (let p = 0; p < 3; p++) {
    const n = section * 3 + p;
    const cites = Array.from({ length: 1 + (n % 3) }, (_, k) => ({
      sourceId: `s${(n * 7 + k * 13) % 300}`,
      locator: { label: "page", value: String(1 + ((n + k) % 300)) },
    }));
    points.push({
      kind: "claim",
      depth: 1,
      text: `Point ${n + 1}: what the evidence shows, in the historian's words.`,
      cites,
      contrary: n % 7 === 0 ? [{ sourceId: `s${(n + 3) % 300}`, locator: null }] : [],
      quote: "none",
      quotes: [],
    });
  }
}
const input: ComposeInput = { title: "A bench chapter", points, sources, checks: [] };
const style = resolveStyle(loadStyleCatalog(), "chicago-fullnote-bibliography");
const options = { style, locale: "en-US", bibliography: true, evidenceCheck: true };

async function once(write: (doc: Awaited<ReturnType<typeof composeArgument>>) => unknown) {
  const start = performance.now();
  const doc = await composeArgument(input, options);
  await write(doc);
  return { ms: performance.now() - start, notes: doc.notes.length };
}

clearFormattingCache();
const cold = await once(writeDocx);
console.log(
  `argument: ${points.length} points, ${cold.notes} footnotes, ${sources.size} sources, Chicago notes`,
);
console.log(`  .docx cold (engines and cache empty): ${cold.ms.toFixed(0)} ms`);
for (const [name, write] of [
  [".docx", writeDocx],
  [".odt", writeOdt],
  ["Markdown", writeMarkdown],
] as const) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await once(write)).ms);
  console.log(
    `  ${name} warm: median ${median(times).toFixed(0)} ms over ${runs} runs${name === ".docx" ? " (target: under 2,000 ms)" : ""}`,
  );
}
await closeFormatPool();
