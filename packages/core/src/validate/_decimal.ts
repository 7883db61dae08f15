/**
 * Exact comparison of the model's decimals (a JSON number or a decimal string), private to
 * validation. Binary floating point would call "0.1" + "0.2" and "0.3" different and could
 * reorder cut-points that differ in the 17th digit; scaling both sides to integers and comparing
 * BigInts cannot.
 */

interface ScaledDecimal {
  /** The digits as an integer, sign included. */
  readonly units: bigint;
  /** Power of ten: value = units × 10^exponent. */
  readonly exponent: number;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * Reads a decimal (JSON number or decimal string) exactly. A number is read from its shortest
 * round-trip form (what the author most likely wrote). Returns undefined for NaN, infinities and
 * strings that are not decimals.
 */
export function readDecimal(value: number | string): ScaledDecimal | undefined {
  if (typeof value === "number" && !Number.isFinite(value)) return undefined;
  const text = typeof value === "number" ? String(value) : value;
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  const [, sign, whole = "", fraction = "", exp = "0"] = m;
  const exponentPart = Number(exp);
  if (!Number.isSafeInteger(exponentPart) || Math.abs(exponentPart) > 10_000) return undefined;
  const digits = BigInt(`${whole}${fraction}`);
  return { units: sign === "-" ? -digits : digits, exponent: exponentPart - fraction.length };
}

/** Compares two decimals exactly: -1, 0 or 1; undefined when either is not a decimal. */
export function compareDecimal(a: number | string, b: number | string): -1 | 0 | 1 | undefined {
  // Two finite numbers compare as their shortest decimal forms do: each form rounds to its own
  // number, and the numbers' rounding intervals are ordered like the numbers.
  if (typeof a === "number" && typeof b === "number") {
    if (!Number.isFinite(a) || !Number.isFinite(b)) return undefined;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const x = readDecimal(a);
  const y = readDecimal(b);
  if (!x || !y) return undefined;
  const e = Math.min(x.exponent, y.exponent);
  const xu = x.units * 10n ** BigInt(x.exponent - e);
  const yu = y.units * 10n ** BigInt(y.exponent - e);
  return xu < yu ? -1 : xu > yu ? 1 : 0;
}

/** True when the decimal is below zero (undefined when it is not a decimal). */
export function isNegativeDecimal(value: number | string): boolean | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value < 0 : undefined;
  const d = readDecimal(value);
  return d === undefined ? undefined : d.units < 0n;
}
