/**
 * Exact rationals p/q on BigInt, for folding a score's normalisation into one linear map at
 * compile time (classify/compile-score.ts).
 */
import type { ExactDecimal } from "./exact.js";
import { gcdBig, toScaledBigInt } from "./exact.js";

/** A rational p/q in lowest terms with q > 0. */
export interface Rational {
  readonly p: bigint;
  readonly q: bigint;
}

/** |x|. */
export function absBig(x: bigint): bigint {
  return x < 0n ? -x : x;
}

/** p/q in lowest terms with a positive denominator (q ≠ 0). */
export function rational(p: bigint, q: bigint): Rational {
  if (q < 0n) [p, q] = [-p, -q];
  const g = gcdBig(p, q) || 1n;
  return { p: p / g, q: q / g };
}

/** An exact decimal as a rational. */
export function rationalOf(x: ExactDecimal): Rational {
  const s = toScaledBigInt(x);
  return rational(s.int, 10n ** BigInt(s.scale));
}

/** a − b. */
export const subRational = (a: Rational, b: Rational): Rational => rational(a.p * b.q - b.p * a.q, a.q * b.q);
/** a × b. */
export const mulRational = (a: Rational, b: Rational): Rational => rational(a.p * b.p, a.q * b.q);
/** a ÷ b (b ≠ 0). */
export const divRational = (a: Rational, b: Rational): Rational => rational(a.p * b.q, a.q * b.p);

/** ⌊p / q⌋ for q > 0. */
export function floorDivBig(p: bigint, q: bigint): bigint {
  return p >= 0n ? p / q : -((-p + q - 1n) / q);
}

/** ⌈p / q⌉ for q > 0. */
export function ceilDivBig(p: bigint, q: bigint): bigint {
  return -floorDivBig(-p, q);
}
