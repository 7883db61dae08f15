/**
 * Numbers as a locale writes them: the shortest form that reads back as the same number, with the
 * locale's decimal separator (`0.56`, French, Spanish and Portuguese `0,56`). Hand-written rather
 * than `Intl.NumberFormat`, whose output (grouping, minus sign, rounding) differs across runtimes and
 * versions: the same number gives the same text everywhere.
 */
import type { MessageTerms } from "./locale.js";

/** What {@link formatNumber} needs of a locale: its terms' decimal separator. */
export interface NumberLocale {
  readonly terms: Pick<MessageTerms, "decimal">;
}

/** A numeral in exponent form (`1.5e-7`, `1e+21`) written out in full (`0.00000015`, `1000…0`). */
function withoutExponent(s: string): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (m === null) return s;
  const [, sign, head, tail = "", exponent] = m;
  const digits = head! + tail;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * A number in a locale's form: the shortest decimal that reads back as the same number (as
 * `String(n)` gives it), never in exponent form, without grouping, with the locale's decimal
 * separator. Integers are unchanged; `-0` is `0`; a non-finite number is written as `String(n)`.
 *
 * @example
 * formatNumber(0.56, fr) // "0,56"
 * formatNumber(-1.5e-7, en) // "-0.00000015"
 */
export function formatNumber(n: number, locale: NumberLocale): string {
  const s = Number.isFinite(n) ? withoutExponent(String(n)) : String(n);
  return locale.terms.decimal === "." ? s : s.replace(".", locale.terms.decimal);
}

/**
 * A decimal numeral given as text (an exact score in a trace, `"0.15"`, `"-2.5"`, `"33.333333333333… (100/3)"`) in a
 * locale's form; any other text is returned as it is.
 */
export function formatNumeral(text: string, locale: NumberLocale): string {
  return locale.terms.decimal !== "." && /^-?\d+\.\d+(?:… \(-?\d+\/\d+\))?$/.test(text) ? text.replace(".", locale.terms.decimal) : text;
}
