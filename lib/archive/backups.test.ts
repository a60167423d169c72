import { describe, expect, it } from "vitest";
import { backupsToKeep } from "./backups";

function daysBack(from: string, count: number): string[] {
  const start = new Date(`${from}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(start);
    day.setUTCDate(start.getUTCDate() - i);
    return day.toISOString().slice(0, 10);
  });
}

describe("backupsToKeep", () => {
  it("keeps the last 7 days and the newest day of each of the last 4 weeks", () => {
    // 2026-12-04 is a Friday; 60 days of backups.
    const keep = [...backupsToKeep(daysBack("2026-12-04", 60))].sort();
    expect(keep).toEqual([
      // The newest day of the weeks before this one (Sundays), then this week's and last 7 days.
      "2026-11-15",
      "2026-11-22",
      "2026-11-28",
      "2026-11-29",
      "2026-11-30",
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
    ]);
  });

  it("keeps everything while there are fewer backups than that", () => {
    expect([...backupsToKeep(["2026-12-01", "2026-12-02"])].sort()).toEqual(["2026-12-01", "2026-12-02"]);
  });

  it("ignores what is not a day's folder", () => {
    expect(backupsToKeep(["notes", "2026-12-01"]).has("notes")).toBe(false);
  });
});
