import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
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
    const catalog = loadStyleCatalog(folder());
    expect(catalog.installed).toBe(true);
    expect(catalog.styles.map((s) => s.id).sort()).toEqual([
      "a-journal",
      "chicago-fullnote-bibliography",
      "ieee",
    ]);
    const dependent = resolveStyle(catalog, "http://www.zotero.org/styles/a-journal");
    expect(dependent).toMatchObject({
      id: "a-journal",
      title: "A Journal & Review",
      engineKey: "debian:chicago-fullnote-bibliography",
      note: true,
    });
    expect(dependent.xml).toContain("Chicago (full note)");
    expect(resolveStyle(catalog, "ieee").numbered).toBe(true);
    expect(() => resolveStyle(catalog, "nope")).toThrow(/No citation style/);
  });

  it("searches every word, featured styles first", () => {
    const catalog = loadStyleCatalog(folder());
    expect(searchStyles(catalog, "journal review").map((s) => s.id)).toEqual(["a-journal"]);
    expect(searchStyles(catalog, "")[0]!.id).toBe("chicago-fullnote-bibliography");
  });

  it("without the styles package: citation-js's built-in styles, and APA as the default", () => {
    const catalog = loadStyleCatalog(path.join(tmpdir(), "no-such-csl-folder"));
    expect(catalog.installed).toBe(false);
    expect(catalog.styles.map((s) => s.id).sort()).toEqual(["apa", "harvard1", "vancouver"]);
    expect(defaultStyleId(catalog)).toBe("apa");
    expect(resolveStyle(catalog, "apa").xml).toContain("<style");
  });

  it("an uploaded dependent style formats with its installed parent", () => {
    const catalog = loadStyleCatalog(folder());
    const xml = style(
      "house",
      "House",
      '<link href="http://www.zotero.org/styles/ieee" rel="independent-parent"/>',
    );
    expect(
      resolveUploadedStyle(catalog, { name: "house", title: "House", xml, contentKey: "k" }),
    ).toMatchObject({
      id: "house",
      engineKey: "debian:ieee",
      origin: "project",
    });
  });
});
