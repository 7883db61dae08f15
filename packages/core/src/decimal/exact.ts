/**
 * Exact decimal arithmetic for scores and thresholds (docs/scores.md).
 *
 * A JSON number enters through its shortest round-trip string (`String(n)`, defined by
 * ECMA-262 Number::toString and identical on every platform), so `0.1` is exactly one tenth, never
 * 0.1000000000000000055511151231257827. A decimal string ("12.50") enters as written. Addition,
 * subtraction and multiplication are exact (every digit is kept, see decimal.ts); the only
 * division (score normalisation) is kept as a ratio and rounded once, at the end, by {@link roundRatio}.
 */
import { ExactDecimal } from "./decimal.js";
import type { RoundingModeNumber } from "./decimal.js";

export type { ExactDecimal };

/** How a final score is rounded: the model's `rounding` member. */
export interface RoundingRule {
  readonly decimals: number;
  readonly mode: RoundingMode;
}

/** The rounding modes of a score (java.math.RoundingMode semantics, sign-symmetric). */
export const ROUNDING_MODES = ["half-up", "half-even", "down", "up"] as const;
/** One rounding mode of a score: `half-up`, `half-even`, `down` or `up`. */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

const DECIMAL_STRING = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/** Rounding-mode numbers: 0 toward zero, 1 half away from zero, 2 half to even, 3 away from zero. */
const MODE: Record<RoundingMode, RoundingModeNumber> = { down: 0, "half-up": 1, "half-even": 2, up: 3 };

/** Zero. */
export const ZERO: ExactDecimal = /* @__PURE__ */ new ExactDecimal(0n, 0);
/** One hundred (percentages). */
export const HUNDRED: ExactDecimal = /* @__PURE__ */ new ExactDecimal(100n, 0);

/** True when `s` is a plain decimal string as the model allows: "-12", "0.5", "12.50". */
export function isDecimalString(s: string): boolean {
  return DECIMAL_STRING.test(s);
}

/**
 * Converts a JSON number or decimal string to an exact decimal. A number goes through
 * `String(n)` (its shortest round-trip form). Returns null for non-finite numbers, strings that
 * are not plain decimals, and anything else.
 */
export function toExact(value: unknown): ExactDecimal | null {
  if (typeof value === "number") return Number.isFinite(value) ? ExactDecimal.parse(String(value))! : null;
  if (typeof value === "string") return value.length <= 400 && DECIMAL_STRING.test(value) ? ExactDecimal.parse(value)! : null;
  return null;
}

/** Like {@link toExact} for values the model has already checked (a `Decimal` field); zero when malformed. */
export function exactOf(value: number | string): ExactDecimal {
  return toExact(value) ?? ZERO;
}

/** Compares two exact decimals: -1, 0 or 1 as a <, =, > b. */
export function compareExact(a: ExactDecimal, b: ExactDecimal): -1 | 0 | 1 {
  return a.cmp(b) as -1 | 0 | 1;
}

/** Plain decimal notation without exponent or trailing zeros: "1000000", "0.0000005", "-2.5". */
export function formatExact(x: ExactDecimal): string {
  const s = x.toFixed();
  return s === "-0" ? "0" : s;
}

/** Fixed notation with exactly `decimals` decimals, never "-0.00". */
export function formatFixed(x: ExactDecimal, decimals: number): string {
  const s = x.toFixed(decimals);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

/** Rounds an exact decimal to the rule's decimals and mode. */
export function roundExact(x: ExactDecimal, rule: RoundingRule): ExactDecimal {
  return x.round(rule.decimals, MODE[rule.mode]);
}

/**
 * Rounds the exact quotient `num / den` once, to the rule's decimals and mode: an integer
 * division that rounds on its remainder, so this is the correctly rounded value of the true ratio
 * (no double rounding). `den` must not be zero.
 */
export function roundRatio(num: ExactDecimal, den: ExactDecimal, rule: RoundingRule): ExactDecimal {
  return num.div(den, rule.decimals, MODE[rule.mode]);
}

/** Compares `num / den` with `x` exactly (den ≠ 0): -1, 0 or 1. */
export function compareRatio(num: ExactDecimal, den: ExactDecimal, x: ExactDecimal): -1 | 0 | 1 {
  const c = num.cmp(x.times(den));
  return (den.lt(0) ? 0 - c : c) as -1 | 0 | 1;
}

/** An exact decimal as an integer scaled by 10^scale: `{ int, scale }` with no trailing zero in `int` unless scale is 0. */
export function toScaledBigInt(x: ExactDecimal): { int: bigint; scale: number } {
  const s = x.toFixed();
  const dot = s.indexOf(".");
  if (dot < 0) return { int: BigInt(s), scale: 0 };
  return { int: BigInt(s.slice(0, dot) + s.slice(dot + 1)), scale: s.length - dot - 1 };
}

/** The greatest common divisor of |a| and |b| (0 when both are 0). */
export function gcdBig(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * Renders the exact ratio `num / den` for a trace: its decimal when it terminates ("12.5"),
 * otherwise twelve decimals, an ellipsis and the fraction in lowest terms ("33.333333333333… (100/3)").
 * Depends only on the value of the ratio, not on how it was computed.
 */
export function formatRatio(num: ExactDecimal, den: ExactDecimal): string {
  if (den.units === 0n) return "∞";
  // num/den = (num.units / 10^num.scale) / (den.units / 10^den.scale), then in lowest terms.
  let p = num.units * 10n ** BigInt(den.scale);
  let q = den.units * 10n ** BigInt(num.scale);
  if (q < 0n) [p, q] = [-p, -q];
  const g = gcdBig(p, q) || 1n;
  p /= g;
  q /= g;
  let i = 0;
  let j = 0;
  let rest = q;
  while (rest % 2n === 0n) [rest, i] = [rest / 2n, i + 1];
  while (rest % 5n === 0n) [rest, j] = [rest / 5n, j + 1];
  if (rest === 1n) {
    // q = 2^i·5^j divides 10^k with k = max(i, j): the decimal has exactly k digits after the point.
    const k = Math.max(i, j);
    return formatExact(fromScaledBigInt((p * 10n ** BigInt(k)) / q, k));
  }
  const approx = formatFixed(roundRatio(new ExactDecimal(p, 0), new ExactDecimal(q, 0), { decimals: 12, mode: "down" }), 12);
  return `${approx}… (${p}/${q})`;
}

/** The decimal `int / 10^scale`, exactly. */
export function fromScaledBigInt(int: bigint, scale: number): ExactDecimal {
  return new ExactDecimal(int, Math.max(0, scale));
}

/**
 * The digits of a non-negative safe integer `m` with `scale` decimals ("1234", 2 → "12.34"; 5, 2 → "0.05").
 * Number-only helper for the compiled classifier's hot path (no BigInt, no big.js).
 */
function placePoint(m: number, scale: number): string {
  const digits = String(m);
  if (scale <= 0) return digits;
  const padded = digits.length <= scale ? "0".repeat(scale + 1 - digits.length) + digits : digits;
  return `${padded.slice(0, padded.length - scale)}.${padded.slice(padded.length - scale)}`;
}

/**
 * The safe integer `n` scaled by 10^-decimals with exactly `decimals` decimals, never "-0.00":
 * the same text as `formatFixed(fromScaledBigInt(BigInt(n), decimals), decimals)`.
 */
export function formatScaledFixed(n: number, decimals: number): string {
  if (n === 0) return placePoint(0, decimals);
  return n < 0 ? `-${placePoint(-n, decimals)}` : placePoint(n, decimals);
}

/**
 * The safe integer `n` scaled by 10^-scale in plain canonical notation (no trailing zeros, no "-0"):
 * the same text as `formatExact(fromScaledBigInt(BigInt(n), scale))`.
 */
export function formatScaled(n: number, scale: number): string {
  let m = n < 0 ? -n : n;
  let k = scale;
  while (k > 0 && m !== 0 && m % 10 === 0) {
    m /= 10;
    k--;
  }
  if (m === 0) return "0";
  const text = placePoint(m, k);
  return n < 0 ? `-${text}` : text;
}

/** Largest denominator for which the digits of a ratio are computed with Numbers (r·10 stays exact). */
// 2 ** 49, written out: a bundler keeps an unused exponentiation but drops an unused literal.
const RATIO_NUMBER_LIMIT = 562_949_953_421_312;

/**
 * The exact ratio `num / den` of two safe integers (den > 0), rendered as {@link formatRatio}
 * renders it; computed with Numbers when that is exact, else by {@link formatRatio} itself.
 */
export function formatIntRatio(num: number, den: number): string {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0) return formatRatio(new ExactDecimal(BigInt(num), 0), new ExactDecimal(BigInt(den), 0));
  let a = num < 0 ? -num : num;
  let b = den;
  while (b !== 0) [a, b] = [b, a % b];
  const g = a || 1;
  const p = num / g;
  const q = den / g;
  let rest = q;
  let i = 0;
  let j = 0;
  while (rest % 2 === 0) [rest, i] = [rest / 2, i + 1];
  while (rest % 5 === 0) [rest, j] = [rest / 5, j + 1];
  const neg = p < 0;
  const m = neg ? -p : p;
  if (rest === 1) {
    // q = 2^i·5^j: m/q = m·2^(k−i)·5^(k−j) / 10^k exactly, k = max(i, j).
    const k = Math.max(i, j);
    const scaled = m * 2 ** (k - i) * 5 ** (k - j);
    if (!Number.isSafeInteger(scaled)) return formatRatio(new ExactDecimal(BigInt(num), 0), new ExactDecimal(BigInt(den), 0));
    return formatScaled(neg ? -scaled : scaled, k);
  }
  if (q > RATIO_NUMBER_LIMIT || m + q > Number.MAX_SAFE_INTEGER) return formatRatio(new ExactDecimal(BigInt(num), 0), new ExactDecimal(BigInt(den), 0));
  // Twelve decimals toward zero by long division; every product stays below 2^53.
  let whole = Math.floor(m / q);
  let r = m - whole * q;
  if (r < 0) [whole, r] = [whole - 1, r + q];
  else if (r >= q) [whole, r] = [whole + 1, r - q];
  let digits = "";
  let allZero = whole === 0;
  for (let d = 0; d < 12; d++) {
    r *= 10;
    let digit = Math.floor(r / q);
    let rem = r - digit * q;
    if (rem < 0) [digit, rem] = [digit - 1, rem + q];
    else if (rem >= q) [digit, rem] = [digit + 1, rem - q];
    if (digit !== 0) allZero = false;
    digits += String(digit);
    r = rem;
  }
  const sign = neg && !allZero ? "-" : "";
  return `${sign}${whole}.${digits}\u2026 (${p}/${q})`;
}
