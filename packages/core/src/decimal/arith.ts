/**
 * Boundary arithmetic on exact decimals, for the diff's and the audit's probes of quantity
 * thresholds ("t − 1 step, t, t + 1 step"): the values around a threshold never suffer binary
 * rounding, and a threshold is read exactly as the classifier reads it ({@link toExact}).
 */
import type { ExactDecimal } from "./exact.js";
import { exactOf, formatExact, fromScaledBigInt, roundExact, toExact, toScaledBigInt } from "./exact.js";

/** Number of decimals of the value (its shortest exact form). */
export function decimalsOf(d: ExactDecimal): number {
  return toScaledBigInt(d).scale;
}

/** One unit in the last place of `decimals` decimals: 10^-decimals. */
export function decimalStep(decimals: number): ExactDecimal {
  return fromScaledBigInt(1n, decimals);
}

const HUNDREDTH = exactOf("0.01");

/** `percent` % of `value`, exactly. */
export function percentOf(percent: ExactDecimal, value: ExactDecimal): ExactDecimal {
  return percent.times(value).times(HUNDREDTH);
}

/** The largest integer ≤ a. */
export function floorExact(a: ExactDecimal): ExactDecimal {
  return roundExact(a, { decimals: 0, mode: a.lt(0) ? "up" : "down" });
}

/** The smallest integer ≥ a. */
export function ceilExact(a: ExactDecimal): ExactDecimal {
  return roundExact(a, { decimals: 0, mode: a.lt(0) ? "down" : "up" });
}

/** The value as a float (for the approximate inversion of score cut-points). */
export function exactToNumber(a: ExactDecimal): number {
  return Number(formatExact(a));
}

/**
 * The value as an incident fact: a JSON number when the number prints back as the same text
 * (so it is exact), else the decimal string.
 */
export function exactToFact(a: ExactDecimal): number | string {
  const text = formatExact(a);
  const n = Number(text);
  return String(n) === text ? n : text;
}

/** A float rounded to `decimals` decimals, as an exact decimal (for approximate inversions). */
export function exactFromFloat(x: number, decimals: number): ExactDecimal | null {
  if (!Number.isFinite(x) || Math.abs(x) > 1e21) return null;
  return toExact(x.toFixed(Math.min(Math.max(decimals, 0), 20)));
}
