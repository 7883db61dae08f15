import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatExact, fromScaledBigInt } from "../decimal/exact.js";
import { decCeil, decCompare, decFloor, decFromFloat, decPercent, decStep, decToFact, decToString, decimalsOf, toDec } from "./decimal.js";

const decimalText = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.nat({ max: 6 }))
  .map(([coef, scale]) => formatExact(fromScaledBigInt(coef, scale)));

describe("the diff's boundary arithmetic", () => {
  it("reads and writes decimal strings without loss", () => {
    fc.assert(
      fc.property(decimalText, (t) => {
        expect(decToString(toDec(t)!)).toBe(t);
      }),
    );
  });

  it("adds one step exactly, with no binary rounding", () => {
    expect(decToString(toDec("0.1")!.plus(toDec(0.2)!))).toBe("0.3");
    expect(decToString(toDec("999.99")!.plus(decStep(2)))).toBe("1000");
    expect(decToString(toDec(5)!.minus(decStep(1)))).toBe("4.9");
    expect(decimalsOf(toDec("12.50")!)).toBe(1);
    expect(decimalsOf(toDec(1e21)!)).toBe(0);
    expect(decimalsOf(toDec(1e-7)!)).toBe(7);
  });

  it("orders, floors and ceils", () => {
    fc.assert(
      fc.property(decimalText, decimalText, (x, y) => {
        expect(decCompare(toDec(x)!, toDec(y)!)).toBe(Math.sign(Number(x) - Number(y)) || 0);
        const f = decFloor(toDec(x)!);
        const c = decCeil(toDec(x)!);
        expect(decToString(f)).toBe(String(Math.floor(Number(x))));
        expect(decToString(c)).toBe(String(Math.ceil(Number(x)) || 0));
      }),
    );
    expect(decToString(decFloor(toDec("-2.5")!))).toBe("-3");
    expect(decToString(decCeil(toDec("-2.5")!))).toBe("-2");
    expect(decToString(decCeil(toDec("2")!))).toBe("2");
    expect(decToString(decCeil(toDec("-0.5")!))).toBe("0");
  });

  it("computes percentages exactly", () => {
    expect(decToString(decPercent(toDec("5")!, toDec("123456.78")!))).toBe("6172.839");
    expect(decToString(decPercent(toDec("0.1")!, toDec("0.0000000000000000000003")!))).toBe("0.0000000000000000000000003");
  });

  it("gives a JSON number only when it is exact", () => {
    expect(decToFact(toDec("12.50")!)).toBe(12.5);
    expect(decToFact(toDec("12345678901234567890.1")!)).toBe("12345678901234567890.1");
  });

  it("reads a float rounded to the decimals of the step", () => {
    expect(decToString(decFromFloat(2 / 3, 3)!)).toBe("0.667");
    expect(decFromFloat(Number.NaN, 2)).toBeNull();
    expect(decFromFloat(1e22, 2)).toBeNull();
  });

  it("rejects what is not a decimal", () => {
    for (const v of ["1e3", "abc", "", null, {}, Number.NaN, Number.POSITIVE_INFINITY]) expect(toDec(v)).toBeNull();
  });
});
