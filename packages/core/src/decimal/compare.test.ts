import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareDecimal, isNegativeDecimal, readDecimal } from "./compare.js";

const decimalString = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 25 }))
  .map(([neg, units, scale]) => {
    const digits = units.toString().padStart(scale + 1, "0");
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return { text: neg && units !== 0n ? `-${text}` : text, units: neg ? -units : units, scale };
  });

describe("compareDecimal", () => {
  it("compares exactly where binary floating point cannot", () => {
    expect(compareDecimal("0.30000000000000001", "0.3")).toBe(1);
    expect(compareDecimal("1.10", "1.1")).toBe(0);
    expect(compareDecimal(0.1, "0.1")).toBe(0);
    expect(compareDecimal(1e21, "1000000000000000000000")).toBe(0);
    expect(compareDecimal(-0, 0)).toBe(0);
    expect(compareDecimal(5e-7, "0.0000005")).toBe(0);
    expect(compareDecimal("-2", -10)).toBe(1);
  });

  it("returns undefined for what is not a decimal", () => {
    expect(compareDecimal(Number.NaN, 1)).toBeUndefined();
    expect(compareDecimal(1, Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(compareDecimal("1,5", 1)).toBeUndefined();
    expect(readDecimal("1e99999")).toBeUndefined();
  });

  it("agrees with BigInt comparison after scaling (property)", () => {
    fc.assert(
      fc.property(decimalString, decimalString, (a, b) => {
        const s = Math.max(a.scale, b.scale);
        const x = a.units * 10n ** BigInt(s - a.scale);
        const y = b.units * 10n ** BigInt(s - b.scale);
        expect(compareDecimal(a.text, b.text)).toBe(x < y ? -1 : x > y ? 1 : 0);
      }),
    );
  });

  it("is antisymmetric and agrees with < on safe integers (property)", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.maxSafeInteger(), (a, b) => {
        expect(compareDecimal(a, b)).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(compareDecimal(String(b), String(a))).toBe(-compareDecimal(a, b)! || 0);
      }),
    );
  });

  it("compares numbers as their written forms compare, and says the same of their sign (property)", () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(finite, finite, (a, b) => {
        // The string path reads each number's shortest form exactly, with BigInts.
        expect(compareDecimal(a, b)).toBe(compareDecimal(String(a), String(b)));
        expect(isNegativeDecimal(a)).toBe(isNegativeDecimal(String(a)));
      }),
    );
    expect(compareDecimal(Number.POSITIVE_INFINITY, 1)).toBeUndefined();
    expect(isNegativeDecimal(Number.NEGATIVE_INFINITY)).toBeUndefined();
  });

  it("knows negative values", () => {
    expect(isNegativeDecimal("-0.001")).toBe(true);
    expect(isNegativeDecimal("-0")).toBe(false);
    expect(isNegativeDecimal(0)).toBe(false);
  });
});
