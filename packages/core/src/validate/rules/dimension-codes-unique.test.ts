import { describe, expect, it } from "vitest";
import { scaleCtx, where } from "../../../test/fixtures/rule-helpers.js";
import { dimensionCodesUnique } from "./dimension-codes-unique.js";

describe("dimensionCodesUnique", () => {
  it("accepts unique dimension and option codes", () => {
    expect(dimensionCodesUnique(scaleCtx())).toEqual([]);
  });

  it("reports a repeated dimension code", () => {
    expect(where(dimensionCodesUnique(scaleCtx((d) => (d.dimensions[3].code = "loss"))))).toEqual([{ code: "dimension_code_duplicate", pointer: "/dimensions/3/code" }]);
  });

  it("reports an option code repeated within one dimension only", () => {
    const issues = dimensionCodesUnique(scaleCtx((d) => {
      d.dimensions[1].options[3].code = "s0";
      d.dimensions[1].options[2].code = "e1"; // same code as an option of another dimension: fine
    }));
    expect(issues).toEqual([
      { code: "option_code_duplicate", severity: "error", pointer: "/dimensions/1/options/3/code", params: { code: "s0", dimension: "scope", first: "/dimensions/1/options/0/code" } },
    ]);
  });
});
