import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ceilExact, decimalStep, decimalsOf, exactFromFloat, exactToFact, floorExact, percentOf } from "./arith.js";
import { compareExact, formatExact, fromScaledBigInt, toExact } from "./exact.js";

const decimalText = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.nat({ max: 6 }))
  .map(([coef, scale]) => formatExact(fromScaledBigInt(coef, scale)));

describe("boundary arithmetic on exact decimals", () => {
  it("reads and writes decimal strings without loss", () => {
    fc.assert(
      fc.property(decimalText, (t) => {
        expect(formatExact(toExact(t)!)).toBe(t);
      }),
    );
  });

  it("adds one step exactly, with no binary rounding", () => {
    expect(formatExact(toExact("0.1")!.plus(toExact(0.2)!))).toBe("0.3");
    expect(formatExact(toExact("999.99")!.plus(decimalStep(2)))).toBe("1000");
    expect(formatExact(toExact(5)!.minus(decimalStep(1)))).toBe("4.9");
    expect(decimalsOf(toExact("12.50")!)).toBe(1);
    expect(decimalsOf(toExact(1e21)!)).toBe(0);
    expect(decimalsOf(toExact(1e-7)!)).toBe(7);
  });

  it("orders, floors and ceils", () => {
    fc.assert(
      fc.property(decimalText, decimalText, (x, y) => {
        expect(compareExact(toExact(x)!, toExact(y)!)).toBe(Math.sign(Number(x) - Number(y)) || 0);
        const f = floorExact(toExact(x)!);
        const c = ceilExact(toExact(x)!);
        expect(formatExact(f)).toBe(String(Math.floor(Number(x))));
        expect(formatExact(c)).toBe(String(Math.ceil(Number(x)) || 0));
      }),
    );
    expect(formatExact(floorExact(toExact("-2.5")!))).toBe("-3");
    expect(formatExact(ceilExact(toExact("-2.5")!))).toBe("-2");
    expect(formatExact(ceilExact(toExact("2")!))).toBe("2");
    expect(formatExact(ceilExact(toExact("-0.5")!))).toBe("0");
  });

  it("computes percentages exactly", () => {
    expect(formatExact(percentOf(toExact("5")!, toExact("123456.78")!))).toBe("6172.839");
    expect(formatExact(percentOf(toExact("0.1")!, toExact("0.0000000000000000000003")!))).toBe("0.0000000000000000000000003");
  });

  it("gives a JSON number only when it is exact", () => {
    expect(exactToFact(toExact("12.50")!)).toBe(12.5);
    expect(exactToFact(toExact("12345678901234567890.1")!)).toBe("12345678901234567890.1");
  });

  it("reads a float rounded to the decimals of the step", () => {
    expect(formatExact(exactFromFloat(2 / 3, 3)!)).toBe("0.667");
    expect(exactFromFloat(Number.NaN, 2)).toBeNull();
    expect(exactFromFloat(1e22, 2)).toBeNull();
  });

  it("rejects what is not a decimal", () => {
    for (const v of ["1e3", "abc", "", null, {}, Number.NaN, Number.POSITIVE_INFINITY]) expect(toExact(v)).toBeNull();
  });
});
