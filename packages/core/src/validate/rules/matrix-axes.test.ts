import { describe, expect, it } from "vitest";
import { METHOD_AT, component, scaleCtx, where } from "../../../test/fixtures/rule-helpers.js";
import { matrixAxes } from "./matrix-axes.js";

const M = METHOD_AT.matrix;

describe("matrixAxes", () => {
  it("accepts ordinal axes whose groups partition the options", () => {
    expect(matrixAxes(scaleCtx())).toEqual([]);
  });

  it("reports an unknown dimension, a quantity and a repeated dimension", () => {
    expect(where(matrixAxes(scaleCtx((d) => (component(d, "matrix").axes = [{ dimension: "efect" }, { dimension: "loss" }]))))).toEqual([
      { code: "unknown_dimension_reference", pointer: `${M}/axes/0/dimension` },
      { code: "dimension_type_mismatch", pointer: `${M}/axes/1/dimension` },
    ]);
    expect(where(matrixAxes(scaleCtx((d) => (component(d, "matrix").axes[1] = { dimension: "effect" }))))).toEqual([
      { code: "matrix_axis_duplicate", pointer: `${M}/axes/1/dimension` },
    ]);
  });

  it("reports repeated group codes, unknown members, members in two groups and options in none", () => {
    const issues = matrixAxes(scaleCtx((d) => {
      component(d, "matrix").axes[1].groups = [
        { code: "narrow", members: ["s0", "s1", "s9"] },
        { code: "narrow", members: ["s1"] },
      ];
    }));
    expect(issues).toEqual([
      { code: "unknown_option_reference", severity: "error", pointer: `${M}/axes/1/groups/0/members/2`, params: { code: "s9", dimension: "scope", known: ["s0", "s1", "s2", "s3"] } },
      { code: "matrix_group_code_duplicate", severity: "error", pointer: `${M}/axes/1/groups/1/code`, params: { code: "narrow", dimension: "scope" } },
      { code: "matrix_group_member_duplicate", severity: "error", pointer: `${M}/axes/1/groups/1/members/0`, params: { option: "s1", dimension: "scope", groups: ["narrow", "narrow"] } },
      { code: "matrix_group_member_missing", severity: "error", pointer: `${M}/axes/1/groups`, params: { dimension: "scope", missing: ["s2", "s3"] } },
    ]);
  });
});
