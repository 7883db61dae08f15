import { describe, expect, it } from "vitest";
import { METHOD_AT, component, scaleCtx, where } from "../../../test/fixtures/rule-helpers.js";
import { scoreRangesValid } from "./score-ranges.js";

const S = METHOD_AT.score;

describe("scoreRangesValid", () => {
  it("accepts increasing ranges and a one-point clamp", () => {
    expect(scoreRangesValid(scaleCtx((d) => (component(d, "score").clamp = { min: 50, max: "50.0" })))).toEqual([]);
  });

  it("reports an empty from range, an inverted to range and an inverted clamp", () => {
    const issues = scoreRangesValid(scaleCtx((d) => {
      const s = component(d, "score");
      s.normalisation.from = { min: "8.5", max: "8.50" };
      s.normalisation.to = { min: 100, max: 0 };
      s.clamp = { min: 1, max: 0 };
    }));
    expect(where(issues)).toEqual([
      { code: "score_range_invalid", pointer: `${S}/normalisation/from` },
      { code: "score_range_invalid", pointer: `${S}/normalisation/to` },
      { code: "score_range_invalid", pointer: `${S}/clamp` },
    ]);
  });
});
