import { describe, expect, it } from "vitest";
import { METHOD_AT, component, scaleCtx, where } from "../../../test/fixtures/rule-helpers.js";
import { maxReferences } from "./max-references.js";

const X = METHOD_AT.max;

describe("maxReferences", () => {
  it("accepts the base ratings", () => {
    expect(maxReferences(scaleCtx())).toEqual([]);
  });

  it("reports unknown options and levels of a per-option rating", () => {
    const issues = maxReferences(scaleCtx((d) => {
      const levels = component(d, "max").ratings[0].levels;
      levels.s4 = "L1";
      levels.s3 = "L5";
    }));
    expect(where(issues)).toEqual([
      { code: "unknown_level_reference", pointer: `${X}/ratings/0/levels/s3` },
      { code: "unknown_option_reference", pointer: `${X}/ratings/0/levels/s4` },
    ]);
  });

  it("reports ratings of the wrong dimension type and unknown band levels", () => {
    const issues = maxReferences(scaleCtx((d) => {
      const r = component(d, "max").ratings;
      r[0].dimension = "users";
      r[1].dimension = "effect";
      r[1].bands[0].level = "L0";
    }));
    expect(issues.map((i) => [i.code, i.pointer, i.params["property"] ?? i.params["code"]])).toEqual([
      ["dimension_type_mismatch", `${X}/ratings/0/dimension`, "levels"],
      ["dimension_type_mismatch", `${X}/ratings/1/dimension`, "bands"],
      ["unknown_level_reference", `${X}/ratings/1/bands/0/level`, "L0"],
    ]);
  });
});
