import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decAdd, decCeil, decCompare, decFloor, decMul, decShift, decStep, decToFact, decToString, toDec } from "./decimal.js";

const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.nat({ max: 6 }))
  .map(([neg, coef, scale]) => decToString({ coef: neg ? -coef : coef, scale }));

describe("exact decimals", () => {
  it("reads and writes decimal strings without loss", () => {
    fc.assert(
      fc.property(decimalText, (t) => {
        expect(decToString(toDec(t)!)).toBe(t);
      }),
    );
  });

  it("adds one step exactly, with no binary rounding", () => {
    expect(decToString(decAdd(toDec("0.1")!, toDec(0.2)!))).toBe("0.3");
    expect(decToString(decAdd(toDec("999.99")!, decStep(2)))).toBe("1000");
    expect(decToString(decAdd(toDec(5)!, { coef: -1n, scale: 1 }))).toBe("4.9");
  });

  it("orders, floors and ceils", () => {
    fc.assert(
      fc.property(decimalText, decimalText, (x, y) => {
        expect(decCompare(toDec(x)!, toDec(y)!)).toBe(Math.sign(Number(x) - Number(y)) || 0);
      }),
    );
    expect(decToString(decFloor(toDec("-2.5")!))).toBe("-3");
    expect(decToString(decCeil(toDec("-2.5")!))).toBe("-2");
    expect(decToString(decCeil(toDec("2")!))).toBe("2");
  });

  it("computes percentages exactly", () => {
    expect(decToString(decShift(decMul(toDec("5")!, toDec("123456.78")!), 2))).toBe("6172.839");
  });

  it("gives a JSON number only when it is exact", () => {
    expect(decToFact(toDec("12.50")!)).toBe(12.5);
    expect(decToFact(toDec("12345678901234567890.1")!)).toBe("12345678901234567890.1");
  });

  it("rejects what is not a decimal", () => {
    for (const v of ["1e3", "abc", "", null, {}, Number.NaN, Number.POSITIVE_INFINITY]) expect(toDec(v)).toBeNull();
  });
});
