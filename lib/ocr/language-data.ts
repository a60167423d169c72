import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

// Tesseract's language data is read from disk, never fetched (tesseract.js would download it from a
// CDN if it were not given a folder). Two places, looked up in this order:
//  - lib/ocr/tessdata/<code>.traineddata(.gz): Russian ships here, and any language added by hand;
//  - node_modules/@tesseract.js-data/<code>/4.0.0_best_int: English, French and German from npm. The
//    package's other folder (4.0.0) also holds the legacy engine's model, four times larger, unused.
// Paths are taken from the working directory, as for the citation workers, so that Next's bundler
// leaves them alone.
const TESSDATA_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "ocr", "tessdata");
const NPM_DATA_DIR = path.join(
  /* turbopackIgnore: true */ process.cwd(),
  "node_modules",
  "@tesseract.js-data",
);
const NPM_MODEL_FOLDER = "4.0.0_best_int";

/** Where tesseract.js finds `<langPath>/<code>.traineddata` (`.gz` when gzip). */
export interface LanguageData {
  langPath: string;
  gzip: boolean;
}

export function languageData(code: string): LanguageData | null {
  const candidates: LanguageData[] = [
    { langPath: TESSDATA_DIR, gzip: true },
    { langPath: TESSDATA_DIR, gzip: false },
    { langPath: path.join(NPM_DATA_DIR, code, NPM_MODEL_FOLDER), gzip: true },
  ];
  return (
    candidates.find(({ langPath, gzip }) =>
      existsSync(path.join(langPath, `${code}.traineddata${gzip ? ".gz" : ""}`)),
    ) ?? null
  );
}

let installed: ReadonlySet<string> | undefined;

/** The Tesseract codes ("eng", "rus") with data on this machine, read once per process. */
export function installedOcrLanguages(): ReadonlySet<string> {
  if (installed) return installed;
  const codes = new Set<string>();
  for (const file of readFolder(TESSDATA_DIR)) {
    const code = /^(.+)\.traineddata(\.gz)?$/.exec(file)?.[1];
    if (code) codes.add(code);
  }
  for (const code of readFolder(NPM_DATA_DIR)) if (languageData(code)) codes.add(code);
  installed = codes;
  return codes;
}

function readFolder(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
