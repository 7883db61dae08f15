import { describe, expect, it } from "vitest";
import { METHOD_AT, component, scaleCtx } from "../../../test/fixtures/rule-helpers.js";
import { maxBandsOrdered } from "./max-bands-ordered.js";

describe("maxBandsOrdered", () => {
  it("accepts strictly increasing bands", () => {
    expect(maxBandsOrdered(scaleCtx((d) => (component(d, "max").ratings[1].bands[1].atLeast = "10000.01")))).toEqual([]);
  });

  it("reports a band that does not rise above the previous one (exactly)", () => {
    expect(maxBandsOrdered(scaleCtx((d) => (component(d, "max").ratings[1].bands[2].atLeast = "10000.00")))).toEqual([
      { code: "bands_unordered", severity: "error", pointer: `${METHOD_AT.max}/ratings/1/bands/2/atLeast`, params: { atLeast: "10000.00", previous: "10000" } },
    ]);
  });
});
