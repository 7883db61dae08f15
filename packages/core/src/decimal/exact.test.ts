import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RoundingMode } from "./exact.js";
import {
  ROUNDING_MODES,
  compareRatio,
  formatExact,
  formatFixed,
  formatIntRatio,
  formatRatio,
  formatScaled,
  formatScaledFixed,
  fromScaledBigInt,
  roundExact,
  roundRatio,
  toExact,
  toScaledBigInt,
} from "./exact.js";

/** Independent oracle: rounds p/q (q > 0) to `d` decimals with BigInt integer arithmetic. */
function oracle(p: bigint, q: bigint, d: number, mode: RoundingMode): string {
  const scaled = p * 10n ** BigInt(d);
  const neg = scaled < 0n;
  const a = neg ? -scaled : scaled;
  let n = a / q;
  const r = a % q;
  const twice = 2n * r;
  const up =
    mode === "up" ? r !== 0n : mode === "down" ? false : mode === "half-up" ? twice >= q : twice > q || (twice === q && n % 2n === 1n);
  if (up) n += 1n;
  return formatFixed(fromScaledBigInt(neg ? -n : n, d), d);
}

const decimalString = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }))
  .map(([i, s]) => formatExact(fromScaledBigInt(i, s)));

describe("exact decimals", () => {
  it("reads a JSON number through its shortest round-trip string", () => {
    expect(formatExact(toExact(0.1)!)).toBe("0.1");
    expect(formatExact(toExact(0.1 + 0.2)!)).toBe("0.30000000000000004");
    expect(formatExact(toExact(1e21)!)).toBe("1000000000000000000000");
    expect(formatExact(toExact(-0)!)).toBe("0");
    expect(toExact(Number.NaN)).toBeNull();
    expect(toExact(Number.POSITIVE_INFINITY)).toBeNull();
    expect(toExact("1e5")).toBeNull();
    expect(toExact("12.50")?.eq(toExact(12.5)!)).toBe(true);
  });

  it("sums exactly: 0.1 + 0.2 is 0.3", () => {
    expect(formatExact(toExact(0.1)!.plus(toExact(0.2)!))).toBe("0.3");
  });

  it("rounds at an exact half by mode (2.345 to 2 decimals; -2.345 symmetric)", () => {
    const x = toExact("2.345")!;
    const at = (mode: RoundingMode, v = x) => formatFixed(roundExact(v, { decimals: 2, mode }), 2);
    expect([at("half-up"), at("half-even"), at("down"), at("up")]).toEqual(["2.35", "2.34", "2.34", "2.35"]);
    const y = toExact("-2.345")!;
    expect([at("half-up", y), at("half-even", y), at("down", y), at("up", y)]).toEqual(["-2.35", "-2.34", "-2.34", "-2.35"]);
  });

  it("rounds a ratio once, exactly as an integer oracle does", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom(...ROUNDING_MODES),
        (p, q, d, mode) => {
          const got = formatFixed(roundRatio(toExact(p.toString())!, toExact(q.toString())!, { decimals: d, mode }), d);
          expect(got).toBe(oracle(p, q, d, mode));
        },
      ),
    );
  });

  it("round-trips scaled integers and compares ratios exactly", () => {
    const scaled = fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }));
    fc.assert(
      fc.property(scaled, scaled, scaled, ([ai, as], [bi, bs], [ci, cs]) => {
        const x = fromScaledBigInt(ai, as);
        const s = toScaledBigInt(x);
        expect(fromScaledBigInt(s.int, s.scale).eq(x)).toBe(true);
        fc.pre(bi !== 0n);
        // (ai/10^as) / (bi/10^bs) vs ci/10^cs, both sides multiplied by bi·10^(as+cs) (sign of bi flips).
        const lhs = ai * 10n ** BigInt(bs + cs);
        const rhs = ci * bi * 10n ** BigInt(as);
        const diff = bi > 0n ? lhs - rhs : rhs - lhs;
        const want = diff === 0n ? 0 : diff > 0n ? 1 : -1;
        expect(compareRatio(x, fromScaledBigInt(bi, bs), fromScaledBigInt(ci, cs))).toBe(want);
      }),
    );
  });

  it("renders a ratio by value: terminating decimals exactly, others with the fraction in lowest terms", () => {
    expect(formatRatio(toExact(25)!, toExact(2)!)).toBe("12.5");
    expect(formatRatio(toExact(100)!, toExact(3)!)).toBe("33.333333333333\u2026 (100/3)");
    expect(formatRatio(toExact("0.2")!, toExact("0.6")!)).toBe("0.333333333333\u2026 (1/3)");
    expect(formatRatio(toExact(-1)!, toExact(8)!)).toBe("-0.125");
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.bigInt({ min: 1n, max: 1000n }), fc.bigInt({ min: 1n, max: 1000n }), (p, q, k) => {
        expect(formatRatio(toExact((p * k).toString())!, toExact((q * k).toString())!)).toBe(formatRatio(toExact(p.toString())!, toExact(q.toString())!));
      }),
    );
  });

  it("renders a ratio whatever the representation of its terms (trailing zeros in the units, as arithmetic leaves them)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), fc.nat({ max: 6 }), fc.nat({ max: 6 }), fc.nat({ max: 6 }), (p, q, s, zp, zq) => {
        const padded = (units: bigint, zeros: number) => fromScaledBigInt(units * 10n ** BigInt(zeros), s + zeros);
        expect(formatRatio(padded(p, zp), padded(q, zq))).toBe(formatRatio(fromScaledBigInt(p, s), fromScaledBigInt(q, s)));
        expect(formatRatio(padded(p, zp), fromScaledBigInt(0n, zq))).toBe("\u221e");
      }),
    );
  });
});

describe("number-only formatting (the compiled classifier's fast path)", () => {
  const safe = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.maxSafeInteger(), fc.maxSafeNat(), fc.constantFrom(0, -0, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 10, -100, 5));

  it("formatScaledFixed and formatScaled read a scaled integer as the BigInt path does", () => {
    fc.assert(
      fc.property(safe, fc.integer({ min: 0, max: 12 }), (n, scale) => {
        const exact = fromScaledBigInt(BigInt(n), scale);
        expect(formatScaledFixed(n, scale)).toBe(formatFixed(exact, scale));
        expect(formatScaled(n, scale)).toBe(formatExact(exact));
      }),
    );
  });

  it("formatIntRatio renders every ratio of safe integers as formatRatio does", () => {
    const den = fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.maxSafeNat().filter((d) => d > 0), fc.constantFrom(3, 7, 123, 3075, 2 ** 49, 2 ** 49 + 1, 2 ** 52 - 1));
    fc.assert(
      fc.property(safe, den, (n, d) => {
        expect(formatIntRatio(n, d)).toBe(formatRatio(toExact(n)!, toExact(d)!));
      }),
    );
  });

  it("formatIntRatio: worked values", () => {
    // 10420/123 = 84.715447154471…; 1/8 = 0.125; −1/3; a tiny negative that truncates to zero digits
    expect(formatIntRatio(260500, 3075)).toBe("84.715447154471\u2026 (10420/123)");
    expect(formatIntRatio(2, 16)).toBe("0.125");
    expect(formatIntRatio(-1, 3)).toBe("-0.333333333333\u2026 (-1/3)");
    expect(formatIntRatio(-1, 3 * 10 ** 13)).toBe("0.000000000000\u2026 (-1/30000000000000)");
  });
});
