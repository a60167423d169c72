import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

// Tests, e2e specs and benches render pages of text from SVG with sharp, whose fontconfig finds
// the machine's fonts, and a fresh machine may have none (the text then renders as empty boxes
// and OCR reads nothing). The DejaVu fonts come with `npm install` (dejavu-fonts-ttf); pointing
// fontconfig at them alone makes every machine render the same pages. Call before the first text
// is rendered: fontconfig reads its configuration once per process.
export function drawWithBundledFonts(): void {
  const root = path.resolve(import.meta.dirname, "..");
  const folder = path.join(root, ".data", "fontconfig");
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, "fonts.conf");
  const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${escapeXml(path.join(root, "node_modules", "dejavu-fonts-ttf", "ttf"))}</dir>
  <cachedir>${escapeXml(path.join(folder, "cache"))}</cachedir>
  <alias><family>serif</family><prefer><family>DejaVu Serif</family></prefer></alias>
  <alias><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
</fontconfig>
`,
  );
  process.env.FONTCONFIG_FILE = file;
}
