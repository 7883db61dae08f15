import { describe, expect, it } from "vitest";
import { scaleCtx, where } from "../../../test/fixtures/rule-helpers.js";
import { sentinelCodesDistinct } from "./sentinel-codes-distinct.js";

describe("sentinelCodesDistinct", () => {
  it("accepts sentinels with their own codes", () => {
    expect(sentinelCodesDistinct(scaleCtx())).toEqual([]);
    expect(sentinelCodesDistinct(scaleCtx((d) => delete d.sentinels))).toEqual([]);
  });

  it("reports a sentinel that reuses a level code", () => {
    expect(where(sentinelCodesDistinct(scaleCtx((d) => (d.sentinels[0].code = "L3"))))).toEqual([{ code: "sentinel_conflicts_level", pointer: "/sentinels/0/code" }]);
  });

  it("reports two sentinels with one code", () => {
    const issues = sentinelCodesDistinct(scaleCtx((d) => d.sentinels.push({ code: "unknown", meaning: "other", label: { en: "x", es: "x" } })));
    expect(issues).toEqual([{ code: "sentinel_code_duplicate", severity: "error", pointer: "/sentinels/1/code", params: { code: "unknown", first: "/sentinels/0/code" } }]);
  });
});
