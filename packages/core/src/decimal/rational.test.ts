import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatExact, fromScaledBigInt } from "./exact.js";
import { ceilDivBig, divRational, floorDivBig, mulRational, rational, rationalOf, subRational } from "./rational.js";

const decimal = fc.tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.nat({ max: 6 })).map(([int, scale]) => fromScaledBigInt(int, scale));
const nonZero = decimal.filter((x) => !x.eq(0));

describe("exact rationals", () => {
  it("agree with exact decimal subtraction and multiplication", () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(subRational(rationalOf(a), rationalOf(b))).toEqual(rationalOf(a.minus(b)));
        expect(mulRational(rationalOf(a), rationalOf(b))).toEqual(rationalOf(a.times(b)));
      }),
    );
  });

  it("divide back to where they started, in lowest terms with a positive denominator", () => {
    fc.assert(
      fc.property(decimal, nonZero, (a, b) => {
        const q = divRational(rationalOf(a), rationalOf(b));
        expect(q.q > 0n).toBe(true);
        expect(mulRational(q, rationalOf(b))).toEqual(rationalOf(a));
      }),
    );
    expect(rational(6n, -4n)).toEqual({ p: -3n, q: 2n });
    expect(rational(0n, 7n)).toEqual({ p: 0n, q: 1n });
    expect(formatExact(fromScaledBigInt(rationalOf(fromScaledBigInt(125n, 2)).p, 0))).toBe("5");
  });

  it("floor and ceiling divisions match Math.floor and Math.ceil", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), (p, q) => {
        expect(Number(floorDivBig(BigInt(p), BigInt(q)))).toBe(Math.floor(p / q));
        expect(Number(ceilDivBig(BigInt(p), BigInt(q))) + 0).toBe(Math.ceil(p / q) + 0);
      }),
    );
  });
});
