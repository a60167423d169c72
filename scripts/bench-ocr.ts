// npm run bench:ocr: OCR time per page-sized image, as lib/ocr/recognize runs it for "Transcribe".
// A benchmark, not a test: it prints figures and passes or fails nothing.
//
//   an A4 page at 200 dpi (1654 × 2339 pixels), 30 lines of 11-point serif text, on an off-white
//   ground, in English and in Russian:
//   cold: the first page after the OCR threads stopped (a thread starts, loads its language)
//   warm: the next pages, one at a time
//   queued: as many pages as there are threads, twice over, sent at once
// with the main thread's event-loop delay while pages are read (OCR runs on worker threads), and
// the share of the page's words read back as written.
//
// BENCH_RUNS (default 5) pages of each kind; OCR_WORKERS as for the server (default: one per core).
import { availableParallelism, cpus } from "node:os";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import sharp from "sharp";
import { drawWithBundledFonts } from "../tests/bundled-fonts";

drawWithBundledFonts();

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const { closeOcr, recognize } = await import("../lib/ocr/recognize");
const { ocrPool } = await import("../lib/ocr/pool");

const WIDTH = 1654;
const HEIGHT = 2339;
const MARGIN = 190;
const FONT_SIZE = 31; // 11 points at 200 dpi
const LINE_HEIGHT = 62;
const LINES = 30;

const ENGLISH = `In the spring of 1939 the British government still hoped that an agreement with the Soviet
Union could be reached without abandoning Poland, and the Foreign Office instructed the ambassador
in Moscow to sound out Litvinov on a declaration of mutual assistance. The minutes of the cabinet
committee record that the Prime Minister doubted both the strength of the Red Army and the good
faith of its government, while the Chiefs of Staff argued that without Russian help the guarantee
to Poland could not be made good. The reply from Moscow, when it came, proposed a full military
alliance between Britain, France and the Soviet Union, with guarantees to every state from the
Baltic to the Black Sea, which London found too wide and Warsaw would not accept. Litvinov was
dismissed on the third of May and replaced by Molotov, a change that the embassy read as a warning
and the newspapers as a sign that the Kremlin was turning its back on collective security. The
Times reported the news on its foreign page under a cautious headline, and the leader writers
preferred to wait for the text of the next Soviet note before drawing conclusions of any kind.`;

const RUSSIAN = `Весной тысяча девятьсот тридцать девятого года британское правительство всё ещё надеялось
достигнуть соглашения с Советским Союзом, не отказываясь от гарантий Польше, и министерство
иностранных дел поручило послу в Москве выяснить позицию Литвинова относительно декларации о
взаимной помощи. Протоколы комитета кабинета показывают, что премьер-министр сомневался и в силе
Красной армии, и в добросовестности советского правительства, тогда как начальники штабов
доказывали, что без русской помощи гарантия Польше останется на бумаге. Ответ из Москвы предлагал
полный военный союз Англии, Франции и Советского Союза с гарантиями всем государствам от Балтики до
Чёрного моря, что Лондон счёл слишком широким, а Варшава не могла принять. Третьего мая Литвинов был
смещён и заменён Молотовым, и посольство увидело в этом предупреждение, а газеты признак того, что
Кремль отворачивается от коллективной безопасности. Газета «Правда» напечатала сообщение на первой
полосе без всяких комментариев, и наблюдатели предпочли дождаться следующей советской ноты.`;

/** The text cut into lines that fit the page's measure, repeated to fill 30 of them. */
function pageLines(text: string, perLine: number): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = "";
  for (let index = 0; lines.length < LINES; index++) {
    const word = words[index % words.length] as string;
    if (line && line.length + word.length + 1 > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return lines;
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

async function renderPage(lines: string[]): Promise<Buffer> {
  const text = lines
    .map(
      (line, index) =>
        `<text x="${MARGIN}" y="${MARGIN + LINE_HEIGHT * (index + 1)}" font-family="DejaVu Serif, serif" font-size="${FONT_SIZE}" fill="#2b2620">${escapeXml(line)}</text>`,
    )
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><rect width="100%" height="100%" fill="#efe8d8"/>${text}</svg>`;
  // As a reading-room camera saves it: a JPEG.
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function recall(expected: string[], read: string): number {
  const found = new Map<string, number>();
  for (const word of wordsOf(read)) found.set(word, (found.get(word) ?? 0) + 1);
  let hits = 0;
  const words = expected.flatMap(wordsOf);
  for (const word of words) {
    const left = found.get(word) ?? 0;
    if (left > 0) {
      hits++;
      found.set(word, left - 1);
    }
  }
  return hits / words.length;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}

const ms = (value: number) => `${Math.round(value)} ms`;

const pages = [
  { language: "en", name: "English", lines: pageLines(ENGLISH.replace(/\n/g, " "), 70) },
  { language: "ru", name: "Russian", lines: pageLines(RUSSIAN.replace(/\n/g, " "), 66) },
];

console.log(
  `OCR bench: A4 at 200 dpi (${WIDTH} × ${HEIGHT} px, ${LINES} lines), ${runs} runs each; ` +
    `${ocrPool().size} OCR threads; ${availableParallelism()} cores (${cpus()[0]?.model ?? "?"}), Node ${process.version}`,
);
for (const page of pages) {
  const image = await renderPage(page.lines);
  const cold: number[] = [];
  const warm: number[] = [];
  let lastRecall = 0;
  let lastConfidence = 0;
  for (let run = 0; run < runs; run++) {
    await closeOcr();
    const start = performance.now();
    await recognize(image, { language: page.language });
    cold.push(performance.now() - start);
  }
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = await recognize(image, { language: page.language });
    warm.push(performance.now() - start);
    lastRecall = recall(page.lines, result.text);
    lastConfidence = result.confidence;
  }
  delay.disable();
  const queuedCount = ocrPool().size * 2;
  const queuedStart = performance.now();
  await Promise.all(Array.from({ length: queuedCount }, () => recognize(image, { language: page.language })));
  const queued = performance.now() - queuedStart;
  console.log(
    `${page.name}: cold median ${ms(quantile(cold, 0.5))}, p95 ${ms(quantile(cold, 0.95))}; ` +
      `warm median ${ms(quantile(warm, 0.5))}, p95 ${ms(quantile(warm, 0.95))}; ` +
      `${queuedCount} queued at once ${ms(queued)} (${ms(queued / queuedCount)} a page); ` +
      `words read right ${(lastRecall * 100).toFixed(1)}%, confidence ${lastConfidence}; ` +
      `event-loop delay while reading: max ${(delay.max / 1e6).toFixed(1)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms`,
  );
}
await closeOcr();
