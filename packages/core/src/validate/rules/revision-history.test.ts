import { describe, expect, it } from "vitest";
import { mappingWith, scaleWith, where } from "../../../test/fixtures/rule-helpers.js";
import { revisionHistoryConsistent } from "./revision-history.js";

const entry = (version: string, date: string) => ({ version, date, summary: { en: "x", es: "x" } });

describe("revisionHistoryConsistent", () => {
  it("accepts a history sorted oldest first that ends at the current version", () => {
    expect(revisionHistoryConsistent(scaleWith())).toEqual([]);
    expect(revisionHistoryConsistent(mappingWith())).toEqual([]);
  });

  it("accepts two releases on one day", () => {
    expect(revisionHistoryConsistent(scaleWith((d) => (d.revisionHistory[0].date = "2026-01-15")))).toEqual([]);
  });

  it("reports an entry older than the one before it, by date or by version", () => {
    expect(where(revisionHistoryConsistent(scaleWith((d) => (d.revisionHistory[1].date = "2025-01-01"))))).toEqual([{ code: "revision_history_unsorted", pointer: "/revisionHistory/1" }]);
    const issues = revisionHistoryConsistent(scaleWith((d) => (d.revisionHistory = [entry("1.0.0", "2025-01-01"), entry("1.1.0", "2025-02-01"), entry("1.0.1", "2025-03-01"), entry("1.1.0-rc.1", "2025-04-01")])));
    // Each entry is compared with the one before it, so one misplaced entry is one issue:
    // 1.1.0-rc.1 follows 1.0.1 correctly (and the latest version is still 1.1.0).
    expect(where(issues)).toEqual([{ code: "revision_history_unsorted", pointer: "/revisionHistory/2" }]);
  });

  it("reports a repeated version at the repeat only", () => {
    const issues = revisionHistoryConsistent(scaleWith((d) => d.revisionHistory.push(entry("1.1.0", "2026-02-01"))));
    expect(issues).toEqual([
      { code: "revision_history_duplicate", severity: "error", pointer: "/revisionHistory/2/version", params: { version: "1.1.0", first: "/revisionHistory/1" } },
    ]);
  });

  it("reports a history whose latest version is not the document's", () => {
    expect(revisionHistoryConsistent(scaleWith((d) => (d.version = "1.2.0")))).toEqual([
      { code: "revision_history_not_current", severity: "error", pointer: "/revisionHistory/1", params: { latest: "1.1.0", version: "1.2.0" } },
    ]);
    expect(where(revisionHistoryConsistent(scaleWith((d) => (d.version = "1.0.0"))))).toEqual([{ code: "revision_history_not_current", pointer: "/revisionHistory/1" }]);
  });
});
