import { describe, expect, it } from "vitest";
import { scaleCtx } from "../../../test/fixtures/rule-helpers.js";
import { dimensionAxisExists } from "./dimension-axis-exists.js";

describe("dimensionAxisExists", () => {
  it("accepts a declared axis", () => {
    expect(dimensionAxisExists(scaleCtx())).toEqual([]);
  });

  it("reports an undeclared axis with the declared ones", () => {
    expect(dimensionAxisExists(scaleCtx((d) => (d.dimensions[0].axis = "threat")))).toEqual([
      { code: "unknown_axis_reference", severity: "error", pointer: "/dimensions/0/axis", params: { code: "threat", known: ["impact"] } },
    ]);
  });

  it("reports every axis reference when no axes are declared", () => {
    expect(dimensionAxisExists(scaleCtx((d) => delete d.axes)).map((i) => i.pointer)).toEqual(["/dimensions/0/axis"]);
  });
});
