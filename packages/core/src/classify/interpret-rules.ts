/**
 * Rules, interpreted: conditions are evaluated in three-valued logic (holds, fails, unknown when
 * a fact it needs is missing) without short-circuit, so the trace says, per test, which fact
 * passed or failed which test. A missing fact is reported (fact_missing) only when it left a rule
 * undecided that could change the result.
 */
import type { ExactDecimal } from "../decimal/exact.js";
import { exactOf, formatExact } from "../decimal/exact.js";
import type { IssueParams } from "../issues/issue.js";
import type { Condition, Threshold } from "../model/condition.js";
import type { RulesMethod } from "../model/method.js";
import type { EvalContext } from "./context.js";
import { mostSevere, optionsParam } from "./context.js";
import { UNDETERMINED } from "./outcome.js";
import type { Reason, Truth } from "./rules-common.js";
import { FALSE, TRUE, UNKNOWN, combineAll, combineAny, combineNot, compareExact, reason, thresholdParam } from "./rules-common.js";

interface Eval {
  readonly t: Truth;
  readonly reasons: readonly Reason[];
}

function defect(ctx: EvalContext, code: string, params: IssueParams, at: string): Eval {
  ctx.sink.issue(code, "error", "", { ...params, at });
  return { t: UNKNOWN, reasons: [reason("trace_test_invalid", { at })] };
}

interface ThresholdValue {
  readonly value: ExactDecimal | null;
  readonly text: string;
  readonly reasons: Reason[];
  readonly bad: boolean;
}

const HUNDREDTH = exactOf("0.01");

function evalThreshold(th: Threshold, ctx: EvalContext, at: string): ThresholdValue {
  if ("value" in th) {
    const v = exactOf(th.value);
    return { value: v, text: formatExact(v), reasons: [], bad: false };
  }
  if ("percentOf" in th) {
    const { dimension, percent } = th.percentOf;
    const p = exactOf(percent);
    const text = `${formatExact(p)}% \u00d7 ${dimension}`;
    const dim = ctx.dimension(dimension);
    if (dim?.type !== "quantity") {
      ctx.sink.issue("classify_dimension_unknown", "error", "", { dimension, expected: "quantity", at: `${at}/percentOf/dimension` });
      return { value: null, text, reasons: [reason("trace_test_invalid", { at: `${at}/percentOf/dimension` })], bad: true };
    }
    const fact = ctx.fact(dimension);
    if (fact?.kind !== "quantity") {
      return { value: null, text, reasons: [reason("trace_test_missing", { dimension })], bad: false };
    }
    return { value: fact.value.times(p).times(HUNDREDTH), text, reasons: [], bad: false };
  }
  const smaller = "smallerOf" in th;
  const list = smaller ? th.smallerOf : th.largerOf;
  const parts = list.map((t, i) => evalThreshold(t, ctx, `${at}/${smaller ? "smallerOf" : "largerOf"}/${i}`));
  const text = `${smaller ? "min" : "max"}(${parts.map((p) => p.text).join(", ")})`;
  let value: ExactDecimal | null = null;
  let unknown = false;
  for (const p of parts) {
    if (p.value === null) unknown = true;
    else if (value === null || (smaller ? p.value.lt(value) : p.value.gt(value))) value = p.value;
  }
  return { value: unknown ? null : value, text, reasons: parts.flatMap((p) => p.reasons), bad: parts.some((p) => p.bad) };
}

function evalCondition(c: Condition, ctx: EvalContext, at: string): Eval {
  if ("all" in c) return combineAll(c.all.map((x, i) => evalCondition(x, ctx, `${at}/all/${i}`)));
  if ("any" in c) return combineAny(c.any.map((x, i) => evalCondition(x, ctx, `${at}/any/${i}`)));
  if ("not" in c) return combineNot(evalCondition(c.not, ctx, `${at}/not`));
  if ("always" in c) return { t: TRUE, reasons: [reason("trace_test_always", {})] };
  const dimension = c.dimension;
  const dim = ctx.dimension(dimension);
  if ("compare" in c) {
    if (dim?.type !== "quantity") return defect(ctx, "classify_dimension_unknown", { dimension, expected: "quantity" }, `${at}/dimension`);
    const fact = ctx.fact(dimension);
    const th = evalThreshold(c.threshold, ctx, `${at}/threshold`);
    if (fact?.kind !== "quantity" || th.value === null) {
      const reasons = fact?.kind !== "quantity" ? [reason("trace_test_missing", { dimension }), ...th.reasons] : th.reasons;
      return { t: UNKNOWN, reasons };
    }
    const held = compareExact(fact.value, c.compare, th.value);
    return {
      t: held ? TRUE : FALSE,
      reasons: [reason(held ? "trace_test_compare_held" : "trace_test_compare_failed", { dimension, fact: fact.text, ...thresholdParam(c.compare, th.text, th.value) })],
    };
  }
  if (dim?.type !== "ordinal") return defect(ctx, "classify_dimension_unknown", { dimension, expected: "ordinal" }, `${at}/dimension`);
  let bound = -1;
  if ("atLeast" in c || "atMost" in c) {
    const option = "atLeast" in c ? c.atLeast : c.atMost;
    bound = dim.options.findIndex((o) => o.code === option);
    if (bound < 0) return defect(ctx, "classify_option_unknown", { dimension, option }, `${at}/${"atLeast" in c ? "atLeast" : "atMost"}`);
  }
  const fact = ctx.fact(dimension);
  if (fact?.kind !== "options") {
    return { t: UNKNOWN, reasons: [reason("trace_test_missing", { dimension })] };
  }
  const factParam = optionsParam(dim, fact.indices);
  if ("in" in c) {
    const held = fact.indices.some((i) => c.in.includes(dim.options[i]!.code));
    return { t: held ? TRUE : FALSE, reasons: [reason(held ? "trace_test_in_held" : "trace_test_in_failed", { dimension, fact: factParam, options: c.in })] };
  }
  const top = mostSevere(fact.indices);
  if ("atLeast" in c) {
    const held = top >= bound;
    return { t: held ? TRUE : FALSE, reasons: [reason(held ? "trace_test_at_least_held" : "trace_test_at_least_failed", { dimension, fact: factParam, option: c.atLeast })] };
  }
  const held = top <= bound;
  return { t: held ? TRUE : FALSE, reasons: [reason(held ? "trace_test_at_most_held" : "trace_test_at_most_failed", { dimension, fact: factParam, option: c.atMost })] };
}

/** Reports the missing facts that left a rule undecided (only those decide anything). */
export function reportMissing(sink: EvalContext["sink"], reasons: readonly Reason[]): void {
  for (const r of reasons) if (r.kind === "trace_test_missing") sink.missing(String(r.params["dimension"]));
}

/** Evaluates a rules method: first-match or most-severe. */
export function interpretRules(method: RulesMethod, ctx: EvalContext, at: string): number {
  const { sink } = ctx;
  let best = -1;
  let bestRule = "";
  let pending = -1; // most severe rank among undecided rules (most-severe strategy)
  const undecided: { rank: number; reasons: readonly Reason[] }[] = [];
  let bad = false;
  for (let i = 0; i < method.rules.length; i++) {
    const rule = method.rules[i]!;
    const name = rule.id ?? `#${i + 1}`;
    const ev = evalCondition(rule.when, ctx, `${at}/rules/${i}/when`);
    const kind = ev.t === TRUE ? "trace_rule_fired" : ev.t === FALSE ? "trace_rule_not_applied" : "trace_rule_undecided";
    sink.step(kind, { rule: name, level: rule.level });
    for (const r of ev.reasons) sink.step(r.kind, r.params, 1 + r.depth);
    if (ev.t === FALSE) continue;
    const rank = ctx.levelRank(rule.level);
    if (rank < 0) {
      sink.issue("classify_level_unknown", "error", "", { level: rule.level, at: `${at}/rules/${i}/level` });
      bad = true;
    }
    if (method.strategy === "first-match") {
      if (ev.t === UNKNOWN) reportMissing(ctx.sink, ev.reasons);
      if (ev.t === UNKNOWN || rank < 0) {
        sink.step("trace_undecided");
        return UNDETERMINED;
      }
      return rank;
    }
    if (ev.t === UNKNOWN) {
      if (rank > pending) pending = rank;
      undecided.push({ rank, reasons: ev.reasons });
    } else if (rank > best) {
      best = rank;
      bestRule = name;
    }
  }
  if (bad) {
    sink.step("trace_undecided");
    return UNDETERMINED;
  }
  if (method.strategy === "most-severe" && best >= 0) {
    const level = ctx.scale.levels[best]!.code;
    if (pending > best) {
      for (const u of undecided) if (u.rank > best) reportMissing(sink, u.reasons);
      sink.step("trace_at_least", { level });
      return UNDETERMINED;
    }
    sink.step("trace_rules_most_severe", { rule: bestRule, level });
    return best;
  }
  if (pending >= 0) {
    for (const u of undecided) reportMissing(sink, u.reasons);
    sink.step("trace_undecided");
    return UNDETERMINED;
  }
  if (method.otherwise !== undefined) {
    const rank = ctx.levelRank(method.otherwise);
    if (rank < 0) {
      sink.issue("classify_level_unknown", "error", "", { level: method.otherwise, at: `${at}/otherwise` });
      sink.step("trace_undecided");
      return UNDETERMINED;
    }
    sink.step("trace_rules_otherwise", { level: method.otherwise });
    return rank;
  }
  sink.step("trace_rules_none");
  sink.issue("classify_no_level", "warning", "", { method: "rules" });
  return UNDETERMINED;
}
