/**
 * The core's one exact-decimal number: an integer of any size (BigInt) and a count of decimals,
 * value = units × 10^-scale. Addition, subtraction and multiplication keep every digit; rounding
 * and the one division round once, with a mode. The methods carry big.js's names and answers (it
 * was the implementation before; it stays the oracle of the properties in decimal.test.ts).
 */

/** Rounding-mode numbers: 0 toward zero, 1 half away from zero, 2 half to even, 3 away from zero. */
export type RoundingModeNumber = 0 | 1 | 2 | 3;

const NUMBER = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
const pow10 = (n: number): bigint => 10n ** BigInt(n);
/** A number operand, read through its shortest decimal form (as big.js reads one). */
const of = (y: ExactDecimal | number): ExactDecimal => (typeof y === "number" ? ExactDecimal.parse(String(y))! : y);

/**
 * Divides `n` by `d` (d > 0) to an integer, rounding by `mode` on the remainder (sign-symmetric).
 *
 * @example
 * divRound(-25n, 10n, 1); // -3n
 */
export function divRound(n: bigint, d: bigint, mode: RoundingModeNumber): bigint {
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  const twice = 2n * (r < 0n ? -r : r);
  const away = mode === 3 || (mode === 1 && twice >= d) || (mode === 2 && (twice > d || (twice === d && q % 2n !== 0n)));
  return away ? q + (n < 0n ? -1n : 1n) : q;
}

/** An exact decimal: `units × 10^-scale`, never mutated. */
export class ExactDecimal {
  /**
   * @param units The digits as an integer, sign included.
   * @param scale The number of decimals (≥ 0).
   */
  constructor(
    readonly units: bigint,
    readonly scale: number,
  ) {}

  /**
   * Reads a decimal string ("-12.50", "1e-7", "1.5E+3"); `undefined` when it is not one. The
   * exponent is the caller's to bound.
   *
   * @example
   * ExactDecimal.parse("12.50")?.toFixed(); // "12.5"
   */
  static parse(text: string): ExactDecimal | undefined {
    const m = NUMBER.exec(text);
    if (!m) return undefined;
    const fraction = m[3] ?? "";
    const exponent = Number(m[4] ?? 0);
    const units = BigInt(`${m[1]}${m[2]}${fraction}`);
    const scale = fraction.length - exponent;
    return scale >= 0 ? new ExactDecimal(units, scale) : new ExactDecimal(units * pow10(-scale), 0);
  }

  /** Both values' units at their common scale. */
  private align(operand: ExactDecimal | number): [bigint, bigint, number] {
    const y = of(operand);
    const s = Math.max(this.scale, y.scale);
    return [this.units * pow10(s - this.scale), y.units * pow10(s - y.scale), s];
  }

  /** this + y, exactly. */
  plus(y: ExactDecimal | number): ExactDecimal {
    const [a, b, s] = this.align(y);
    return new ExactDecimal(a + b, s);
  }

  /** this − y, exactly. */
  minus(y: ExactDecimal | number): ExactDecimal {
    const [a, b, s] = this.align(y);
    return new ExactDecimal(a - b, s);
  }

  /** this × y, exactly. */
  times(operand: ExactDecimal | number): ExactDecimal {
    const y = of(operand);
    return new ExactDecimal(this.units * y.units, this.scale + y.scale);
  }

  /** -1, 0 or 1 as this <, =, > y (a number is read through its shortest decimal form). */
  cmp(y: ExactDecimal | number): -1 | 0 | 1 {
    const [a, b] = this.align(y);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** this = y. */
  eq(y: ExactDecimal | number): boolean {
    return this.cmp(y) === 0;
  }

  /** this > y. */
  gt(y: ExactDecimal | number): boolean {
    return this.cmp(y) > 0;
  }

  /** this ≥ y. */
  gte(y: ExactDecimal | number): boolean {
    return this.cmp(y) >= 0;
  }

  /** this < y. */
  lt(y: ExactDecimal | number): boolean {
    return this.cmp(y) < 0;
  }

  /** this ≤ y. */
  lte(y: ExactDecimal | number): boolean {
    return this.cmp(y) <= 0;
  }

  /** Rounded to `dp` decimals (negative: tens, hundreds…) by `mode` (default half away from zero). */
  round(dp = 0, mode: RoundingModeNumber = 1): ExactDecimal {
    if (dp >= this.scale) return this;
    const q = divRound(this.units, pow10(this.scale - dp), mode);
    return dp >= 0 ? new ExactDecimal(q, dp) : new ExactDecimal(q * pow10(-dp), 0);
  }

  /** this / y rounded to `dp` decimals by `mode` (y ≠ 0): the correctly rounded quotient. */
  div(y: ExactDecimal, dp: number, mode: RoundingModeNumber): ExactDecimal {
    let [n, d] = [this.units * pow10(y.scale + dp), y.units * pow10(this.scale)];
    if (d < 0n) [n, d] = [-n, -d];
    return new ExactDecimal(divRound(n, d, mode), dp);
  }

  /** The digits without trailing zeros, and the decimals they need. */
  private normal(): [string, number] {
    let { units, scale } = this;
    while (scale > 0 && units % 10n === 0n) [units, scale] = [units / 10n, scale - 1];
    return [(units < 0n ? -units : units).toString(), scale];
  }

  /**
   * Plain notation: with `dp`, rounded half away from zero and padded to exactly `dp` decimals;
   * without, every digit and no trailing zero.
   *
   * @example
   * ExactDecimal.parse("-2.50")!.toFixed(); // "-2.5"
   */
  toFixed(dp?: number): string {
    const x = dp === undefined ? this : this.round(dp);
    let [digits, scale] = x.normal();
    if (dp !== undefined && scale < dp) [digits, scale] = [digits + "0".repeat(dp - scale), dp];
    if (scale > 0) {
      digits = digits.padStart(scale + 1, "0");
      digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    }
    return x.units < 0n ? `-${digits}` : digits;
  }

  /** Plain notation between 1e-7 and 1e21, exponential notation outside (as JavaScript numbers print). */
  toString(): string {
    const [digits, scale] = this.normal();
    const e = digits.length - 1 - scale;
    if (digits === "0" || (e > -7 && e < 21)) return this.toFixed();
    const sign = this.units < 0n ? "-" : "";
    const rest = digits.slice(1).replace(/0+$/, "");
    return `${sign}${digits[0]}${rest ? `.${rest}` : ""}e${e < 0 ? "" : "+"}${e}`;
  }

  /** JSON shows the value as {@link toString} does. */
  toJSON(): string {
    return this.toString();
  }
}
