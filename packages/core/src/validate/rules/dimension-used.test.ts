import { describe, expect, it } from "vitest";
import { scaleCtx } from "../../../test/fixtures/rule-helpers.js";
import { dimensionUsed } from "./dimension-used.js";

describe("dimensionUsed", () => {
  it("counts dimensions used by conditions, thresholds, scores, axes and ratings", () => {
    expect(dimensionUsed(scaleCtx())).toEqual([]);
  });

  it("reports a dimension no method uses, as information", () => {
    const issues = dimensionUsed(scaleCtx((d) => {
      // "turnover" is only used through percentOf in the first rule.
      d.method.components[0].method.rules[0].when = { always: true };
    }));
    expect(issues).toEqual([{ code: "dimension_unused", severity: "info", pointer: "/dimensions/3", params: { dimension: "turnover" } }]);
  });
});
