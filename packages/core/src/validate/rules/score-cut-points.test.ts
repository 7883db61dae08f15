import { describe, expect, it } from "vitest";
import { METHOD_AT, component, scaleCtx, where } from "../../../test/fixtures/rule-helpers.js";
import { scoreCutPoints } from "./score-cut-points.js";

const S = METHOD_AT.score;

describe("scoreCutPoints", () => {
  it("accepts cut-points that rise together inside the range, or none", () => {
    expect(scoreCutPoints(scaleCtx())).toEqual([]);
    expect(scoreCutPoints(scaleCtx((d) => delete component(d, "score").cutPoints))).toEqual([]);
  });

  it("reports a cut-point whose atLeast does not rise, comparing decimals exactly", () => {
    const issues = scoreCutPoints(scaleCtx((d) => (component(d, "score").cutPoints[3].atLeast = "50.00")));
    expect(issues).toEqual([
      { code: "cut_points_unordered", severity: "error", pointer: `${S}/cutPoints/3`, params: { level: "L4", atLeast: "50.00", previousLevel: "L3", previousAtLeast: "50" } },
    ]);
  });

  it("reports a cut-point whose level does not rise", () => {
    const issues = scoreCutPoints(scaleCtx((d) => {
      const cps = component(d, "score").cutPoints;
      [cps[1].level, cps[2].level] = [cps[2].level, cps[1].level];
    }));
    expect(where(issues)).toEqual([{ code: "cut_points_unordered", pointer: `${S}/cutPoints/2` }]);
  });

  it("does not compare ranks with an unknown level", () => {
    expect(scoreCutPoints(scaleCtx((d) => (component(d, "score").cutPoints[1].level = "L9")))).toEqual([]);
  });

  it("checks the range against the clamp, else the min-max target, else not at all", () => {
    const out = (edit: (s: Record<string, unknown>) => void) => where(scoreCutPoints(scaleCtx((d) => edit(component(d, "score")))));
    expect(out((s) => (s["clamp"] = { min: 10, max: 60 }))).toEqual([
      { code: "cut_point_out_of_range", pointer: `${S}/cutPoints/0/atLeast` },
      { code: "cut_point_out_of_range", pointer: `${S}/cutPoints/3/atLeast` },
    ]);
    expect(out((s) => delete s["clamp"])).toEqual([]);
    expect(out((s) => {
      delete s["clamp"];
      s["normalisation"] = { kind: "none" };
      (s["cutPoints"] as { atLeast: number }[])[3]!.atLeast = 1e6;
    })).toEqual([]);
  });
});
