import { describe, expect, it } from "vitest";
import { type ArchivalLocatorParts, composeArchiveLocation } from "./archival-locator";

const empty: ArchivalLocatorParts = {
  archivalScheme: null,
  archiveRepository: null,
  archiveCollection: null,
  archiveSeries: null,
  archiveFile: null,
  archiveItem: null,
  archiveFolio: null,
  archivePage: null,
  archiveLocation: null,
};

describe("composeArchiveLocation", () => {
  it("cites The National Archives as department, series/piece, folio", () => {
    expect(
      composeArchiveLocation({
        ...empty,
        archivalScheme: "tna",
        archiveCollection: "FO",
        archiveSeries: "371",
        archiveFile: "22286",
        archiveFolio: "123",
      }),
    ).toBe("FO 371/22286, fol. 123");
  });

  it("cites Russian archives as fond, opis, delo, list", () => {
    expect(
      composeArchiveLocation({
        ...empty,
        archivalScheme: "russian",
        archiveRepository: "RGASPI",
        archiveCollection: "17",
        archiveSeries: "3",
        archiveFile: "1000",
        archiveFolio: "12ob",
      }),
    ).toBe("RGASPI, f. 17, op. 3, d. 1000, l. 12ob");
  });

  it("falls back to the free-form location when no part is structured", () => {
    expect(composeArchiveLocation({ ...empty, archiveLocation: " Box 4, folder 2 " })).toBe(
      "Box 4, folder 2",
    );
    expect(composeArchiveLocation(empty)).toBeNull();
  });
});
