/**
 * Exact comparison of the model's decimals (a JSON number or a decimal string) for validation,
 * on top of the core's exact decimals (src/decimal/, the same reading the classifier uses).
 * Binary floating point would call "0.1" + "0.2" and "0.3" different and could reorder
 * cut-points that differ in the 17th digit; exact decimals cannot.
 */
import { ExactDecimal } from "./decimal.js";
import { toExact, toScaledBigInt } from "./exact.js";

/** Scientific notation ("1e-7", what String() gives for some numbers), with a bounded exponent. */
const SCIENTIFIC = /^-?\d+(?:\.\d+)?[eE]([+-]?\d+)$/;

/** toExact, also reading scientific notation so a number and its String() always agree. */
function exact(value: number | string): ExactDecimal | null {
  const plain = toExact(value);
  if (plain !== null || typeof value !== "string") return plain;
  const m = SCIENTIFIC.exec(value);
  return m && Math.abs(Number(m[1])) <= 10_000 ? ExactDecimal.parse(value)! : null;
}

interface ScaledDecimal {
  /** The digits as an integer, sign included. */
  readonly units: bigint;
  /** Power of ten: value = units × 10^exponent. */
  readonly exponent: number;
}

/**
 * Reads a decimal (JSON number or decimal string) exactly. A number is read from its shortest
 * round-trip form (what the author most likely wrote). Returns undefined for NaN, infinities and
 * strings that are not decimals.
 */
export function readDecimal(value: number | string): ScaledDecimal | undefined {
  const x = exact(value);
  if (x === null) return undefined;
  const { int, scale } = toScaledBigInt(x);
  return { units: int, exponent: -scale };
}

/** Compares two decimals exactly: -1, 0 or 1; undefined when either is not a decimal. */
export function compareDecimal(a: number | string, b: number | string): -1 | 0 | 1 | undefined {
  // Two finite numbers compare as their shortest decimal forms do: each form rounds to its own
  // number, and the numbers' rounding intervals are ordered like the numbers.
  if (typeof a === "number" && typeof b === "number") {
    if (!Number.isFinite(a) || !Number.isFinite(b)) return undefined;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const x = exact(a);
  const y = exact(b);
  if (x === null || y === null) return undefined;
  return x.cmp(y) as -1 | 0 | 1;
}

/** True when the decimal is below zero (undefined when it is not a decimal). */
export function isNegativeDecimal(value: number | string): boolean | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value < 0 : undefined;
  const x = exact(value);
  return x === null ? undefined : x.lt(0);
}
