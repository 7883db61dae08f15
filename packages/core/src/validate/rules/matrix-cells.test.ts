import { describe, expect, it } from "vitest";
import { METHOD_AT, component, scaleCtx, where } from "../../../test/fixtures/rule-helpers.js";
import { matrixCells } from "./matrix-cells.js";

const M = METHOD_AT.matrix;

describe("matrixCells", () => {
  it("accepts a complete matrix, cells in any order", () => {
    expect(matrixCells(scaleCtx((d) => component(d, "matrix").cells.reverse()))).toEqual([]);
  });

  it("reports the missing combinations once, with their number and the first few", () => {
    const issues = matrixCells(scaleCtx((d) => component(d, "matrix").cells.splice(1, 2)));
    expect(issues).toEqual([
      {
        code: "matrix_cell_missing",
        severity: "error",
        pointer: `${M}/cells`,
        params: { count: 2, total: 6, at: "(e0, wide), (e1, narrow)", examples: ["e0, wide", "e1, narrow"] },
      },
    ]);
  });

  it("one finding for a 5 × 40 matrix with one cell (102 million combinations), not one per combination", () => {
    const issues = matrixCells(
      scaleCtx((d) => {
        const options = Array.from({ length: 40 }, (_, i) => ({ code: `o${i}`, label: { en: `O${i}`, es: `O${i}` } }));
        const dims = Array.from({ length: 5 }, (_, k) => ({ code: `d${k}`, type: "ordinal", label: { en: `D${k}`, es: `D${k}` }, options }));
        d.dimensions.push(...dims);
        const m = component(d, "matrix");
        m.axes = dims.map((dim) => ({ dimension: dim.code }));
        m.cells = [{ at: ["o0", "o0", "o0", "o0", "o0"], level: "L1" }];
      }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.params).toMatchObject({ count: 40 ** 5 - 1, total: 40 ** 5 });
    expect(issues[0]!.params["examples"]).toEqual(["o0, o0, o0, o0, o1", "o0, o0, o0, o0, o2", "o0, o0, o0, o0, o3", "o0, o0, o0, o0, o4", "o0, o0, o0, o0, o5"]);
  });

  it("reports a second cell for one combination", () => {
    const issues = matrixCells(scaleCtx((d) => component(d, "matrix").cells.push({ at: ["e1", "wide"], level: "L3" })));
    expect(issues).toEqual([
      { code: "matrix_cell_duplicate", severity: "error", pointer: `${M}/cells/6`, params: { at: ["e1", "wide"], first: `${M}/cells/3` } },
    ]);
  });

  it("reports a wrong arity or an unknown value once, without the combinations it leaves uncovered", () => {
    expect(where(matrixCells(scaleCtx((d) => (component(d, "matrix").cells[0].at = ["e0"]))))).toEqual([{ code: "matrix_cell_arity", pointer: `${M}/cells/0/at` }]);
    const issues = matrixCells(scaleCtx((d) => (component(d, "matrix").cells[0].at = ["e0", "s0"])));
    expect(issues).toEqual([
      { code: "matrix_value_unknown", severity: "error", pointer: `${M}/cells/0/at/1`, params: { value: "s0", dimension: "scope", known: ["narrow", "wide"] } },
    ]);
  });

  it("uses option codes on an ungrouped axis", () => {
    const issues = matrixCells(scaleCtx((d) => (component(d, "matrix").cells[0].at = ["E0", "narrow"])));
    expect(issues[0]?.params["known"]).toEqual(["e0", "e1", "e2"]);
  });

  it("reports an unknown level; and judges no cell values on a broken axis", () => {
    expect(where(matrixCells(scaleCtx((d) => (component(d, "matrix").cells[2].level = "L0"))))).toEqual([{ code: "unknown_level_reference", pointer: `${M}/cells/2/level` }]);
    expect(matrixCells(scaleCtx((d) => (component(d, "matrix").axes[1].dimension = "scop")))).toEqual([]);
  });
});
