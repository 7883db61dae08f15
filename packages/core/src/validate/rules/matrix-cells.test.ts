import { describe, expect, it } from "vitest";
import { METHOD_AT, component, scaleCtx, where } from "../../../test/fixtures/rule-helpers.js";
import { matrixCells } from "./matrix-cells.js";

const M = METHOD_AT.matrix;

describe("matrixCells", () => {
  it("accepts a complete matrix, cells in any order", () => {
    expect(matrixCells(scaleCtx((d) => component(d, "matrix").cells.reverse()))).toEqual([]);
  });

  it("reports each missing combination", () => {
    const issues = matrixCells(scaleCtx((d) => component(d, "matrix").cells.splice(1, 2)));
    expect(issues).toEqual([
      { code: "matrix_cell_missing", severity: "error", pointer: `${M}/cells`, params: { at: ["e0", "wide"] } },
      { code: "matrix_cell_missing", severity: "error", pointer: `${M}/cells`, params: { at: ["e1", "narrow"] } },
    ]);
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
