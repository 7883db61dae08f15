import { describe, expect, it } from "vitest";
import { METHOD_AT, component, scaleCtx } from "../../../test/fixtures/rule-helpers.js";
import { matrixMonotone } from "./matrix-monotone.js";

const M = METHOD_AT.matrix;

describe("matrixMonotone", () => {
  it("accepts a matrix that never goes down, and the CRS-style equal steps", () => {
    expect(matrixMonotone(scaleCtx())).toEqual([]);
  });

  it("reports a cell below its less severe neighbour, once per cell", () => {
    const issues = matrixMonotone(scaleCtx((d) => (component(d, "matrix").cells[5].level = "L1")));
    expect(issues).toEqual([
      {
        code: "matrix_not_monotone",
        severity: "warning",
        pointer: `${M}/cells/5`,
        params: { dimension: "effect", from: ["e1", "wide"], fromLevel: "L2", at: ["e2", "wide"], level: "L1" },
      },
    ]);
  });

  it("checks a grouped axis only when its groups follow the option order", () => {
    const lowered = (groupsInOrder: boolean) =>
      matrixMonotone(scaleCtx((d) => {
        const m = component(d, "matrix");
        m.cells[1].level = "L1"; // (e0, wide) = L1 ...
        m.cells[0].level = "L2"; // ... below (e0, narrow) = L2
        m.cells[2].level = "L2";
        if (!groupsInOrder) m.axes[1].groups = [{ code: "narrow", members: ["s0", "s2"] }, { code: "wide", members: ["s1", "s3"] }];
      })).map((i) => i.params["dimension"]);
    expect(lowered(true)).toEqual(["scope"]);
    expect(lowered(false)).toEqual([]);
  });
});
