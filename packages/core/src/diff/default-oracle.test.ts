import { describe, expect, it } from "vitest";
import { JUDGEMENT, SCORE_NO_CUTS } from "../../test/classify-fixtures.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { defaultLevelOf } from "./default-oracle.js";

describe("the diff's default classifier", () => {
  it("answers the level code when there is one", () => {
    expect(defaultLevelOf(REFERENCE_SCALE)({ effect: "E3", scope: "S4", "national-interest": "N1" })).toBe("R4");
  });

  it("answers the rounded score for a score method without cut-points", () => {
    // reach one 1 × 3 = 3; data missing → 2 × 1 = 2; service degraded 2 × 2 = 4; 9 / (3 + 1 + 2) = 1.5
    expect(defaultLevelOf(SCORE_NO_CUTS)({ reach: "one", service: "degraded" })).toBe("1.5");
  });

  it("answers null when no level is derived: a missing fact, an analyst's judgement, invalid facts", () => {
    expect(defaultLevelOf(REFERENCE_SCALE)({ effect: "E2", scope: "S2" })).toBeNull();
    expect(defaultLevelOf(JUDGEMENT)({})).toBeNull();
    expect(defaultLevelOf(REFERENCE_SCALE)({ effect: "E9" })).toBeNull();
  });
});
