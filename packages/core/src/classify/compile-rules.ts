/**
 * Rules, compiled: each condition becomes a closure over dimension and option indices (option
 * sets as byte tables). Without a sink (batch) it short-circuits and builds nothing; with a sink
 * it evaluates every part and explains exactly as the interpreter does.
 */
import { isAsIn } from "./lower.js";
import { exactOf, formatExact } from "../decimal/exact.js";
import type { Issue, IssueParams } from "../issues/issue.js";
import type { Condition, Threshold } from "../model/condition.js";
import type { RulesMethod } from "../model/method.js";
import type { QuantityDimension } from "../model/scale.js";
import { finishRules, holdsForEveryOption, newVerdict, quantityBounds, undecidedRules } from "./interpret-rules.js";
import { outcomeOfKey, resultKey, undetermined } from "./outcome.js";
import type { Bounds, Reason, Truth } from "./rules-common.js";
import type { TraceStep } from "./result.js";
import {
  BAD_RANK,
  FALSE,
  TRUE,
  UNKNOWN,
  boundedReason,
  compareBounds,
  decideRules,
  extremeBounds,
  isPoint,
  percentBounds,
  point,
  reason,
  thresholdParam,
} from "./rules-common.js";
import { Sink } from "./sink.js";
import type { CompiledScale, Evaluator, FactVector } from "./vector.js";
import { ABSENT, SEVERAL, factParam, optionOf } from "./vector.js";

/**
 * A compiled condition: its truth. With a sink, defects become issues; with `out`, its trace steps
 * are appended, ready-made (trace mode: every part evaluated; steps that depend only on the
 * scale and an option are built once, at compile time); with `miss`, the dimension indices of the
 * missing facts that leave it undecided are appended (only when it returns UNKNOWN).
 */
type Node = (v: FactVector, s: Sink | null, out: Buffer<TraceStep> | null, miss: Buffer<number> | null) => Truth;

/** A compiled threshold: the bounds its value lies in. */
type ThresholdNode = (v: FactVector, s: Sink | null, out: Buffer<TraceStep> | null, miss: Buffer<number> | null) => Bounds;

/** A stack that is truncated by moving its top (setting an array's length is slow). */
class Buffer<T> {
  readonly items: T[] = [];
  n = 0;
  push(x: T): void {
    this.items[this.n++] = x;
  }
}

interface CompiledThreshold {
  readonly eval: ThresholdNode;
  readonly text: string;
}

/** Where a test's steps sit in the trace: depth (1 under its rule, one more per `not`) and composite component. */
interface Place {
  readonly depth: number;
  readonly component: string | undefined;
}

const UNBOUNDED: Bounds = Object.freeze({ lo: null, hi: null });

/** A trace step as the sink writes it (same keys, same order). */
function stepAt(place: Place, r: Reason): TraceStep {
  const depth = place.depth + r.depth;
  return place.component === undefined ? { kind: r.kind, params: r.params, depth } : { kind: r.kind, params: r.params, depth, component: place.component };
}

/** A step built once and shared by every result (frozen, so no result can change another's). */
function fixedStep(place: Place, kind: string, params: IssueParams): TraceStep {
  Object.freeze(params);
  return Object.freeze(stepAt(place, reason(kind, params)));
}

function defectNode(place: Place, code: string, params: IssueParams, at: string): Node {
  const step = fixedStep(place, "trace_test_invalid", { at });
  return (_v, s, out) => {
    if (s !== null) s.issue(code, "error", "", { ...params, at });
    if (out !== null) out.push(step);
    return UNKNOWN;
  };
}

/** The declared range of a quantity dimension, for a missing fact. */
function declaredBounds(dim: QuantityDimension): Bounds {
  return quantityBounds(dim, undefined);
}

function compileThreshold(cs: CompiledScale, th: Threshold, at: string, place: Place): CompiledThreshold {
  if ("value" in th) {
    const value = exactOf(th.value);
    const b = point(value);
    return { eval: () => b, text: formatExact(value) };
  }
  if ("percentOf" in th) {
    const { dimension, percent } = th.percentOf;
    const pct = exactOf(percent);
    const text = `${formatExact(pct)}% \u00d7 ${dimension}`;
    const d = cs.dimIndex.get(dimension);
    const dim = d === undefined ? undefined : cs.dims[d];
    if (d === undefined || dim?.type !== "quantity") {
      const where = `${at}/percentOf/dimension`;
      const step = fixedStep(place, "trace_test_invalid", { at: where });
      return {
        text,
        eval: (_v, s, out) => {
          if (s !== null) s.issue("classify_dimension_unknown", "error", "", { dimension, expected: "quantity", at: where });
          if (out !== null) out.push(step);
          return UNBOUNDED;
        },
      };
    }
    const whenMissing = percentBounds(declaredBounds(dim), pct);
    const missingStep = fixedStep(place, "trace_test_missing", { dimension });
    return {
      text,
      eval: (v, _s, out, miss) => {
        const q = v.qty[d];
        if (q === null || q === undefined) {
          if (out !== null) out.push(missingStep);
          if (miss !== null) miss.push(d);
          return whenMissing;
        }
        return percentBounds(point(q), pct);
      },
    };
  }
  const smaller = "smallerOf" in th;
  const list = smaller ? th.smallerOf : th.largerOf;
  const parts = list.map((t, i) => compileThreshold(cs, t, `${at}/${smaller ? "smallerOf" : "largerOf"}/${i}`, place));
  return {
    text: `${smaller ? "min" : "max"}(${parts.map((p) => p.text).join(", ")})`,
    eval: (v, s, out, miss) => extremeBounds(parts.map((part) => part.eval(v, s, out, miss)), smaller),
  };
}

function compileCondition(cs: CompiledScale, c: Condition, at: string, place: Place): Node {
  if ("all" in c || "any" in c) {
    const isAll = "all" in c;
    const parts = (isAll ? c.all : c.any).map((x, i) => compileCondition(cs, x, `${at}/${isAll ? "all" : "any"}/${i}`, place));
    const decisive = isAll ? FALSE : TRUE;
    // Scratch for trace mode: where each part's steps start, and its truth.
    const starts = new Int32Array(parts.length + 1);
    const truths = new Uint8Array(parts.length);
    return (v, s, out, miss) => {
      const m0 = miss === null ? 0 : miss.n;
      if (out === null) {
        let unknown = false;
        for (const p of parts) {
          const t = p(v, s, null, miss);
          if (t === decisive) {
            if (miss !== null) miss.n = m0;
            return t;
          }
          if (t === UNKNOWN) unknown = true;
        }
        return unknown ? UNKNOWN : isAll ? TRUE : FALSE;
      }
      // Every part is evaluated and explained; the steps kept are those of the parts that made
      // the verdict (every part when all hold / none holds), as combine keeps them.
      let verdict: Truth = isAll ? TRUE : FALSE;
      for (let i = 0; i < parts.length; i++) {
        starts[i] = out.n;
        const t = parts[i]!(v, s, out, miss);
        truths[i] = t;
        if (verdict !== decisive) {
          if (t === decisive) verdict = decisive;
          else if (t === UNKNOWN) verdict = UNKNOWN;
        }
      }
      starts[parts.length] = out.n;
      const keepAll = verdict === (isAll ? TRUE : FALSE);
      if (!keepAll) {
        const items = out.items;
        let w = starts[0]!;
        for (let i = 0; i < parts.length; i++) {
          if (truths[i] !== verdict) continue;
          for (let k = starts[i]!; k < starts[i + 1]!; k++) items[w++] = items[k]!;
        }
        out.n = w;
      }
      if (verdict !== UNKNOWN && miss !== null) miss.n = m0;
      return verdict;
    };
  }
  // `is` never reaches a compiled scale (lowerScale rewrites it); kept total all the same.
  if ("is" in c) return compileCondition(cs, isAsIn(c), at, place);
  if ("not" in c) {
    const notStep = fixedStep(place, "trace_test_not", {});
    const inner = compileCondition(cs, c.not, `${at}/not`, { depth: place.depth + 1, component: place.component });
    return (v, s, out, miss) => {
      if (out !== null) out.push(notStep);
      const t = inner(v, s, out, miss);
      return t === TRUE ? FALSE : t === FALSE ? TRUE : UNKNOWN;
    };
  }
  if ("always" in c) {
    const step = fixedStep(place, "trace_test_always", {});
    return (_v, _s, out) => {
      if (out !== null) out.push(step);
      return TRUE;
    };
  }
  const dimension = c.dimension;
  const d = cs.dimIndex.get(dimension);
  const dim = d === undefined ? undefined : cs.dims[d];
  if ("compare" in c) {
    if (d === undefined || dim?.type !== "quantity") return defectNode(place, "classify_dimension_unknown", { dimension, expected: "quantity" }, `${at}/dimension`);
    const th = compileThreshold(cs, c.threshold, `${at}/threshold`, place);
    const op = c.compare;
    const whenMissing = declaredBounds(dim);
    const missingStep = fixedStep(place, "trace_test_missing", { dimension });
    return (v, s, out, miss) => {
      const q = v.qty[d];
      const known = q !== null && q !== undefined;
      const m0 = miss === null ? 0 : miss.n;
      const o0 = out === null ? 0 : out.n;
      if (!known) {
        if (miss !== null) miss.push(d);
        if (out !== null) out.push(missingStep);
      }
      const fb = known ? point(q) : whenMissing;
      const tb = th.eval(v, s, out, miss);
      const t = compareBounds(fb, op, tb);
      if (t === UNKNOWN) return UNKNOWN;
      if (miss !== null) miss.n = m0;
      if (out !== null) {
        out.n = o0;
        const held = t === TRUE;
        if (known && isPoint(tb)) out.push(stepAt(place, reason(held ? "trace_test_compare_held" : "trace_test_compare_failed", { dimension, fact: v.qtyText[d]!, ...thresholdParam(op, th.text, tb.lo) })));
        else out.push(stepAt(place, boundedReason(held, dimension, known ? v.qtyText[d]! : null, fb, op, th.text, tb)));
      }
      return t;
    };
  }
  if (d === undefined || dim?.type !== "ordinal") return defectNode(place, "classify_dimension_unknown", { dimension, expected: "ordinal" }, `${at}/dimension`);
  let bound = -1;
  if ("atLeast" in c || "atMost" in c) {
    const option = "atLeast" in c ? c.atLeast : c.atMost;
    bound = optionOf(dim, option);
    if (bound < 0) return defectNode(place, "classify_option_unknown", { dimension, option }, `${at}/${"atLeast" in c ? "atLeast" : "atMost"}`);
  }
  const anyOption = holdsForEveryOption(dim, c, bound);
  const anyStep = fixedStep(place, "trace_test_any_option_held", { dimension });
  const missingStep = fixedStep(place, "trace_test_missing", { dimension });
  const missingNode = (out: Buffer<TraceStep> | null, miss: Buffer<number> | null): Truth => {
    if (anyOption) {
      if (out !== null) out.push(anyStep);
      return TRUE;
    }
    if (out !== null) out.push(missingStep);
    if (miss !== null) miss.push(d);
    return UNKNOWN;
  };
  // The test's verdict and step for one selected option, built once per option.
  const heldOf = new Uint8Array(dim.options.length);
  const stepOf: TraceStep[] = [];
  const verdictStep = (held: boolean, fact: IssueParams[string]): [string, IssueParams] => {
    if ("in" in c) return [held ? "trace_test_in_held" : "trace_test_in_failed", { dimension, fact, options: c.in }];
    if ("atLeast" in c) return [held ? "trace_test_at_least_held" : "trace_test_at_least_failed", { dimension, fact, option: c.atLeast }];
    return [held ? "trace_test_at_most_held" : "trace_test_at_most_failed", { dimension, fact, option: c.atMost }];
  };
  const holds = (i: number) => ("in" in c ? c.in.includes(dim.options[i]!.code) : "atLeast" in c ? i >= bound : i <= bound);
  dim.options.forEach((o, i) => {
    const held = holds(i);
    heldOf[i] = held ? 1 : 0;
    const [kind, params] = verdictStep(held, o.code);
    stepOf.push(fixedStep(place, kind, params));
  });
  const isIn = "in" in c;
  return (v, _s, out, miss) => {
    const one = v.one[d]!;
    if (one === ABSENT) return missingNode(out, miss);
    if (one !== SEVERAL) {
      if (out !== null) out.push(stepOf[one]!);
      return heldOf[one] === 1 ? TRUE : FALSE;
    }
    // Several options: `in` holds when one of them is in the set; atLeast / atMost test the most severe.
    const held = isIn ? v.many[d]!.some((i) => heldOf[i] === 1) : heldOf[v.top(d)] === 1;
    if (out !== null) {
      const [kind, params] = verdictStep(held, factParam(cs, v, d));
      out.push(stepAt(place, reason(kind, params)));
    }
    return held ? TRUE : FALSE;
  };
}

/** Compiles a rules method; `component` is the composite component it belongs to, if any. */
export function compileRules(cs: CompiledScale, method: RulesMethod, at: string, component?: string): Evaluator {
  const rulePlace: Place = { depth: 0, component };
  const testPlace: Place = { depth: 1, component };
  const rules = method.rules.map((rule, i) => {
    const name = rule.id ?? `#${i + 1}`;
    const params = { rule: name, level: rule.level };
    return {
      name,
      level: rule.level,
      rank: resultKey(cs.scale.levels, cs.scale.sentinels, rule.level),
      when: compileCondition(cs, rule.when, `${at}/rules/${i}/when`, testPlace),
      at: `${at}/rules/${i}/level`,
      // Indexed by truth: not applied, fired, undecided.
      steps: [
        ruleStep(rulePlace, "trace_rule_not_applied", params),
        ruleStep(rulePlace, "trace_rule_fired", params),
        ruleStep(rulePlace, "trace_rule_undecided", params),
      ],
    };
  });
  const n = rules.length;
  const firstMatch = method.strategy === "first-match";
  const otherwiseKey = method.otherwise === undefined ? -1 : resultKey(cs.scale.levels, cs.scale.sentinels, method.otherwise);
  const otherwise = method.otherwise !== undefined && otherwiseKey < 0 ? BAD_RANK : otherwiseKey;
  const sentinelCount = cs.scale.sentinels?.length ?? 0;
  const ranks = Int32Array.from(rules, (r) => (r.rank < 0 ? BAD_RANK : r.rank));
  // Scratch, reused by every call (evaluation never re-enters itself).
  const truths = new Uint8Array(n);
  const relevant = new Uint8Array(n);
  const missFrom = new Int32Array(n);
  const missTo = new Int32Array(n);
  const miss = new Buffer<number>();
  const steps = new Buffer<TraceStep>();
  const verdict = newVerdict();
  const evaluate: Evaluator = (v, s) => {
    let count = 0;
    miss.n = 0;
    for (let i = 0; i < n; i++) {
      const rule = rules[i]!;
      let t: Truth;
      missFrom[i] = miss.n;
      if (s === null) t = rule.when(v, null, null, null);
      else {
        steps.n = 0;
        t = rule.when(v, s, steps, miss);
        const trace = s.trace as TraceStep[];
        trace.push(rule.steps[t]!);
        for (let k = 0; k < steps.n; k++) trace.push(steps.items[k]!);
      }
      missTo[i] = miss.n;
      truths[i] = t;
      count = i + 1;
      if (t !== FALSE && rule.rank < 0) s?.issue("classify_level_unknown", "error", "", { level: rule.level, at: rule.at });
      if (firstMatch && t === TRUE) break;
    }
    decideRules(firstMatch, truths, ranks, count, otherwise, relevant, verdict);
    if (s === null) {
      if (verdict.rank >= 0) return outcomeOfKey(verdict.rank, sentinelCount);
      if (verdict.bad || verdict.hi < 0) return undetermined(v);
      return undecidedRules(v, null, cs.scale.levels, verdict);
    }
    return finishRules(v, cs.scale, s, method, at, verdict, relevant, truths, count, (i) => {
      for (let k = missFrom[i]!; k < missTo[i]!; k++) s.missing(cs.dims[miss.items[k]!]!.code);
    });
  };
  return memoised(cs, method, component, evaluate);
}

/** What one explained evaluation wrote, to replay for the same facts. */
interface Recorded {
  readonly outcome: number;
  readonly lo: number;
  readonly hi: number;
  readonly steps: readonly TraceStep[];
  readonly issues: readonly Issue[];
  readonly pending: readonly string[];
}

/** Beyond this many combinations of the facts a method reads, nothing is memoised. */
const MAX_MEMO = 4096;

/** The dimensions a condition's tests read (a threshold's percentOf only appears beside a quantity, which is never memoised). */
function readDimensions(c: Condition, out: Set<string>): void {
  if ("all" in c) c.all.forEach((x) => readDimensions(x, out));
  else if ("any" in c) c.any.forEach((x) => readDimensions(x, out));
  else if ("not" in c) readDimensions(c.not, out);
  else if ("dimension" in c) out.add(c.dimension);
}

/**
 * Table-driven explanations: a rules method over a few single-choice ordinal dimensions has few
 * distinct inputs, so the explained result (trace steps, issues, missing facts, verdict) of each
 * combination of the facts it reads is built once, frozen, and replayed. Methods that compare
 * quantities, read multiple-choice facts or too many combinations run every time.
 */
function memoised(cs: CompiledScale, method: RulesMethod, component: string | undefined, evaluate: Evaluator): Evaluator {
  const names = new Set<string>();
  for (const r of method.rules) readDimensions(r.when, names);
  const dims: number[] = [];
  const strides: number[] = [];
  let size = 1;
  for (const name of names) {
    const d = cs.dimIndex.get(name);
    if (d === undefined) continue; // a defect: its test reads no fact
    const dim = cs.dims[d]!;
    if (dim.type !== "ordinal") return evaluate;
    dims.push(d);
    strides.push(size);
    size *= dim.options.length + 1;
    if (size > MAX_MEMO) return evaluate;
  }
  const table: (Recorded | undefined)[] = new Array<Recorded | undefined>(size);
  return (v, s) => {
    if (s === null) return evaluate(v, null);
    let key = 0;
    for (let k = 0; k < dims.length; k++) {
      const o = v.one[dims[k]!]!;
      if (o === SEVERAL) return evaluate(v, s);
      key += (o + 1) * strides[k]!;
    }
    let rec = table[key];
    if (rec === undefined) {
      const recorder = new Sink();
      recorder.component = component;
      const outcome = evaluate(v, recorder);
      for (const x of recorder.trace) Object.freeze(x);
      for (const x of recorder.issues) Object.freeze(x);
      rec = { outcome, lo: v.lo, hi: v.hi, steps: recorder.trace, issues: recorder.issues, pending: recorder.pending };
      table[key] = rec;
    }
    const trace = s.trace as TraceStep[];
    for (const x of rec.steps) trace.push(x);
    for (const x of rec.issues) s.issues.push(x);
    for (const x of rec.pending) s.pending.push(x);
    v.lo = rec.lo;
    v.hi = rec.hi;
    return rec.outcome;
  };
}

/** A rule's step, built once (frozen). */
function ruleStep(place: Place, kind: string, params: IssueParams): TraceStep {
  return Object.freeze(place.component === undefined ? { kind, params: Object.freeze({ ...params }) } : { kind, params: Object.freeze({ ...params }), component: place.component });
}
