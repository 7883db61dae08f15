import { describe, expect, it } from "vitest";
import { scaleWith, where } from "../../../test/fixtures/rule-helpers.js";
import { supersedesEarlier } from "./supersedes-earlier.js";

describe("supersedesEarlier", () => {
  it("accepts an earlier version of the same id, or no supersedes", () => {
    expect(supersedesEarlier(scaleWith())).toEqual([]);
    expect(supersedesEarlier(scaleWith((d) => delete d.supersedes))).toEqual([]);
    expect(supersedesEarlier(scaleWith((d) => (d.supersedes = "x-org.example/base@1.1.0-rc.2")))).toEqual([]);
  });

  it("notes another id as a new edition (an info), and never compares versions across ids", () => {
    expect(supersedesEarlier(scaleWith((d) => (d.supersedes = "mx/national@1.0.0")))).toEqual([
      { code: "supersedes_other_id", severity: "info", pointer: "/supersedes", params: { ref: "mx/national@1.0.0", id: "x-org.example/base" } },
    ]);
    // The same or a later version under another id is no typo: no supersedes_not_lower.
    for (const v of ["1.1.0", "3.0.0", "1.0"]) {
      expect(where(supersedesEarlier(scaleWith((d) => (d.supersedes = `x-org.example/older@${v}`))))).toEqual([{ code: "supersedes_other_id", pointer: "/supersedes" }]);
    }
  });

  it("warns about the same or a later version, and a version that is not semver", () => {
    for (const v of ["1.1.0", "3.0.0", "1.0"]) {
      expect(where(supersedesEarlier(scaleWith((d) => (d.supersedes = `x-org.example/base@${v}`))))).toEqual([{ code: "supersedes_not_lower", pointer: "/supersedes" }]);
    }
  });
});
