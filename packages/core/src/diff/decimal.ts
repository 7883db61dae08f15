/**
 * Exact decimals for the boundary values of quantity dimensions: a coefficient and a scale
 * (value = coef / 10^scale), so "t − 1 step, t, t + 1 step" never suffers binary rounding.
 */

/** An exact decimal: `coef / 10^scale`. */
export interface Dec {
  readonly coef: bigint;
  readonly scale: number;
}

const DECIMAL_RE = /^(-)?(\d+)(?:\.(\d+))?$/;

/** Reads a JSON number or decimal string; null when it is neither (or not finite). */
export function toDec(value: unknown): Dec | null {
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    if (Number.isInteger(value)) return { coef: BigInt(value), scale: 0 };
    text = String(value);
    // Tiny or huge numbers print with an exponent; a fixed rendering is close enough for a
    // boundary candidate (the exact figure is a JSON number already rounded by the parser).
    if (/e/i.test(text)) text = value.toFixed(20).replace(/0+$/, "");
  } else if (typeof value === "string") {
    text = value;
  } else return null;
  const m = DECIMAL_RE.exec(text);
  if (!m) return null;
  const frac = m[3] ?? "";
  const coef = BigInt(`${m[2]}${frac}`);
  return { coef: m[1] ? -coef : coef, scale: frac.length };
}

function rescale(d: Dec, scale: number): bigint {
  return d.coef * 10n ** BigInt(scale - d.scale);
}

/** Number of decimals a value is written with. */
export function decimalsOf(d: Dec): number {
  return d.scale;
}

/** a + b. */
export function decAdd(a: Dec, b: Dec): Dec {
  const scale = Math.max(a.scale, b.scale);
  return { coef: rescale(a, scale) + rescale(b, scale), scale };
}

/** a × b. */
export function decMul(a: Dec, b: Dec): Dec {
  return { coef: a.coef * b.coef, scale: a.scale + b.scale };
}

/** a / 10^k (exact). */
export function decShift(a: Dec, k: number): Dec {
  return { coef: a.coef, scale: a.scale + k };
}

/** -1, 0 or 1 as a <, =, > b. */
export function decCompare(a: Dec, b: Dec): number {
  const scale = Math.max(a.scale, b.scale);
  const x = rescale(a, scale);
  const y = rescale(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** One unit in the last place of `decimals` decimals: 10^-decimals. */
export function decStep(decimals: number): Dec {
  return { coef: 1n, scale: decimals };
}

/** The largest integer ≤ a. */
export function decFloor(a: Dec): Dec {
  if (a.scale === 0) return a;
  const p = 10n ** BigInt(a.scale);
  let q = a.coef / p;
  if (a.coef < 0n && q * p !== a.coef) q -= 1n;
  return { coef: q, scale: 0 };
}

/** The smallest integer ≥ a. */
export function decCeil(a: Dec): Dec {
  const f = decFloor(a);
  return decCompare(f, a) === 0 ? f : { coef: f.coef + 1n, scale: 0 };
}

/** Canonical text: no trailing zeros after the point, no "-0". */
export function decToString(a: Dec): string {
  let coef = a.coef;
  let scale = a.scale;
  while (scale > 0 && coef % 10n === 0n) {
    coef /= 10n;
    scale--;
  }
  const neg = coef < 0n;
  let digits = (neg ? -coef : coef).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, "0");
    digits = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  }
  return neg && coef !== 0n ? `-${digits}` : digits;
}

/**
 * The value as an incident fact: a JSON number when the number prints back as the same text
 * (so it is exact), else the decimal string.
 */
export function decToFact(a: Dec): number | string {
  const text = decToString(a);
  const n = Number(text);
  return String(n) === text ? n : text;
}

/** A float rounded to `decimals` decimals, as an exact decimal (for approximate inversions). */
export function decFromFloat(x: number, decimals: number): Dec | null {
  if (!Number.isFinite(x) || Math.abs(x) > 1e21) return null;
  return toDec(x.toFixed(Math.min(Math.max(decimals, 0), 20)));
}
