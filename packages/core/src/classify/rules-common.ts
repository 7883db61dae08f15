/** Three-valued logic and test wording shared by the interpreted and the compiled rules. */
import type { ExactDecimal } from "../decimal/exact.js";
import { exactOf, formatExact } from "../decimal/exact.js";
import type { IssueParams } from "../issues/issue.js";
import { OPERATOR_SYMBOLS, SENTINEL_KEY } from "./outcome.js";

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
 * all (`decisive` FALSE): fails if any part fails, else unknown if any is unknown, else holds;
 * any (`decisive` TRUE): holds if any part holds, else unknown if any is unknown, else fails. The
 * reasons are those of the parts that made the verdict (all parts when no part was decisive and
 * none unknown).
 */
export function combine(parts: readonly Evaluated[], decisive: Truth): { t: Truth; reasons: Reason[] } {
  const otherwise = decisive === TRUE ? FALSE : TRUE;
  let t: Truth = otherwise;
  for (const p of parts) {
    if (p.t === decisive) {
      t = decisive;
      break;
    }
    if (p.t === UNKNOWN) t = UNKNOWN;
  }
  return { t, reasons: reasonsOf(parts, t === otherwise ? -1 : t) };
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

/**
 * What is known of a quantity: the closed interval [lo, hi] it lies in, `null` for an unbounded
 * side. A known fact or a fixed threshold is a point (lo = hi); a missing fact spans its
 * dimension's declared range.
 */
export interface Bounds {
  readonly lo: ExactDecimal | null;
  readonly hi: ExactDecimal | null;
}

/** The bounds of a point. */
export function point(x: ExactDecimal): Bounds {
  return { lo: x, hi: x };
}

/** True when the bounds are one known value. */
export function isPoint(b: Bounds): b is { lo: ExactDecimal; hi: ExactDecimal } {
  return b.lo !== null && b.hi !== null && b.lo.eq(b.hi);
}

const HUNDREDTH = exactOf("0.01");

/** Bounds of `percent` % of a quantity within `b` (a negative percent swaps the sides). */
export function percentBounds(b: Bounds, percent: ExactDecimal): Bounds {
  const f = (x: ExactDecimal | null) => (x === null ? null : x.times(percent).times(HUNDREDTH));
  if (percent.lt(0)) return { lo: f(b.hi), hi: f(b.lo) };
  if (percent.eq(0)) return point(percent);
  return { lo: f(b.lo), hi: f(b.hi) };
}

/** Bounds of the smaller (or larger) of several quantities. */
export function extremeBounds(parts: readonly Bounds[], smaller: boolean): Bounds {
  let lo: ExactDecimal | null | undefined;
  let hi: ExactDecimal | null | undefined;
  for (const p of parts) {
    if (smaller) {
      // min: the low side is unbounded if any part's is; the high side is the least high side.
      lo = lo === undefined ? p.lo : lo === null || p.lo === null ? null : p.lo.lt(lo) ? p.lo : lo;
      hi = hi === undefined ? p.hi : hi === null ? p.hi : p.hi === null ? hi : p.hi.lt(hi) ? p.hi : hi;
    } else {
      lo = lo === undefined ? p.lo : lo === null ? p.lo : p.lo === null ? lo : p.lo.gt(lo) ? p.lo : lo;
      hi = hi === undefined ? p.hi : hi === null || p.hi === null ? null : p.hi.gt(hi) ? p.hi : hi;
    }
  }
  return { lo: lo ?? null, hi: hi ?? null };
}

/**
 * Three-valued comparison of a quantity within `f` with a threshold within `t`: holds (or fails)
 * when it holds (fails) for every pair of values in the bounds, else unknown.
 */
export function compareBounds(f: Bounds, op: keyof typeof OPERATOR_SYMBOLS, t: Bounds): Truth {
  const gt = (a: ExactDecimal | null, b: ExactDecimal | null) => a !== null && b !== null && a.gt(b);
  const gte = (a: ExactDecimal | null, b: ExactDecimal | null) => a !== null && b !== null && a.gte(b);
  switch (op) {
    case "gt":
      return gt(f.lo, t.hi) ? TRUE : gte(t.lo, f.hi) ? FALSE : UNKNOWN;
    case "gte":
      return gte(f.lo, t.hi) ? TRUE : gt(t.lo, f.hi) ? FALSE : UNKNOWN;
    case "lt":
      return gt(t.lo, f.hi) ? TRUE : gte(f.lo, t.hi) ? FALSE : UNKNOWN;
    case "lte":
      return gte(t.lo, f.hi) ? TRUE : gt(f.lo, t.hi) ? FALSE : UNKNOWN;
    case "eq":
      if (isPoint(f) && isPoint(t) && f.lo.eq(t.lo)) return TRUE;
      return gt(t.lo, f.hi) || gt(f.lo, t.hi) ? FALSE : UNKNOWN;
  }
}

/** The bounds as text for a trace: "≤ 1000000", "≥ 0", "∈ [0, 10]" (symbols read the same in every language). */
export function boundsText(b: Bounds): string {
  if (b.lo !== null && b.hi !== null) return `\u2208 [${formatExact(b.lo)}, ${formatExact(b.hi)}]`;
  if (b.hi !== null) return `\u2264 ${formatExact(b.hi)}`;
  if (b.lo !== null) return `\u2265 ${formatExact(b.lo)}`;
  return "\u2208 (-\u221e, \u221e)";
}

/** Marks a rule whose level the scale does not define. */
export const BAD_RANK = -2;

/**
 * The verdict of a rules method once its rules are evaluated (first-match stops after the first
 * rule that holds). `truths[i]`/`ranks[i]` for i < count, ranks being result keys (a level's
 * rank, or a sentinel's key: see `resultKey`); `otherwise` is the default's key, -1
 * without a default, {@link BAD_RANK} when it names no level. Writes `relevant[i]` = 1 for an
 * undecided rule whose truth could still change the result.
 */
export interface RulesVerdict {
  /** The level's rank when every completion gives it, else -1. */
  rank: number;
  /** Index of the deciding rule; -1 for the default (or none). */
  rule: number;
  /** Levels still possible: lowest (-1 when "no level" is possible too) and highest (-1 when no level is). */
  lo: number;
  hi: number;
  /** A rule (or the default) that could be reached names an unknown level. */
  bad: boolean;
  /** The default would be reached (no rule holds, or only undecided ones). */
  reachesDefault: boolean;
  /** Among the results still possible: the least and most severe levels (-1 when none), and whether a sentinel is one. */
  levelLo: number;
  levelHi: number;
  sentinel: boolean;
}

/** Decides a rules method from its evaluated rules (see {@link RulesVerdict}). */
export function decideRules(
  firstMatch: boolean,
  truths: ArrayLike<number>,
  ranks: ArrayLike<number>,
  count: number,
  otherwise: number,
  relevant: Uint8Array,
  out: RulesVerdict,
): RulesVerdict {
  let best = -1;
  let bestRule = -1;
  let bad = false;
  let anyUnknown = false;
  for (let i = 0; i < count; i++) {
    relevant[i] = 0;
    const t = truths[i]!;
    if (t === FALSE) continue;
    const r = ranks[i]!;
    if (r < 0) bad = true;
    if (t === UNKNOWN) anyUnknown = true;
    else if (bestRule < 0 || (!firstMatch && r > best)) {
      best = r;
      bestRule = i;
    }
  }
  const reachesDefault = bestRule < 0;
  if (reachesDefault && otherwise === BAD_RANK) bad = true;
  out.bad = bad;
  out.reachesDefault = reachesDefault;
  out.rank = -1;
  out.rule = -1;
  out.lo = -1;
  out.hi = -1;
  out.levelLo = -1;
  out.levelHi = -1;
  out.sentinel = false;
  if (bad) return out;
  const floor = reachesDefault ? otherwise : best;
  const none = floor < 0;
  widen(out, floor);
  if (anyUnknown) {
    if (firstMatch) {
      // Backwards: an undecided rule matters when what may follow it could give another result.
      for (let i = count - 1; i >= 0; i--) {
        if (truths[i] !== UNKNOWN) continue;
        const r = ranks[i]!;
        if (none || out.lo !== r || out.hi !== r) relevant[i] = 1;
        widen(out, r);
      }
    } else if (!reachesDefault) {
      // Something holds: only a more severe undecided rule could change the result.
      for (let i = 0; i < count; i++) {
        if (truths[i] === UNKNOWN && ranks[i]! > best) {
          relevant[i] = 1;
          widen(out, ranks[i]!);
        }
      }
    } else {
      let lowest = Infinity;
      for (let i = 0; i < count; i++) if (truths[i] === UNKNOWN && ranks[i]! < lowest) lowest = ranks[i]!;
      for (let i = 0; i < count; i++) {
        if (truths[i] !== UNKNOWN) continue;
        const r = ranks[i]!;
        // Without a default every undecided rule matters; with one, a rule of the default's level
        // matters only when a less severe undecided rule could hold alone.
        if (none || r !== floor || lowest < r) relevant[i] = 1;
        widen(out, r);
      }
    }
  }
  if (none) out.lo = -1;
  out.rank = !none && out.lo === out.hi ? out.lo : -1;
  out.rule = out.rank >= 0 && !reachesDefault ? bestRule : -1;
  return out;
}

/**
 * Adds a result key to the verdict's results still possible: keys `lo`..`hi` (the first key
 * sets both), and among them the levels `levelLo`..`levelHi` and whether a sentinel is (keys at
 * or above {@link SENTINEL_KEY}).
 */
function widen(out: RulesVerdict, r: number): void {
  if (out.hi < 0) out.lo = out.hi = r;
  else if (r < out.lo) out.lo = r;
  else if (r > out.hi) out.hi = r;
  if (r >= SENTINEL_KEY) out.sentinel = true;
  else if (r >= 0) {
    if (out.levelHi < 0 || r < out.levelLo) out.levelLo = r;
    if (r > out.levelHi) out.levelHi = r;
  }
}

/**
 * The reason of a comparison decided although a fact it reads is missing: the fact (or "?" with
 * its declared range) and the threshold with the bounds it is known to lie in.
 */
export function boundedReason(held: boolean, dimension: string, fact: string | null, factBounds: Bounds, op: keyof typeof OPERATOR_SYMBOLS, threshold: string, bounds: Bounds): Reason {
  const thresholdText = isPoint(bounds) ? `${threshold} = ${formatExact(bounds.lo)}` : `${threshold} ${boundsText(bounds)}`;
  return reason(held ? "trace_test_compare_bounded_held" : "trace_test_compare_bounded_failed", {
    dimension,
    fact: fact ?? `? ${boundsText(factBounds)}`,
    op: OPERATOR_SYMBOLS[op],
    threshold: thresholdText,
  });
}
