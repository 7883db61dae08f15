import { describe, expect, it } from "vitest";
import { scaleCtx } from "../../../test/fixtures/rule-helpers.js";
import { quantityRangeOrdered } from "./quantity-range-ordered.js";

describe("quantityRangeOrdered", () => {
  it("accepts min <= max, including equal and decimal strings", () => {
    expect(quantityRangeOrdered(scaleCtx((d) => (d.dimensions[2].max = "1000000.50")))).toEqual([]);
    expect(quantityRangeOrdered(scaleCtx((d) => (d.dimensions[2].max = 0)))).toEqual([]);
  });

  it("reports min > max, compared exactly", () => {
    const issues = quantityRangeOrdered(scaleCtx((d) => {
      d.dimensions[2].min = "0.30000000000000001";
      d.dimensions[2].max = "0.3";
    }));
    expect(issues).toEqual([{ code: "quantity_range_inverted", severity: "error", pointer: "/dimensions/2", params: { dimension: "loss", min: "0.30000000000000001", max: "0.3" } }]);
  });
});
