import { describe, expect, it } from "vitest";
import { METHOD_AT, component, scaleCtx } from "../../../test/fixtures/rule-helpers.js";
import { scoreWeightsNonNegative } from "./score-weights.js";

describe("scoreWeightsNonNegative", () => {
  it("accepts zero and positive weights, numbers or decimal strings", () => {
    expect(scoreWeightsNonNegative(scaleCtx((d) => (component(d, "score").components[0].weight = "0.0")))).toEqual([]);
    expect(scoreWeightsNonNegative(scaleCtx())).toEqual([]);
  });

  it("reports a negative weight", () => {
    expect(scoreWeightsNonNegative(scaleCtx((d) => (component(d, "score").components[1].weight = "-0.5")))).toEqual([
      { code: "score_weight_negative", severity: "error", pointer: `${METHOD_AT.score}/components/1/weight`, params: { dimension: "scope", weight: "-0.5" } },
    ]);
  });
});
