import { describe, expect, it } from "vitest";
import { mappingCtx, where } from "../../../test/fixtures/rule-helpers.js";
import { mappingCrosswalk } from "./mapping-crosswalk.js";

const complete = () => ({
  dimensions: [
    { dimension: "effect", options: { e0: { effect: "E0" }, e1: { effect: "E2" }, e2: { effect: "E4" } } },
    { dimension: "scope", options: { s0: { scope: "S0" }, s1: { scope: "S2" }, s2: { scope: "S4" }, s3: { scope: "S5" } } },
    { dimension: "loss", bands: [{ atLeast: 0, implies: { "national-interest": "N0" } }, { atLeast: "1000000", implies: { "national-interest": "N2" } }] },
  ],
  assume: { "national-interest": "N0" },
});

describe("mappingCrosswalk", () => {
  it("accepts a mapping without a crosswalk and a complete crosswalk", () => {
    expect(mappingCrosswalk(mappingCtx())).toEqual([]);
    expect(mappingCrosswalk(mappingCtx((d) => (d.crosswalk = complete())))).toEqual([]);
  });

  it("reports unknown national dimensions and options, missing options, wrong kinds and unordered bands", () => {
    const issues = mappingCrosswalk(
      mappingCtx((d) => {
        d.crosswalk = complete();
        d.crosswalk.dimensions[0].options.e9 = { effect: "E1" };
        delete d.crosswalk.dimensions[1].options.s3;
        d.crosswalk.dimensions[2].bands[1].atLeast = 0;
        d.crosswalk.dimensions.push({ dimension: "nope", options: { x: { effect: "E0" } } }, { dimension: "users", options: { x: { effect: "E0" } } }, { dimension: "effect", options: {} });
      }),
    );
    expect(where(issues)).toEqual([
      { code: "unknown_option_reference", pointer: "/crosswalk/dimensions/0/options/e9" },
      { code: "crosswalk_option_missing", pointer: "/crosswalk/dimensions/1/options" },
      { code: "bands_unordered", pointer: "/crosswalk/dimensions/2/bands/1/atLeast" },
      { code: "unknown_dimension_reference", pointer: "/crosswalk/dimensions/3/dimension" },
      { code: "dimension_type_mismatch", pointer: "/crosswalk/dimensions/4/dimension" },
      { code: "crosswalk_dimension_duplicate", pointer: "/crosswalk/dimensions/5/dimension" },
    ]);
    expect(issues.find((i) => i.code === "crosswalk_option_missing")!.params).toEqual({ dimension: "scope", missing: ["s3"] });
  });

  it("checks implied values against the reference scale and reports a reference dimension nothing gives", () => {
    const issues = mappingCrosswalk(
      mappingCtx((d) => {
        d.crosswalk = complete();
        d.crosswalk.dimensions[0].options.e0 = { effect: "E9", colour: "red" };
        delete d.crosswalk.assume;
        d.crosswalk.dimensions[2].bands[0].implies = {};
      }),
    );
    expect(where(issues)).toEqual([
      { code: "unknown_option_reference", pointer: "/crosswalk/dimensions/0/options/e0/effect" },
      { code: "unknown_dimension_reference", pointer: "/crosswalk/dimensions/0/options/e0/colour" },
      { code: "crosswalk_reference_uncovered", pointer: "/crosswalk" },
    ]);
  });
});
