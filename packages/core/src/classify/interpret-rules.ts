/**
 * Rules, interpreted: conditions are evaluated in three-valued logic (holds, fails, unknown when
 * a fact it needs is missing) without short-circuit, so the trace says, per test, which fact
 * passed or failed which test. A missing fact is reported (fact_missing) only when it left a rule
 * undecided that could change the result.
 */
import { isAsIn } from "./lower.js";
import { exactOf, formatExact } from "../decimal/exact.js";
import type { IssueParams } from "../issues/issue.js";
import type { Condition, Threshold } from "../model/condition.js";
import type { OrdinalDimension, QuantityDimension } from "../model/scale.js";
import type { CheckedFact } from "./facts.js";
import type { RulesMethod } from "../model/method.js";
import type { EvalContext } from "./context.js";
import { mostSevere, optionsParam } from "./context.js";
import type { Span } from "./outcome.js";
import { MAYBE_SENTINEL, cannotDecide, SENTINEL_KEY, outcomeOfKey, resultKey, sentinelOf, traceRange, undetermined } from "./outcome.js";
import type { Sink } from "./sink.js";
import type { Scale } from "../model/scale.js";
import type { Bounds, Reason, RulesVerdict, Truth } from "./rules-common.js";
import { BAD_RANK, FALSE, TRUE, UNKNOWN, boundedReason, decideRules, combine, combineNot, compareBounds, extremeBounds, isPoint, percentBounds, point, reason, thresholdParam } from "./rules-common.js";

interface Eval {
  readonly t: Truth;
  readonly reasons: readonly Reason[];
}

function defect(ctx: EvalContext, code: string, params: IssueParams, at: string): Eval {
  ctx.sink.issue(code, "error", "", { ...params, at });
  return { t: UNKNOWN, reasons: [reason("trace_test_invalid", { at })] };
}

interface ThresholdValue {
  readonly bounds: Bounds;
  readonly text: string;
  readonly reasons: readonly Reason[];
}

/** What is known of a quantity fact: its value, or (missing) its dimension's declared range. */
export function quantityBounds(dim: QuantityDimension, fact: CheckedFact | undefined): Bounds {
  if (fact?.kind === "quantity") return point(fact.value);
  return { lo: dim.min === undefined ? null : exactOf(dim.min), hi: dim.max === undefined ? null : exactOf(dim.max) };
}

function evalThreshold(th: Threshold, ctx: EvalContext, at: string): ThresholdValue {
  if ("value" in th) {
    const v = exactOf(th.value);
    return { bounds: point(v), text: formatExact(v), reasons: [] };
  }
  if ("percentOf" in th) {
    const { dimension, percent } = th.percentOf;
    const p = exactOf(percent);
    const text = `${formatExact(p)}% \u00d7 ${dimension}`;
    const dim = ctx.dimension(dimension);
    if (dim?.type !== "quantity") {
      const { reasons } = defect(ctx, "classify_dimension_unknown", { dimension, expected: "quantity" }, `${at}/percentOf/dimension`);
      return { bounds: { lo: null, hi: null }, text, reasons };
    }
    const fact = ctx.fact(dimension);
    const bounds = percentBounds(quantityBounds(dim, fact), p);
    return { bounds, text, reasons: fact?.kind === "quantity" ? [] : [reason("trace_test_missing", { dimension })] };
  }
  const smaller = "smallerOf" in th;
  const list = smaller ? th.smallerOf : th.largerOf;
  const parts = list.map((t, i) => evalThreshold(t, ctx, `${at}/${smaller ? "smallerOf" : "largerOf"}/${i}`));
  const text = `${smaller ? "min" : "max"}(${parts.map((p) => p.text).join(", ")})`;
  return { bounds: extremeBounds(parts.map((p) => p.bounds), smaller), text, reasons: parts.flatMap((p) => p.reasons) };
}

/** True when an ordinal test holds whatever (non-empty) selection of options the missing fact turns out to be. */
export function holdsForEveryOption(dim: OrdinalDimension, c: Condition, bound: number): boolean {
  if ("is" in c) return holdsForEveryOption(dim, isAsIn(c), bound);
  if ("in" in c) return dim.options.every((o) => c.in.includes(o.code));
  if ("atLeast" in c) return bound === 0;
  return bound === dim.options.length - 1;
}

function evalCondition(c: Condition, ctx: EvalContext, at: string): Eval {
  // `is` never reaches the interpreter (lowerScale rewrites it); kept total all the same.
  if ("is" in c) return evalCondition(isAsIn(c), ctx, at);
  if ("all" in c) return combine(c.all.map((x, i) => evalCondition(x, ctx, `${at}/all/${i}`)), FALSE);
  if ("any" in c) return combine(c.any.map((x, i) => evalCondition(x, ctx, `${at}/any/${i}`)), TRUE);
  if ("not" in c) return combineNot(evalCondition(c.not, ctx, `${at}/not`));
  if ("always" in c) return { t: TRUE, reasons: [reason("trace_test_always", {})] };
  const dimension = c.dimension;
  const dim = ctx.dimension(dimension);
  if ("compare" in c) {
    if (dim?.type !== "quantity") return defect(ctx, "classify_dimension_unknown", { dimension, expected: "quantity" }, `${at}/dimension`);
    const fact = ctx.fact(dimension);
    const known = fact?.kind === "quantity";
    const fb = quantityBounds(dim, fact);
    const th = evalThreshold(c.threshold, ctx, `${at}/threshold`);
    const t = compareBounds(fb, c.compare, th.bounds);
    if (t === UNKNOWN) return { t, reasons: known ? th.reasons : [reason("trace_test_missing", { dimension }), ...th.reasons] };
    const held = t === TRUE;
    if (known && isPoint(th.bounds)) {
      return {
        t,
        reasons: [reason(held ? "trace_test_compare_held" : "trace_test_compare_failed", { dimension, fact: fact.text, ...thresholdParam(c.compare, th.text, th.bounds.lo) })],
      };
    }
    return { t, reasons: [boundedReason(held, dimension, known ? fact.text : null, fb, c.compare, th.text, th.bounds)] };
  }
  if (dim?.type !== "ordinal") return defect(ctx, "classify_dimension_unknown", { dimension, expected: "ordinal" }, `${at}/dimension`);
  // in: one of the options selected is listed; atLeast / atMost: the most severe one against a bound.
  const atLeast = "atLeast" in c;
  const option = "in" in c ? undefined : atLeast ? c.atLeast : c.atMost;
  const bound = option === undefined ? -1 : dim.options.findIndex((o) => o.code === option);
  if (option !== undefined && bound < 0) return defect(ctx, "classify_option_unknown", { dimension, option }, `${at}/${atLeast ? "atLeast" : "atMost"}`);
  const fact = ctx.fact(dimension);
  if (fact?.kind !== "options") {
    if (holdsForEveryOption(dim, c, bound)) return { t: TRUE, reasons: [reason("trace_test_any_option_held", { dimension })] };
    return { t: UNKNOWN, reasons: [reason("trace_test_missing", { dimension })] };
  }
  const factParam = optionsParam(dim, fact.indices);
  if ("in" in c) {
    const held = fact.indices.some((i) => c.in.includes(dim.options[i]!.code));
    return { t: held ? TRUE : FALSE, reasons: [reason(held ? "trace_test_in_held" : "trace_test_in_failed", { dimension, fact: factParam, options: c.in })] };
  }
  const top = mostSevere(fact.indices);
  const held = atLeast ? top >= bound : top <= bound;
  const kind = atLeast ? (held ? "trace_test_at_least_held" : "trace_test_at_least_failed") : held ? "trace_test_at_most_held" : "trace_test_at_most_failed";
  return { t: held ? TRUE : FALSE, reasons: [reason(kind, { dimension, fact: factParam, option: option! })] };
}

/** Reports the missing facts that left a rule undecided (only those decide anything). */
export function reportMissing(sink: EvalContext["sink"], reasons: readonly Reason[]): void {
  for (const r of reasons) if (r.kind === "trace_test_missing") sink.missing(String(r.params["dimension"]));
}

/**
 * Evaluates a rules method: first-match or most-severe. Every rule that could still matter is
 * evaluated (first-match stops only at a rule that holds); the level is decided when every way
 * the undecided rules could turn out gives the same level, else the range still possible is
 * written to the context and the missing facts of the undecided rules that matter are reported.
 */
export function interpretRules(method: RulesMethod, ctx: EvalContext, at: string): number {
  const { sink } = ctx;
  const firstMatch = method.strategy === "first-match";
  const n = method.rules.length;
  const truths = new Uint8Array(n);
  const ranks = new Int32Array(n);
  const reasonsOf: (readonly Reason[])[] = [];
  let count = 0;
  for (let i = 0; i < n; i++) {
    const rule = method.rules[i]!;
    const name = rule.id ?? `#${i + 1}`;
    const ev = evalCondition(rule.when, ctx, `${at}/rules/${i}/when`);
    const kind = ev.t === TRUE ? "trace_rule_fired" : ev.t === FALSE ? "trace_rule_not_applied" : "trace_rule_undecided";
    sink.step(kind, { rule: name, level: rule.level });
    for (const r of ev.reasons) sink.step(r.kind, r.params, 1 + r.depth);
    truths[i] = ev.t;
    const rank = resultKey(ctx.scale.levels, ctx.scale.sentinels, rule.level);
    ranks[i] = rank < 0 ? BAD_RANK : rank;
    reasonsOf.push(ev.reasons);
    count = i + 1;
    if (ev.t !== FALSE && rank < 0) sink.issue("classify_level_unknown", "error", "", { level: rule.level, at: `${at}/rules/${i}/level` });
    if (firstMatch && ev.t === TRUE) break;
  }
  const otherwise = method.otherwise === undefined ? -1 : resultKey(ctx.scale.levels, ctx.scale.sentinels, method.otherwise);
  const relevant = new Uint8Array(n);
  const verdict = decideRules(firstMatch, truths, ranks, count, otherwise < 0 && method.otherwise !== undefined ? BAD_RANK : otherwise, relevant, newVerdict());
  return finishRules(ctx, ctx.scale, sink, method, at, verdict, relevant, truths, count, (i) => reportMissing(sink, reasonsOf[i]!));
}

/** A blank verdict to fill. */
export function newVerdict(): RulesVerdict {
  return { rank: -1, rule: -1, lo: -1, hi: -1, bad: false, reachesDefault: false, levelLo: -1, levelHi: -1, sentinel: false };
}

/**
 * The closing steps of a rules method once decided (shared with the compiled classifier):
 * the deciding rule, the default, or the range still possible with the missing facts of the
 * undecided rules that matter (`report(i)` reports rule i's).
 */
export function finishRules(
  span: Span,
  scale: Scale,
  sink: Sink,
  method: RulesMethod,
  at: string,
  v: RulesVerdict,
  relevant: Uint8Array,
  truths: ArrayLike<number>,
  count: number,
  report: (rule: number) => void,
): number {
  const levels = scale.levels;
  if (v.bad) {
    if (v.reachesDefault && method.otherwise !== undefined && resultKey(levels, scale.sentinels, method.otherwise) < 0) {
      sink.issue("classify_level_unknown", "error", "", { level: method.otherwise, at: `${at}/otherwise` });
    }
    return cannotDecide(span, sink);
  }
  let open = false;
  for (let i = 0; i < count; i++) if (truths[i] === UNKNOWN) open = true;
  if (v.rank >= SENTINEL_KEY) {
    const rule = v.rule >= 0 ? (method.rules[v.rule]!.id ?? `#${v.rule + 1}`) : "otherwise";
    const outcome = outcomeOfKey(v.rank, scale.sentinels!.length);
    sink.step("trace_rules_sentinel", { rule, outcome: scale.sentinels![sentinelOf(outcome)]!.code });
    return outcome;
  }
  if (v.rank >= 0) {
    const level = levels[v.rank]!.code;
    if (v.rule >= 0 && method.strategy === "most-severe") sink.step("trace_rules_most_severe", { rule: method.rules[v.rule]!.id ?? `#${v.rule + 1}`, level });
    else if (open) sink.step("trace_rules_same_level", { level });
    else if (v.rule < 0) sink.step("trace_rules_otherwise", { level });
    return v.rank;
  }
  for (let i = 0; i < count; i++) if (relevant[i] === 1) report(i);
  if (v.hi < 0) {
    sink.step("trace_rules_none");
    sink.issue("classify_no_level", "warning", "", { method: "rules" });
    return undetermined(span);
  }
  return undecidedRules(span, sink, levels, v);
}

/** The closing step of undecided rules: the levels still possible, and any sentinel that is. */
export function undecidedRules(span: Span, sink: Sink | null, levels: readonly { readonly code: string }[], v: RulesVerdict): number {
  const lo = v.sentinel ? MAYBE_SENTINEL : v.lo < 0 ? -1 : v.levelLo;
  if (sink !== null) {
    if (v.sentinel) sink.step("trace_rules_maybe_sentinel");
    traceRange(sink, levels, lo, v.levelHi);
  }
  return undetermined(span, lo, v.levelHi);
}
