/** Three-valued logic and test wording shared by the interpreted and the compiled rules. */
import type { ExactDecimal } from "../decimal/exact.js";
import { formatExact } from "../decimal/exact.js";
import type { IssueParams } from "../issues/issue.js";
import { OPERATOR_SYMBOLS } from "./outcome.js";

/** Truth of a condition: fails, holds, or unknown (a fact it needs is missing). */
export type Truth = 0 | 1 | 2;
export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;

/** One reason under a rule's trace step; `depth` nests under a `not`. */
export interface Reason {
  readonly kind: string;
  readonly params: IssueParams;
  readonly depth: number;
}

/** A reason at depth 0. */
export function reason(kind: string, params: IssueParams): Reason {
  return { kind, params, depth: 0 };
}

interface Evaluated {
  readonly t: Truth;
  readonly reasons: readonly Reason[];
}

/**
 * all: fails if any part fails, else unknown if any is unknown, else holds. The reasons are those
 * of the parts that made the verdict (all parts when it holds).
 */
export function combineAll(parts: readonly Evaluated[]): { t: Truth; reasons: Reason[] } {
  let t: Truth = TRUE;
  for (const p of parts) {
    if (p.t === FALSE) {
      t = FALSE;
      break;
    }
    if (p.t === UNKNOWN) t = UNKNOWN;
  }
  return { t, reasons: reasonsOf(parts, t === TRUE ? -1 : t) };
}

/** any: holds if any part holds, else unknown if any is unknown, else fails (reasons: all parts). */
export function combineAny(parts: readonly Evaluated[]): { t: Truth; reasons: Reason[] } {
  let t: Truth = FALSE;
  for (const p of parts) {
    if (p.t === TRUE) {
      t = TRUE;
      break;
    }
    if (p.t === UNKNOWN) t = UNKNOWN;
  }
  return { t, reasons: reasonsOf(parts, t === FALSE ? -1 : t) };
}

/** The reasons of the parts whose truth is `only` (every part when -1), in order (loops: flatMap is slow). */
function reasonsOf(parts: readonly Evaluated[], only: number): Reason[] {
  const out: Reason[] = [];
  for (const p of parts) {
    if (only !== -1 && p.t !== only) continue;
    for (const r of p.reasons) out.push(r);
  }
  return out;
}

/** not: swaps holds and fails; the inner reasons follow a "negated test" step. */
export function combineNot(inner: Evaluated): { t: Truth; reasons: Reason[] } {
  const t: Truth = inner.t === TRUE ? FALSE : inner.t === FALSE ? TRUE : UNKNOWN;
  return { t, reasons: [reason("trace_test_not", {}), ...inner.reasons.map((r) => ({ ...r, depth: r.depth + 1 }))] };
}

/** Exact comparison of a fact with a threshold. */
export function compareExact(value: ExactDecimal, op: keyof typeof OPERATOR_SYMBOLS, threshold: ExactDecimal): boolean {
  const c = value.cmp(threshold);
  return op === "gt" ? c > 0 : op === "gte" ? c >= 0 : op === "lt" ? c < 0 : op === "lte" ? c <= 0 : c === 0;
}

/** The operator and threshold of a comparison step: "min(500000, 5% × turnover) = 500000", or just the value. */
export function thresholdParam(op: keyof typeof OPERATOR_SYMBOLS, text: string, value: ExactDecimal): IssueParams {
  const v = formatExact(value);
  return { op: OPERATOR_SYMBOLS[op], threshold: text === v ? v : `${text} = ${v}` };
}
