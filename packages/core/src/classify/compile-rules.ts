/**
 * Rules, compiled: each condition becomes a closure over dimension and option indices (option
 * sets as byte tables). Without a sink (batch) it short-circuits and builds nothing; with a sink
 * it evaluates every part and explains exactly as the interpreter does.
 */
import type { ExactDecimal } from "../decimal/exact.js";
import { exactOf, formatExact } from "../decimal/exact.js";
import type { IssueParams } from "../issues/issue.js";
import type { Condition, Threshold } from "../model/condition.js";
import type { RulesMethod } from "../model/method.js";
import { reportMissing } from "./interpret-rules.js";
import { UNDETERMINED } from "./outcome.js";
import type { Reason, Truth } from "./rules-common.js";
import { FALSE, TRUE, UNKNOWN, combineAll, combineAny, combineNot, compareExact, reason, thresholdParam } from "./rules-common.js";
import type { Sink } from "./sink.js";
import type { CompiledScale, Evaluator, FactVector } from "./vector.js";
import { ABSENT, SEVERAL, factParam, optionOf, rankOf } from "./vector.js";

/** A compiled condition: its truth; with a sink, its reasons are appended to `out`. */
type Node = (v: FactVector, s: Sink | null, out: Reason[] | null) => Truth;

/** A compiled threshold: its value (null when a fact it needs is missing). */
type ThresholdNode = (v: FactVector, s: Sink | null, out: Reason[] | null) => ExactDecimal | null;

interface CompiledThreshold {
  readonly eval: ThresholdNode;
  readonly text: string;
}

const HUNDREDTH = exactOf("0.01");
const NO_REASONS: readonly Reason[] = Object.freeze([]);

function defectNode(code: string, params: IssueParams, at: string): Node {
  return (_v, s, out) => {
    if (s !== null) {
      s.issue(code, "error", "", { ...params, at });
      out!.push(reason("trace_test_invalid", { at }));
    }
    return UNKNOWN;
  };
}

function compileThreshold(cs: CompiledScale, th: Threshold, at: string): CompiledThreshold {
  if ("value" in th) {
    const value = exactOf(th.value);
    return { eval: () => value, text: formatExact(value) };
  }
  if ("percentOf" in th) {
    const { dimension, percent } = th.percentOf;
    const pct = exactOf(percent);
    const text = `${formatExact(pct)}% \u00d7 ${dimension}`;
    const d = cs.dimIndex.get(dimension);
    if (d === undefined || cs.dims[d]!.type !== "quantity") {
      const where = `${at}/percentOf/dimension`;
      return {
        text,
        eval: (_v, s, out) => {
          if (s !== null) {
            s.issue("classify_dimension_unknown", "error", "", { dimension, expected: "quantity", at: where });
            out!.push(reason("trace_test_invalid", { at: where }));
          }
          return null;
        },
      };
    }
    return {
      text,
      eval: (v, s, out) => {
        const q = v.qty[d];
        if (q === null || q === undefined) {
          if (s !== null) out!.push(reason("trace_test_missing", { dimension }));
          return null;
        }
        return q.times(pct).times(HUNDREDTH);
      },
    };
  }
  const smaller = "smallerOf" in th;
  const list = smaller ? th.smallerOf : th.largerOf;
  const parts = list.map((t, i) => compileThreshold(cs, t, `${at}/${smaller ? "smallerOf" : "largerOf"}/${i}`));
  return {
    text: `${smaller ? "min" : "max"}(${parts.map((p) => p.text).join(", ")})`,
    eval: (v, s, out) => {
      let value: ExactDecimal | null = null;
      let unknown = false;
      for (const part of parts) {
        const x = part.eval(v, s, out);
        if (x === null) {
          unknown = true;
          if (s === null) return null;
        } else if (value === null || (smaller ? x.lt(value) : x.gt(value))) value = x;
      }
      return unknown ? null : value;
    },
  };
}

function compileCondition(cs: CompiledScale, c: Condition, at: string): Node {
  if ("all" in c || "any" in c) {
    const isAll = "all" in c;
    const parts = (isAll ? c.all : c.any).map((x, i) => compileCondition(cs, x, `${at}/${isAll ? "all" : "any"}/${i}`));
    return (v, s, out) => {
      if (s === null) {
        let unknown = false;
        for (const p of parts) {
          const t = p(v, null, null);
          if (t === (isAll ? FALSE : TRUE)) return t;
          if (t === UNKNOWN) unknown = true;
        }
        return unknown ? UNKNOWN : isAll ? TRUE : FALSE;
      }
      const evaluated: { t: Truth; reasons: Reason[] }[] = [];
      for (const p of parts) {
        const reasons: Reason[] = [];
        evaluated.push({ t: p(v, s, reasons), reasons });
      }
      const r = isAll ? combineAll(evaluated) : combineAny(evaluated);
      for (const x of r.reasons) out!.push(x);
      return r.t;
    };
  }
  if ("not" in c) {
    const inner = compileCondition(cs, c.not, `${at}/not`);
    return (v, s, out) => {
      if (s === null) {
        const t = inner(v, null, null);
        return t === TRUE ? FALSE : t === FALSE ? TRUE : UNKNOWN;
      }
      const reasons: Reason[] = [];
      const r = combineNot({ t: inner(v, s, reasons), reasons });
      for (const x of r.reasons) out!.push(x);
      return r.t;
    };
  }
  if ("always" in c) {
    return (_v, s, out) => {
      if (s !== null) out!.push(reason("trace_test_always", {}));
      return TRUE;
    };
  }
  const dimension = c.dimension;
  const d = cs.dimIndex.get(dimension);
  const dim = d === undefined ? undefined : cs.dims[d];
  if ("compare" in c) {
    if (d === undefined || dim?.type !== "quantity") return defectNode("classify_dimension_unknown", { dimension, expected: "quantity" }, `${at}/dimension`);
    const th = compileThreshold(cs, c.threshold, `${at}/threshold`);
    const op = c.compare;
    return (v, s, out) => {
      const q = v.qty[d];
      if (s === null) {
        if (q === null || q === undefined) return UNKNOWN;
        const t = th.eval(v, null, null);
        return t === null ? UNKNOWN : compareExact(q, op, t) ? TRUE : FALSE;
      }
      const missing = q === null || q === undefined;
      const reasons: Reason[] = [];
      const t = th.eval(v, s, reasons);
      if (missing || t === null) {
        if (missing) out!.push(reason("trace_test_missing", { dimension }));
        for (const x of reasons) out!.push(x);
        return UNKNOWN;
      }
      const held = compareExact(q, op, t);
      out!.push(reason(held ? "trace_test_compare_held" : "trace_test_compare_failed", { dimension, fact: v.qtyText[d]!, ...thresholdParam(op, th.text, t) }));
      return held ? TRUE : FALSE;
    };
  }
  if (d === undefined || dim?.type !== "ordinal") return defectNode("classify_dimension_unknown", { dimension, expected: "ordinal" }, `${at}/dimension`);
  const missingNode = (s: Sink | null, out: Reason[] | null): Truth => {
    if (s !== null) out!.push(reason("trace_test_missing", { dimension }));
    return UNKNOWN;
  };
  if ("in" in c) {
    const member = new Uint8Array(dim.options.length);
    dim.options.forEach((o, i) => {
      if (c.in.includes(o.code)) member[i] = 1;
    });
    const options = c.in;
    return (v, s, out) => {
      const o = v.one[d]!;
      if (o === ABSENT) return missingNode(s, out);
      let held: boolean;
      if (o !== SEVERAL) held = member[o] === 1;
      else held = v.many[d]!.some((i) => member[i] === 1);
      if (s !== null) out!.push(reason(held ? "trace_test_in_held" : "trace_test_in_failed", { dimension, fact: factParam(cs, v, d), options }));
      return held ? TRUE : FALSE;
    };
  }
  const atLeast = "atLeast" in c;
  const option = atLeast ? c.atLeast : c.atMost;
  const bound = optionOf(dim, option);
  if (bound < 0) return defectNode("classify_option_unknown", { dimension, option }, `${at}/${atLeast ? "atLeast" : "atMost"}`);
  const heldKind = atLeast ? "trace_test_at_least_held" : "trace_test_at_most_held";
  const failedKind = atLeast ? "trace_test_at_least_failed" : "trace_test_at_most_failed";
  return (v, s, out) => {
    const one = v.one[d]!;
    const top = one === SEVERAL ? v.top(d) : one;
    if (top < 0) return missingNode(s, out);
    const held = atLeast ? top >= bound : top <= bound;
    if (s !== null) out!.push(reason(held ? heldKind : failedKind, { dimension, fact: factParam(cs, v, d), option }));
    return held ? TRUE : FALSE;
  };
}

/** Compiles a rules method. */
export function compileRules(cs: CompiledScale, method: RulesMethod, at: string): Evaluator {
  const levels = cs.scale.levels;
  const rules = method.rules.map((rule, i) => ({
    name: rule.id ?? `#${i + 1}`,
    level: rule.level,
    rank: rankOf(cs, rule.level),
    when: compileCondition(cs, rule.when, `${at}/rules/${i}/when`),
    at: `${at}/rules/${i}/level`,
  }));
  const firstMatch = method.strategy === "first-match";
  const otherwise = method.otherwise;
  const otherwiseRank = otherwise === undefined ? -1 : rankOf(cs, otherwise);
  return (v, s) => {
    let best = -1;
    let bestRule = "";
    let pending = -1;
    let bad = false;
    const undecided: { rank: number; reasons: readonly Reason[] }[] = [];
    for (const rule of rules) {
      let t: Truth;
      let reasons: readonly Reason[] = NO_REASONS;
      if (s === null) t = rule.when(v, null, null);
      else {
        const own: Reason[] = [];
        reasons = own;
        t = rule.when(v, s, own);
        s.step(t === TRUE ? "trace_rule_fired" : t === FALSE ? "trace_rule_not_applied" : "trace_rule_undecided", { rule: rule.name, level: rule.level });
        for (const r of reasons) s.step(r.kind, r.params, 1 + r.depth);
      }
      if (t === FALSE) continue;
      if (rule.rank < 0) {
        s?.issue("classify_level_unknown", "error", "", { level: rule.level, at: rule.at });
        bad = true;
      }
      if (firstMatch) {
        if (t === UNKNOWN && s !== null) reportMissing(s, reasons);
        if (t === UNKNOWN || rule.rank < 0) {
          s?.step("trace_undecided");
          return UNDETERMINED;
        }
        return rule.rank;
      }
      if (t === UNKNOWN) {
        if (rule.rank > pending) pending = rule.rank;
        if (s !== null) undecided.push({ rank: rule.rank, reasons });
      } else if (rule.rank > best) {
        best = rule.rank;
        bestRule = rule.name;
      }
    }
    if (bad) {
      s?.step("trace_undecided");
      return UNDETERMINED;
    }
    if (!firstMatch && best >= 0) {
      if (pending > best) {
        if (s !== null) for (const u of undecided) if (u.rank > best) reportMissing(s, u.reasons);
        s?.step("trace_at_least", { level: levels[best]!.code });
        return UNDETERMINED;
      }
      s?.step("trace_rules_most_severe", { rule: bestRule, level: levels[best]!.code });
      return best;
    }
    if (pending >= 0) {
      if (s !== null) for (const u of undecided) reportMissing(s, u.reasons);
      s?.step("trace_undecided");
      return UNDETERMINED;
    }
    if (otherwise !== undefined) {
      if (otherwiseRank < 0) {
        s?.issue("classify_level_unknown", "error", "", { level: otherwise, at: `${at}/otherwise` });
        s?.step("trace_undecided");
        return UNDETERMINED;
      }
      s?.step("trace_rules_otherwise", { level: otherwise });
      return otherwiseRank;
    }
    s?.step("trace_rules_none");
    s?.issue("classify_no_level", "warning", "", { method: "rules" });
    return UNDETERMINED;
  };
}
