import { describe, expect, it } from "vitest";
import { METHOD_AT, component, scaleCtx, where } from "../../../test/fixtures/rule-helpers.js";
import { scoreReferences } from "./score-references.js";

const S = METHOD_AT.score;

describe("scoreReferences", () => {
  it("accepts the base score", () => {
    expect(scoreReferences(scaleCtx())).toEqual([]);
  });

  it("accepts a quantity component with a factor", () => {
    expect(scoreReferences(scaleCtx((d) => component(d, "score").components.push({ dimension: "users", weight: 1, factor: "0.001" })))).toEqual([]);
  });

  it("reports an unknown dimension, unknown options and unknown cut-point levels", () => {
    const issues = scoreReferences(scaleCtx((d) => {
      const s = component(d, "score");
      s.components[0].values.e3 = 3;
      s.components[1].dimension = "reach";
      s.cutPoints[0].level = "unknown";
    }));
    expect(where(issues)).toEqual([
      { code: "unknown_option_reference", pointer: `${S}/components/0/values/e3` },
      { code: "unknown_dimension_reference", pointer: `${S}/components/1/dimension` },
      { code: "unknown_level_reference", pointer: `${S}/cutPoints/0/level` },
    ]);
  });

  it("reports values on a quantity and a factor on an ordinal", () => {
    const issues = scoreReferences(scaleCtx((d) => {
      const s = component(d, "score");
      s.components[0].factor = 2;
      s.components.push({ dimension: "loss", weight: 1, values: { a: 1 } });
    }));
    expect(issues.map((i) => [i.code, i.pointer, i.params["property"]])).toEqual([
      ["dimension_type_mismatch", `${S}/components/0/factor`, "factor"],
      ["dimension_type_mismatch", `${S}/components/2/values`, "values"],
    ]);
  });
});
