import { describe, expect, it } from "vitest";
import { scaleCtx } from "../../../test/fixtures/rule-helpers.js";
import { dimensionAssumeValid } from "./dimension-assume-valid.js";

describe("dimensionAssumeValid", () => {
  it("accepts an assumed option, and a quantity in range", () => {
    expect(
      dimensionAssumeValid(
        scaleCtx((d) => {
          d.dimensions[0].assume = d.dimensions[0].options[0].code;
          d.dimensions[2].assume = "0";
        }),
      ),
    ).toEqual([]);
  });

  it("reports an unknown option, several options on a single-choice dimension, and a quantity out of range", () => {
    const issues = dimensionAssumeValid(
      scaleCtx((d) => {
        d.dimensions[0].assume = "nope";
        d.dimensions[1].assume = d.dimensions[1].options.map((o: { code: string }) => o.code);
        d.dimensions[2].assume = -5;
      }),
    );
    expect(issues.map((i) => [i.code, i.pointer])).toEqual([
      ["dimension_assume_invalid", "/dimensions/0/assume"],
      ["dimension_assume_invalid", "/dimensions/1/assume"],
      ["dimension_assume_invalid", "/dimensions/2/assume"],
    ]);
  });
});
