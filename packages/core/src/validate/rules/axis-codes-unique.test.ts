import { describe, expect, it } from "vitest";
import { scaleCtx, where } from "../../../test/fixtures/rule-helpers.js";
import { axisCodesUnique } from "./axis-codes-unique.js";

describe("axisCodesUnique", () => {
  it("accepts unique axes", () => {
    expect(axisCodesUnique(scaleCtx((d) => d.axes.push({ code: "threat", label: { en: "Threat", es: "Amenaza" } })))).toEqual([]);
  });

  it("reports a repeated axis code", () => {
    expect(where(axisCodesUnique(scaleCtx((d) => d.axes.push({ code: "impact", label: { en: "x", es: "x" } }))))).toEqual([{ code: "axis_code_duplicate", pointer: "/axes/1/code" }]);
  });
});
