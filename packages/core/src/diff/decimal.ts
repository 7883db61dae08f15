/**
 * The diff's boundary arithmetic on the core's exact decimals (src/decimal/): the values around
 * the thresholds of quantity dimensions ("t − 1 step, t, t + 1 step") never suffer binary
 * rounding, and a threshold is read exactly as the classifier reads it (a JSON number through
 * its shortest round-trip string, a decimal string as written).
 */
import type { ExactDecimal } from "../decimal/exact.js";
import { exactOf, formatExact, fromScaledBigInt, roundExact, toExact, toScaledBigInt } from "../decimal/exact.js";

/** An exact decimal (the core's). */
export type Dec = ExactDecimal;

/** Reads a JSON number or decimal string; null when it is neither (or not finite). */
export function toDec(value: unknown): Dec | null {
  return toExact(value);
}

/** Number of decimals of the value (its shortest exact form). */
export function decimalsOf(d: Dec): number {
  return toScaledBigInt(d).scale;
}

/** One unit in the last place of `decimals` decimals: 10^-decimals. */
export function decStep(decimals: number): Dec {
  return fromScaledBigInt(1n, decimals);
}

const HUNDREDTH = exactOf("0.01");

/** `percent` % of `value`, exactly. */
export function decPercent(percent: Dec, value: Dec): Dec {
  return percent.times(value).times(HUNDREDTH);
}

/** The largest integer ≤ a. */
export function decFloor(a: Dec): Dec {
  return roundExact(a, { decimals: 0, mode: a.lt(0) ? "up" : "down" });
}

/** The smallest integer ≥ a. */
export function decCeil(a: Dec): Dec {
  return roundExact(a, { decimals: 0, mode: a.lt(0) ? "down" : "up" });
}

/** -1, 0 or 1 as a <, =, > b. */
export function decCompare(a: Dec, b: Dec): number {
  return a.cmp(b);
}

/** Canonical text: no trailing zeros after the point, no "-0". */
export function decToString(a: Dec): string {
  return formatExact(a);
}

/** The value as a float (for the approximate inversion of score cut-points). */
export function decToNumber(a: Dec): number {
  return Number(formatExact(a));
}

/**
 * The value as an incident fact: a JSON number when the number prints back as the same text
 * (so it is exact), else the decimal string.
 */
export function decToFact(a: Dec): number | string {
  const text = formatExact(a);
  const n = Number(text);
  return String(n) === text ? n : text;
}

/** A float rounded to `decimals` decimals, as an exact decimal (for approximate inversions). */
export function decFromFloat(x: number, decimals: number): Dec | null {
  if (!Number.isFinite(x) || Math.abs(x) > 1e21) return null;
  return toExact(x.toFixed(Math.min(Math.max(decimals, 0), 20)));
}
