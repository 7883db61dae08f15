import { describe, expect, it } from "vitest";
import { METHOD_AT, component, scaleCtx } from "../../../test/fixtures/rule-helpers.js";
import { scoreValuesComplete } from "./score-values-complete.js";

describe("scoreValuesComplete", () => {
  it("accepts a value for every option, and leaves quantities alone", () => {
    expect(scoreValuesComplete(scaleCtx((d) => component(d, "score").components.push({ dimension: "users", weight: 1 })))).toEqual([]);
  });

  it("lists the options without a value, once per component", () => {
    const issues = scoreValuesComplete(scaleCtx((d) => {
      const c = component(d, "score").components[1];
      delete c.values.s0;
      delete c.values.s2;
    }));
    expect(issues).toEqual([
      { code: "score_value_missing", severity: "warning", pointer: `${METHOD_AT.score}/components/1`, params: { dimension: "scope", missing: ["s0", "s2"] } },
    ]);
  });

  it("lists every option when values are absent", () => {
    expect(scoreValuesComplete(scaleCtx((d) => delete component(d, "score").components[0].values))[0]?.params["missing"]).toEqual(["e0", "e1", "e2"]);
  });
});
