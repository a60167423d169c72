import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLED_CSL_DIR } from "@/lib/env";
import { readLocaleXml } from "./locales";
import { defaultStyleId, loadStyleCatalog, resolveStyle, resolveUploadedStyle, searchStyles } from "./styles";

const style = (id: string, title: string, extra = "", body = "<citation><layout/></citation>") =>
  `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>${title}</title><id>http://www.zotero.org/styles/${id}</id>${extra}</info>
  ${body}
</style>`;

function folder() {
  const dir = mkdtempSync(path.join(tmpdir(), "csl-"));
  mkdirSync(path.join(dir, "styles", "dependent"), { recursive: true });
  writeFileSync(
    path.join(dir, "styles", "chicago-fullnote-bibliography.csl"),
    style("chicago-fullnote-bibliography", "Chicago (full note)", '<category citation-format="note"/>'),
  );
  writeFileSync(
    path.join(dir, "styles", "ieee.csl"),
    style(
      "ieee",
      "IEEE",
      '<category citation-format="numeric"/>',
      '<bibliography><layout><text variable="citation-number"/></layout></bibliography>',
    ),
  );
  writeFileSync(
    path.join(dir, "styles", "dependent", "a-journal.csl"),
    style(
      "a-journal",
      "A Journal &amp; Review",
      '<link href="http://www.zotero.org/styles/chicago-fullnote-bibliography" rel="independent-parent"/>',
    ),
  );
  return dir;
}

describe("the style registry", () => {
  it("indexes installed styles; a dependent style formats with its parent's XML under its own name", () => {
    const catalog = loadStyleCatalog(folder(), null);
    expect(catalog.installed).toBe(true);
    expect(catalog.description).toMatch(/^All \d+ styles installed on this server/);
    expect(
      catalog.styles
        .filter((s) => s.origin === "system")
        .map((s) => s.id)
        .sort(),
    ).toEqual(["a-journal", "chicago-fullnote-bibliography", "ieee"]);
    const dependent = resolveStyle(catalog, "http://www.zotero.org/styles/a-journal");
    expect(dependent).toMatchObject({
      id: "a-journal",
      title: "A Journal & Review",
      engineKey: "system:chicago-fullnote-bibliography",
      note: true,
    });
    expect(dependent.xml).toContain("Chicago (full note)");
    expect(resolveStyle(catalog, "ieee").numbered).toBe(true);
    expect(() => resolveStyle(catalog, "nope")).toThrow(/No citation style/);
  });

  it("searches every word, featured styles first", () => {
    const catalog = loadStyleCatalog(folder(), null);
    expect(searchStyles(catalog, "journal review").map((s) => s.id)).toEqual(["a-journal"]);
    expect(searchStyles(catalog, "")[0]!.id).toBe("chicago-fullnote-bibliography");
  });

  it("the server's full set hides a bundled style of the same id", () => {
    const catalog = loadStyleCatalog(folder());
    expect(catalog.byId.get("chicago-fullnote-bibliography")?.origin).toBe("system");
    expect(catalog.byId.get("turabian-fullnote-bibliography")?.origin).toBe("bundled");
  });

  it("without the styles package: the bundled set, Chicago notes by default, and the picker says so", () => {
    const catalog = loadStyleCatalog(path.join(tmpdir(), "no-such-csl-folder"));
    expect(catalog.installed).toBe(false);
    for (const id of [
      "chicago-fullnote-bibliography",
      "chicago-note-bibliography",
      "chicago-author-date",
      "turabian-fullnote-bibliography",
      "apa",
      "modern-language-association",
      "harvard-cite-them-right",
      "modern-humanities-research-association",
    ]) {
      expect(catalog.byId.get(id)?.origin, id).toBe("bundled");
    }
    // The default is our variant of Chicago's full-note style, which says what it changes.
    expect(defaultStyleId(catalog)).toBe("apparatus-chicago-fullnote-bibliography");
    expect(catalog.byId.get("apparatus-chicago-fullnote-bibliography")?.changes).toContain(
      "translation in brackets",
    );
    expect(catalog.byId.get("chicago-fullnote-bibliography")?.changes).toBeNull();
    expect(resolveStyle(catalog, "chicago-fullnote-bibliography")).toMatchObject({ note: true });
    // A history journal's dependent style formats with its bundled parent.
    const journal = catalog.styles.find(
      (style) => style.parentId === "chicago-note-bibliography" && style.origin === "bundled",
    );
    expect(journal).toBeDefined();
    expect(resolveStyle(catalog, journal!.id).xml).toContain("chicago-note-bibliography");
    expect(catalog.description).toContain("come with Apparatus");
    expect(catalog.description).toContain("citation-style-language-styles");
    // citation-js's built-ins stay below: Vancouver is offered, APA is the bundled file.
    expect(catalog.byId.get("vancouver")?.origin).toBe("builtin");
  });

  it("the locales come with the repository: every language a historian exports in", () => {
    for (const locale of ["en-US", "en-GB", "fr-FR", "de-DE", "ru-RU", "de-AT", "fr-CA"]) {
      expect(readLocaleXml(locale, path.join(tmpdir(), "no-such-csl-folder")), locale).toContain(
        `xml:lang="${locale}"`,
      );
    }
    expect(BUNDLED_CSL_DIR.endsWith(path.join("lib", "citations", "csl"))).toBe(true);
  });

  it("an uploaded dependent style formats with its installed parent", () => {
    const catalog = loadStyleCatalog(folder(), null);
    const xml = style(
      "house",
      "House",
      '<link href="http://www.zotero.org/styles/ieee" rel="independent-parent"/>',
    );
    expect(
      resolveUploadedStyle(catalog, { name: "house", title: "House", xml, contentKey: "k" }),
    ).toMatchObject({
      id: "house",
      engineKey: "system:ieee",
      origin: "project",
    });
  });
});
