import Big from "big.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExactDecimal } from "./decimal.js";
import type { RoundingModeNumber } from "./decimal.js";

// big.js was the core's exact decimal; it stays the oracle (a devDependency). Its "-0" (a zero
// with a sign) is the one thing ExactDecimal does not keep: every formatter of the core drops it.
const Oracle = Big();
const plain = (s: string) => (/^-0(\.0*)?$/.test(s) ? s.slice(1) : s);
const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.nat(12))
  .map(([neg, units, scale]) => {
    const digits = units.toString().padStart(scale + 1, "0");
    const text = scale > 0 ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
    return neg ? `-${text}` : text;
  });
const scientific = fc.tuple(decimalText, fc.integer({ min: -40, max: 40 })).map(([d, e]) => `${d}e${e}`);
const anyText = fc.oneof(decimalText, scientific, fc.double({ noNaN: true, noDefaultInfinity: true }).map(String));
const mode = fc.constantFrom<RoundingModeNumber>(0, 1, 2, 3);
const both = (t: string) => ({ x: ExactDecimal.parse(t)!, b: new Oracle(t) });

describe("ExactDecimal, big.js as the oracle", () => {
  it("reads decimals and prints them as big.js does (toFixed, toString)", () => {
    fc.assert(
      fc.property(anyText, fc.nat(8), (t, dp) => {
        const { x, b } = both(t);
        expect(x.toFixed()).toBe(plain(b.toFixed()));
        expect(x.toFixed(dp)).toBe(plain(b.toFixed(dp)));
        expect(x.toString()).toBe(plain(b.toString()));
        expect(JSON.stringify(x)).toBe(JSON.stringify(plain(b.toString())));
      }),
      { numRuns: 2000 },
    );
  });

  it("adds, subtracts, multiplies and compares as big.js does", () => {
    fc.assert(
      fc.property(anyText, anyText, (s, t) => {
        const [a, c] = [both(s), both(t)];
        expect(a.x.plus(c.x).toFixed()).toBe(plain(a.b.plus(c.b).toFixed()));
        expect(a.x.minus(c.x).toFixed()).toBe(plain(a.b.minus(c.b).toFixed()));
        expect(a.x.times(c.x).toFixed()).toBe(plain(a.b.times(c.b).toFixed()));
        expect(a.x.cmp(c.x)).toBe(a.b.cmp(c.b));
        expect([a.x.eq(c.x), a.x.gt(c.x), a.x.gte(c.x), a.x.lt(c.x), a.x.lte(c.x)]).toEqual([a.b.eq(c.b), a.b.gt(c.b), a.b.gte(c.b), a.b.lt(c.b), a.b.lte(c.b)]);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(anyText, fc.integer({ min: -1000, max: 1000 }), (s, n) => {
        const { x, b } = both(s);
        expect(x.cmp(n)).toBe(b.cmp(n));
        expect(x.plus(n).toFixed()).toBe(plain(b.plus(n).toFixed()));
        expect(x.minus(n).toFixed()).toBe(plain(b.minus(n).toFixed()));
        expect(x.times(n).toFixed()).toBe(plain(b.times(n).toFixed()));
      }),
    );
  });

  it("rounds in all four modes as big.js does, to any number of decimals", () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: -3, max: 10 }), mode, (t, dp, rm) => {
        const { x, b } = both(t);
        expect(x.round(dp, rm).toFixed()).toBe(plain(b.round(dp, rm).toFixed()));
        expect(x.round().toFixed()).toBe(plain(b.round().toFixed()));
      }),
      { numRuns: 2000 },
    );
  });

  it("divides, correctly rounded, as big.js does with DP and RM", () => {
    fc.assert(
      fc.property(decimalText, decimalText, fc.nat(14), mode, (s, t, dp, rm) => {
        fc.pre(!new Oracle(t).eq(0));
        Oracle.DP = dp;
        Oracle.RM = rm;
        const [a, c] = [both(s), both(t)];
        expect(a.x.div(c.x, dp, rm).toFixed()).toBe(plain(a.b.div(c.b).toFixed()));
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses what is not a decimal", () => {
    for (const t of ["", "-", "1.", ".5", "1e", "0x10", "1_000", "NaN", "Infinity", " 1"]) expect(ExactDecimal.parse(t)).toBeUndefined();
  });
});
