/**
 * The interpreter: classifies one incident by reading the scale document as it is. The reference
 * for what a classification means; the compiled classifier must give the same results.
 */
import { hasErrors } from "../issues/issue.js";
import type { Issue } from "../issues/issue.js";
import type { SimpleMethod } from "../model/method.js";
import type { Scale } from "../model/scale.js";
import type { EvalContext } from "./context.js";
import { documentContext } from "./context.js";
import type { CheckedFact } from "./facts.js";
import type { ClassifyOptions } from "./facts.js";
import { lowerScale } from "./lower.js";
import { assumedFacts, checkFact, isRecord, jsonType, own } from "./facts.js";
import { escapePointerToken } from "../issues/issue.js";
import { assemble, componentDone, finishComposite, invalidFacts, judgement } from "./finish.js";
import { interpretMatrix } from "./interpret-matrix.js";
import { interpretMax } from "./interpret-max.js";
import { interpretRules } from "./interpret-rules.js";
import type { ClassifyResult } from "./result.js";
import { interpretScore } from "./score-exact.js";
import { Sink } from "./sink.js";

/**
 * Checks facts against the scale's dimensions, in the facts' own key order. Returns the checked
 * facts by dimension code; problems go to `issues`.
 */
export function readFacts(scale: Scale, facts: unknown, issues: Issue[]): Map<string, CheckedFact> {
  const out = new Map<string, CheckedFact>();
  if (!isRecord(facts)) {
    issues.push({ code: "facts_not_object", severity: "error", pointer: "", params: { got: jsonType(facts) } });
    return out;
  }
  const byCode = new Map<string, Scale["dimensions"][number]>();
  for (const d of scale.dimensions) if (!byCode.has(d.code)) byCode.set(d.code, d);
  for (const key of Object.keys(facts)) {
    const dim = byCode.get(key);
    if (dim === undefined) {
      issues.push({ code: "fact_unknown_dimension", severity: "warning", pointer: `/${escapePointerToken(key)}`, params: { dimension: key } });
      continue;
    }
    const checked = checkFact(dim, own(facts, key), issues);
    if (typeof checked === "object") out.set(key, checked);
  }
  return out;
}

function evalSimple(method: SimpleMethod, ctx: EvalContext, at: string): number {
  switch (method.kind) {
    case "rules":
      return interpretRules(method, ctx, at);
    case "score":
      return interpretScore(method, ctx, at);
    case "matrix":
      return interpretMatrix(method, ctx, at);
    case "max":
      return interpretMax(method, ctx, at);
    case "judgement":
      return judgement(method, ctx.sink);
  }
}

/**
 * Classifies one incident's facts on a scale. Never throws on any facts: problems are issues and
 * the status says what the result is worth. A dimension's declared `assume` value stands in for
 * a fact not given (an info `fact_assumed` and a trace step say so) unless `options.assume` is
 * false. When the facts do not decide one level, `range` gives the levels still possible and
 * `missing` every missing fact that could change the result.
 * @example classify(REFERENCE_SCALE, { effect: "E3", scope: "S4", "national-interest": "N1" }).level // { code: "R4", rank: 4 }
 */
export function classify(document: Scale, facts: unknown, options?: ClassifyOptions): ClassifyResult {
  const scale = lowerScale(document);
  const sink = new Sink();
  const method = scale.method;
  const checked = readFacts(scale, facts, sink.issues);
  if (hasErrors(sink.issues)) return invalidFacts(method.kind, sink.issues);
  for (const a of assumedFacts(scale.dimensions, options)) {
    if (checked.has(a.dimension) || Object.hasOwn(facts as object, a.dimension)) continue;
    checked.set(a.dimension, a.fact);
    sink.issue("fact_assumed", "info", `/${escapePointerToken(a.dimension)}`, { dimension: a.dimension, value: a.value });
    sink.step("trace_fact_assumed", { dimension: a.dimension, value: a.value });
  }
  const ctx = documentContext(scale, sink, checked);
  let outcome: number;
  if (method.kind === "composite") {
    const n = method.components.length;
    const outcomes = new Int32Array(n);
    const los = new Int32Array(n);
    const his = new Int32Array(n);
    method.components.forEach((component, i) => {
      sink.step("trace_component", { component: component.id, method: component.method.kind });
      sink.component = component.id;
      ctx.lo = ctx.hi = -1;
      const o = evalSimple(component.method, ctx, `/method/components/${i}/method`);
      outcomes[i] = o;
      los[i] = ctx.lo;
      his[i] = ctx.hi;
      componentDone(sink, scale, component.id, o);
    });
    ctx.lo = ctx.hi = -1;
    outcome = finishComposite(
      ctx,
      sink,
      scale,
      method.components.map((c) => c.id),
      outcomes,
      los,
      his,
    );
  } else {
    outcome = evalSimple(method, ctx, "/method");
  }
  return assemble(scale, method.kind, outcome, sink, ctx.score, ctx);
}
