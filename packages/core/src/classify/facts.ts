/**
 * Checking one incident's facts against a scale's dimensions. Facts are JSON:
 * `{ "<dimension>": "<option>" | ["<option>", ...] | <number> | "<decimal>" | {"value": <number>, "unit": "<unit>"} | null }`.
 * Bad facts become coded issues (pointers into the facts), never exceptions.
 */
import { isRecord } from "../parse/json-value.js";
import type { ExactDecimal } from "../decimal/exact.js";
import { formatExact, toExact } from "../decimal/exact.js";
import type { Issue } from "../issues/issue.js";
import { escapePointerToken } from "../issues/issue.js";
import type { Dimension, OrdinalDimension } from "../model/scale.js";
import { isBooleanDimension, lowerDimension } from "./lower.js";
import { optionsParam } from "./context.js";

/** A checked fact: the selected options (indices into the dimension's options, in the order given) or an exact quantity. */
export type CheckedFact =
  | { readonly kind: "options"; readonly indices: readonly number[] }
  | { readonly kind: "quantity"; readonly value: ExactDecimal; readonly text: string };

/** The JSON type of a value, for messages ("integer" and "number" are both "number"). */
export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const t = typeof value;
  return t === "object" ? "object" : t === "string" || t === "number" || t === "boolean" ? t : `non-JSON ${t}`;
}

export { isRecord };

/** Own enumerable property of a record, or undefined (never reads the prototype chain). */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

// Option indices per dimension, built once: a facts file may name many options, a dimension hold many.
const OPTION_INDEX = new WeakMap<object, Map<string, number>>();

/** Index of an option code in a dimension (first occurrence), -1 when absent. Constant time after the first call. */
export function optionIndex(dim: OrdinalDimension, code: string): number {
  let index = OPTION_INDEX.get(dim);
  if (index === undefined) {
    index = new Map();
    dim.options.forEach((o, i) => {
      if (!index!.has(o.code)) index!.set(o.code, i);
    });
    OPTION_INDEX.set(dim, index);
  }
  return index.get(code) ?? -1;
}

function wrongTypeOf(issues: Issue[], dimension: string) {
  return (at: string, got: unknown, expected: string[]) =>
    issues.push({ code: "fact_wrong_type", severity: "error", pointer: at, params: { dimension, got: jsonType(got), expected } });
}

function unknownOptionOf(issues: Issue[], dim: OrdinalDimension) {
  // One list shared by every issue about this dimension: many unknown options must not copy it each time.
  let options: string[] | undefined;
  return (at: string, option: string) =>
    issues.push({ code: "fact_unknown_option", severity: "error", pointer: at, params: { dimension: dim.code, option, options: (options ??= dim.options.map((o) => o.code)) } });
}

/**
 * The option a non-string fact stands for: `true` / `false` for a boolean dimension's options, or
 * a number for the option whose code is that number written canonically (`2` for `"2"`, with an
 * info `fact_number_as_option`). -1 when the fact is no such value.
 */
function optionByValue(dim: OrdinalDimension, raw: unknown, at: string, issues: Issue[]): number {
  if (typeof raw === "boolean") return optionIndex(dim, String(raw));
  if (typeof raw !== "number") return -1;
  const exact = toExact(raw);
  if (exact === null) return -1;
  const option = formatExact(exact);
  const i = optionIndex(dim, option);
  if (i >= 0) issues.push({ code: "fact_number_as_option", severity: "info", pointer: at, params: { dimension: dim.code, option } });
  return i;
}

/**
 * Checks one fact against its dimension (boolean and nominal dimensions are read as options, see
 * `lower.ts`). Returns the checked fact, `"missing"` for `null` or an
 * empty list (a fact explicitly not known), or `"invalid"` after pushing the issues.
 */
export function checkFact(given: Dimension, raw: unknown, issues: Issue[]): CheckedFact | "missing" | "invalid" {
  if (raw === null || raw === undefined) return "missing";
  const dim = lowerDimension(given);
  // A boolean takes true / false (or their option codes "true" / "false", which the compiled path reads directly).
  if (isBooleanDimension(dim) && typeof raw !== "boolean" && raw !== "true" && raw !== "false") {
    wrongTypeOf(issues, given.code)(`/${escapePointerToken(given.code)}`, raw, ["boolean"]);
    return "invalid";
  }
  const dimension = dim.code;
  if (dim.type === "ordinal" && typeof raw === "string") {
    // The common case first, allocating nothing; else the string names no option.
    const i = optionIndex(dim, raw);
    if (i >= 0) return { kind: "options", indices: [i] };
    unknownOptionOf(issues, dim)(`/${escapePointerToken(dimension)}`, raw);
    return "invalid";
  }
  const pointer = `/${escapePointerToken(dimension)}`;
  const wrongType = wrongTypeOf(issues, dimension);
  if (dim.type === "ordinal") {
    const unknown = unknownOptionOf(issues, dim);
    const viaValue = optionByValue(dim, raw, pointer, issues);
    if (viaValue >= 0) return { kind: "options", indices: [viaValue] };
    if (Array.isArray(raw)) {
      if (raw.length === 0) return "missing";
      let ok = true;
      if (raw.length > 1 && dim.multiple !== true) {
        issues.push({ code: "fact_multiple_not_allowed", severity: "error", pointer, params: { dimension, count: raw.length } });
        ok = false;
      }
      const indices: number[] = [];
      raw.forEach((item: unknown, k) => {
        const at = `${pointer}/${k}`;
        const byValue = optionByValue(dim, item, at, issues);
        if (byValue >= 0) {
          indices.push(byValue);
          return;
        }
        if (typeof item !== "string") {
          wrongType(at, item, ["string"]);
          ok = false;
          return;
        }
        const i = optionIndex(dim, item);
        if (i < 0) {
          unknown(at, item);
          ok = false;
        } else indices.push(i);
      });
      return ok ? { kind: "options", indices } : "invalid";
    }
    wrongType(pointer, raw, dim.multiple === true ? ["string", "array"] : ["string"]);
    return "invalid";
  }
  // Quantity: a number, a decimal string, or { value, unit }.
  let value: unknown = raw;
  if (isRecord(raw)) {
    const keys = Object.keys(raw);
    if (!keys.includes("value") || keys.some((k) => k !== "value" && k !== "unit")) {
      wrongType(pointer, raw, ["number", "object {value, unit}"]);
      return "invalid";
    }
    const unit = own(raw, "unit");
    if (unit !== undefined && typeof unit !== "string") {
      wrongType(`${pointer}/unit`, unit, ["string"]);
      return "invalid";
    }
    if (typeof unit === "string" && unit !== dim.unit) {
      issues.push({ code: "fact_wrong_unit", severity: "error", pointer: `${pointer}/unit`, params: { dimension, unit, expected: dim.unit } });
      return "invalid";
    }
    value = own(raw, "value");
  }
  const at = value === raw ? pointer : `${pointer}/value`;
  const exact = toExact(value);
  if (exact === null) {
    wrongType(at, value, ["number", "decimal string"]);
    return "invalid";
  }
  const text = formatExact(exact);
  const min = dim.min === undefined ? null : toExact(dim.min);
  const max = dim.max === undefined ? null : toExact(dim.max);
  if ((min !== null && exact.lt(min)) || (max !== null && exact.gt(max))) {
    issues.push({
      code: "fact_out_of_range",
      severity: "error",
      pointer: at,
      params: { dimension, value: text, min: min === null ? "-\u221e" : formatExact(min), max: max === null ? "\u221e" : formatExact(max) },
    });
    return "invalid";
  }
  if (dim.integer === true && !exact.round(0, 0).eq(exact)) {
    issues.push({ code: "fact_not_integer", severity: "error", pointer: at, params: { dimension, value: text } });
    return "invalid";
  }
  return { kind: "quantity", value: exact, text };
}

/** Options of a classification. */
export interface ClassifyOptions {
  /**
   * Assume each dimension's declared `assume` value when the facts do not mention it (default
   * true). False: a fact not given stays unknown, and the result says what it would need.
   */
  readonly assume?: boolean;
}

/** A fact a dimension assumes when none is given, checked once. */
export interface AssumedFact {
  readonly dimension: string;
  readonly fact: CheckedFact;
  /** The assumed value as a trace parameter. */
  readonly value: string | readonly string[];
}

/** The facts the scale's dimensions assume (first dimension of each code), or none when assumptions are off. */
export function assumedFacts(dimensions: readonly Dimension[], options: ClassifyOptions | undefined): AssumedFact[] {
  if (options?.assume === false) return [];
  const out: AssumedFact[] = [];
  const seen = new Set<string>();
  for (const dim of dimensions) {
    if (seen.has(dim.code)) continue;
    seen.add(dim.code);
    if (dim.assume === undefined) continue;
    const fact = checkFact(dim, dim.assume, []);
    if (typeof fact !== "object") continue; // validation reports it (dimension_assume_invalid)
    const value = fact.kind === "quantity" ? fact.text : optionsParam(lowerDimension(dim) as OrdinalDimension, fact.indices);
    out.push({ dimension: dim.code, fact, value });
  }
  return out;
}
