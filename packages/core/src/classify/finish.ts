/** Steps and verdicts that read the same in the interpreter and the compiled classifier. */
import { boundIssues } from "../issues/bound.js";
import type { Issue } from "../issues/issue.js";
import type { JudgementMethod } from "../model/method.js";
import type { Scale } from "../model/scale.js";
import { ANALYST_DECIDES, UNDETERMINED, statusOf, worseUndecided } from "./outcome.js";
import type { ClassifyResult, DecidedBy } from "./result.js";
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
  else sink.step("trace_component_no_level", { component: id, status: statusOf(outcome) });
}

/**
 * Most severe of the components (the first listed wins a tie). A component that gives no level
 * leaves the result open unless another already reached the scale's most severe level; the
 * composite then reports the most serious open status (undetermined, analyst-decides, score-only).
 */
export function finishComposite(sink: Sink, scale: Scale, ids: readonly string[], outcomes: ArrayLike<number>): number {
  let best = -1;
  let bestId = "";
  let open = 0;
  const waiting: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    const o = outcomes[i]!;
    if (o > best) {
      best = o;
      bestId = ids[i]!;
    } else if (o < 0) {
      open = worseUndecided(open, o);
      waiting.push(ids[i]!);
    }
  }
  if (best >= 0 && waiting.length === 0) {
    sink.step("trace_composite_winner", { component: bestId, level: scale.levels[best]!.code });
    return best;
  }
  if (best >= 0 && best === scale.levels.length - 1) {
    sink.step("trace_composite_top", { component: bestId, level: scale.levels[best]!.code });
    return best;
  }
  if (best >= 0) sink.step("trace_at_least", { level: scale.levels[best]!.code });
  sink.step("trace_composite_waiting", { components: waiting });
  return open === 0 ? UNDETERMINED : open;
}

/** Assembles the result of a classification. */
export function assemble(scale: Scale, decidedBy: DecidedBy, outcome: number, sink: Sink, score: string | undefined): ClassifyResult {
  const level = outcome >= 0 ? { code: scale.levels[outcome]!.code, rank: outcome } : null;
  // At the most severe level no missing fact could change the result: it was not needed.
  let issues = sink.issues;
  if (outcome === scale.levels.length - 1 && issues.some((i) => i.code === "fact_missing")) issues = issues.filter((i) => i.code !== "fact_missing");
  issues = boundIssues(issues);
  const status = statusOf(outcome);
  // Two literals rather than a spread: the same keys in the same order, built in one step.
  return score === undefined ? { level, trace: sink.trace, issues, decidedBy, status } : { level, trace: sink.trace, issues, decidedBy, status, score };
}

/** The result when the facts are invalid: no method runs. */
export function invalidFacts(decidedBy: DecidedBy, issues: Issue[]): ClassifyResult {
  const count = issues.filter((i) => i.severity === "error").length;
  return { level: null, trace: [{ kind: "trace_facts_invalid", params: { count } }], issues: boundIssues(issues), decidedBy, status: "invalid-facts" };
}
