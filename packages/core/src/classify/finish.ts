/** Steps and verdicts that read the same in the interpreter and the compiled classifier. */
import { boundIssues } from "../issues/bound.js";
import type { Issue } from "../issues/issue.js";
import type { JudgementMethod } from "../model/method.js";
import type { Scale } from "../model/scale.js";
import type { Span } from "./outcome.js";
import { ANALYST_DECIDES, MAYBE_SENTINEL, UNDETERMINED, sentinelOf, statusOf, traceRange, undetermined, worseUndecided } from "./outcome.js";
import { escapePointerToken } from "../issues/issue.js";
import type { ClassifyResult, DecidedBy, MissingFact } from "./result.js";
import type { Sink } from "./sink.js";

/** Judgement: an analyst decides; the trace names the levels the scale gives criteria for. */
export function judgement(method: JudgementMethod, sink: Sink): number {
  if (method.criteria !== undefined) sink.step("trace_judgement_criteria", { levels: method.criteria.map((c) => c.level) });
  else sink.step("trace_judgement");
  return ANALYST_DECIDES;
}

/** Trace step closing one composite component. */
export function componentDone(sink: Sink, scale: Scale, id: string, outcome: number): void {
  sink.component = undefined;
  if (outcome >= 0) sink.step("trace_component_level", { component: id, level: scale.levels[outcome]!.code });
  else if (sentinelOf(outcome) >= 0) sink.step("trace_component_sentinel", { component: id, outcome: scale.sentinels![sentinelOf(outcome)]!.code });
  else sink.step("trace_component_no_level", { component: id, status: statusOf(outcome) });
}

/** The levels a component could still give: its own span when undetermined, all for judgement, none for score-only. */
function componentSpan(outcome: number, lo: number, hi: number, top: number): [number, number] {
  if (outcome >= 0) return [outcome, outcome];
  if (outcome === ANALYST_DECIDES) return [0, top];
  if (outcome === UNDETERMINED) return [lo, hi];
  return [-1, -1];
}

/**
 * Most severe of the components (the first listed wins a tie). A component that gives no level
 * leaves the result open unless the others already guarantee a level it cannot exceed (the
 * scale's most severe level, or more than it could give); the composite then reports the most
 * serious open status (undetermined, analyst-decides, score-only) and the range still possible.
 * `los`/`his` are the components' spans. When the result is decided no missing fact can change
 * it: the components' missing facts are dropped; an open result keeps them all.
 */
export function finishComposite(span: Span, sink: Sink, scale: Scale, ids: readonly string[], outcomes: Int32Array, los: Int32Array, his: Int32Array): number {
  const top = scale.levels.length - 1;
  const n = ids.length;
  // The composite's level is the largest of the components' levels: what they could give.
  let lo = Infinity;
  let maxLo = -1;
  let hi = -1;
  let certainlyNone = false;
  for (let i = 0; i < n; i++) {
    const [l, h] = componentSpan(outcomes[i]!, los[i]!, his[i]!, top);
    if (l < lo) lo = l;
    if (l > maxLo) maxLo = l;
    if (h > hi) hi = h;
    if (h < 0) certainlyNone = true;
  }
  const gate = compositeSentinel(outcomes, los);
  if (gate === MAYBE_SENTINEL) {
    // A component may still end in a sentinel, which would override every level.
    sink.step("trace_rules_maybe_sentinel");
    traceRange(sink, scale.levels, MAYBE_SENTINEL, hi);
    return undetermined(span, MAYBE_SENTINEL, hi);
  }
  if (gate < 0) {
    const j = sentinelOf(gate);
    sink.step("trace_composite_sentinel", { component: ids[outcomes.indexOf(gate)]!, outcome: scale.sentinels![j]!.code });
    return decided(sink, gate);
  }
  let best = -1;
  let bestId = "";
  // No sentinel is involved here: a component without a level makes `open` non-zero.
  let open = 0;
  for (let i = 0; i < n; i++) {
    const o = outcomes[i]!;
    if (o > best) {
      best = o;
      bestId = ids[i]!;
    } else if (o < 0) open = worseUndecided(open, o);
  }
  if (best >= 0 && open === 0) {
    // Every component gave a level (the common case).
    sink.step("trace_composite_winner", { component: bestId, level: scale.levels[best]!.code });
    return decided(sink, best);
  }
  if (best >= 0 && best === top) {
    sink.step("trace_composite_top", { component: bestId, level: scale.levels[best]!.code });
    return decided(sink, best);
  }
  lo = lo < 0 ? -1 : maxLo;
  if (certainlyNone) {
    hi = hi === top ? top : -1;
    lo = -1;
  }
  if (lo >= 0 && lo === hi && open === UNDETERMINED) {
    sink.step("trace_composite_bounded", { component: bestId, level: scale.levels[lo]!.code });
    return decided(sink, lo);
  }
  traceRange(sink, scale.levels, lo, hi);
  sink.step("trace_composite_waiting", { components: ids.filter((_, i) => outcomes[i]! < 0) });
  span.lo = lo;
  span.hi = hi;
  return open === 0 ? UNDETERMINED : open;
}

/** A decided composite: no component's missing fact can change it. */
function decided(sink: Sink, outcome: number): number {
  sink.pending.length = 0;
  return outcome;
}

/**
 * How sentinels decide a composite: a component that ends in a sentinel decides it (the first
 * declared sentinel among them wins, as under most-severe rules), unless another component may
 * still end in one ({@link MAYBE_SENTINEL}). Returns 0 when no sentinel is involved.
 */
export function compositeSentinel(outcomes: ArrayLike<number>, los: ArrayLike<number>): number {
  let gate = 0;
  for (let i = 0; i < outcomes.length; i++) {
    const o = outcomes[i]!;
    if (o === UNDETERMINED && los[i] === MAYBE_SENTINEL) return MAYBE_SENTINEL;
    if (sentinelOf(o) >= 0 && (gate === 0 || o > gate)) gate = o;
  }
  return gate;
}

/** Assembles the result of a classification. */
export function assemble(scale: Scale, decidedBy: DecidedBy, outcome: number, sink: Sink, score: string | undefined, span: Span): ClassifyResult {
  const level = outcome >= 0 ? { code: scale.levels[outcome]!.code, rank: outcome } : null;
  const issues = sink.issues;
  // The optional keys follow in a fixed order. A sentinel decided: nothing is missing, no range.
  const result: { -readonly [K in keyof ClassifyResult]: ClassifyResult[K] } = { level, trace: sink.trace, issues, decidedBy, status: statusOf(outcome) };
  const j = sentinelOf(outcome);
  if (j >= 0) {
    const { code, meaning } = scale.sentinels![j]!;
    result.sentinel = { code, meaning };
  }
  if (score !== undefined) result.score = score;
  if ((outcome === UNDETERMINED || outcome === ANALYST_DECIDES) && span.hi >= 0) {
    const at = (rank: number) => ({ code: scale.levels[rank]!.code, rank });
    result.range = { atLeast: span.lo >= 0 ? at(span.lo) : null, atMost: at(span.hi) };
  }
  if (sink.pending.length > 0) {
    const missing: MissingFact[] = [];
    const seen = new Set<string>();
    for (const dimension of sink.pending) {
      if (seen.has(dimension)) continue;
      seen.add(dimension);
      issues.push({ code: "fact_missing", severity: "warning", pointer: `/${escapePointerToken(dimension)}`, params: { dimension } });
      const dim = scale.dimensions.find((d) => d.code === dimension);
      missing.push({ dimension, question: dim?.label ?? { en: dimension } });
    }
    result.missing = missing;
  }
  result.issues = boundIssues(issues);
  return result;
}

/** The result when the facts are invalid: no method runs. */
export function invalidFacts(decidedBy: DecidedBy, issues: Issue[]): ClassifyResult {
  const count = issues.filter((i) => i.severity === "error").length;
  return { level: null, trace: [{ kind: "trace_facts_invalid", params: { count } }], issues: boundIssues(issues), decidedBy, status: "invalid-facts" };
}
