import type { ArchivalLocatorScheme } from "@/lib/db/generated/enums";

export interface ArchivalLocatorParts {
  archivalScheme: ArchivalLocatorScheme | null;
  archiveRepository: string | null;
  archiveCollection: string | null;
  archiveSeries: string | null;
  archiveFile: string | null;
  archiveItem: string | null;
  archiveFolio: string | null;
  archivePage: string | null;
  /** Free-form location, used when no structured part is filled in. */
  archiveLocation: string | null;
}

function present(...values: (string | null | undefined)[]): string[] {
  return values.filter((value): value is string => !!value?.trim()).map((value) => value.trim());
}

/**
 * The CSL archive_location composed from the structured parts, the way each archive is cited:
 * The National Archives "FO 371/22286, fol. 123" (Chicago's "fol.", as the export's locators write it); Russian archives "RGASPI, f. 17, op. 3, d. 1000, l. 12".
 */
export function composeArchiveLocation(parts: ArchivalLocatorParts): string | null {
  const {
    archiveRepository: repository,
    archiveCollection: collection,
    archiveSeries: series,
    archiveFile: file,
    archiveItem: item,
    archiveFolio: folio,
    archivePage: page,
  } = parts;
  const pinpoint = present(folio && `fol. ${folio}`, page && `p. ${page}`);
  let composed: string[];
  switch (parts.archivalScheme) {
    case "tna": {
      // Department code and series number separated by a space, then piece and item by slashes.
      const reference = [present(collection, series).join(" "), ...present(file, item)]
        .filter(Boolean)
        .join("/");
      composed = present(repository, reference, ...pinpoint);
      break;
    }
    case "russian":
      composed = present(
        repository,
        collection && `f. ${collection}`,
        series && `op. ${series}`,
        file && `d. ${file}`,
        item,
        folio && `l. ${folio}`,
        page && `p. ${page}`,
      );
      break;
    default:
      composed = present(repository, collection, series, file, item, ...pinpoint);
  }
  return composed.length ? composed.join(", ") : parts.archiveLocation?.trim() || null;
}
